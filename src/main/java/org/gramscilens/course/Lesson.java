package org.gramscilens.course;

import java.nio.file.Path;
import java.util.List;

/**
 * A lesson: its front matter and Markdown body. A lesson that could not be read still exists, with
 * {@link #error()} set, so the outline can show it as an error entry while the rest of the course opens.
 *
 * @param file the lesson file, relative to the course folder
 * @param body the Markdown after the front matter
 * @param bodyLine the 1-based line in the file where the body starts
 * @param error why the lesson cannot be shown, or null
 */
public record Lesson(
        String id,
        String moduleId,
        String title,
        String summary,
        List<String> objectives,
        List<String> keyTerms,
        List<String> discussion,
        Integer minutes,
        Path file,
        String body,
        int bodyLine,
        Problem error) {

    public Lesson {
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
        keyTerms = keyTerms == null ? List.of() : List.copyOf(keyTerms);
        discussion = discussion == null ? List.of() : List.copyOf(discussion);
    }

    public boolean broken() {
        return error != null;
    }
}
