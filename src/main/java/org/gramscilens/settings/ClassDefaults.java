package org.gramscilens.settings;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.gramscilens.course.CourseLoader;
import org.gramscilens.course.YamlTree;

/**
 * A course's suggestion for Settings → Class, from its {@code course.yaml}:
 * <pre>
 * class:
 *   lrs: https://lrs.example.org/data/xAPI/
 *   send-progress: true
 * </pre>
 * It is only a suggestion: nothing is sent until the learner confirms it in Settings → Class.
 *
 * @param endpoint the LRS the course suggests
 * @param sendProgress whether the course suggests sending progress there
 */
public record ClassDefaults(String endpoint, boolean sendProgress) {

    /** The suggestion in the course folder's {@code course.yaml}, if it makes one. */
    public static Optional<ClassDefaults> of(Path courseRoot) {
        try {
            String text = Files.readString(courseRoot.resolve(CourseLoader.COURSE_FILE), StandardCharsets.UTF_8);
            JsonNode c = YamlTree.parse(text).root().path("class");
            String lrs = YamlTree.text(c, "lrs");
            if (lrs == null || lrs.isBlank()) {
                return Optional.empty();
            }
            return Optional.of(
                    new ClassDefaults(lrs.strip(), c.path("send-progress").asBoolean(false)));
        } catch (IOException | YamlTree.YamlError | RuntimeException unreadable) {
            return Optional.empty(); // the course loader reports a broken course.yaml
        }
    }
}
