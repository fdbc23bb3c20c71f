package org.gramscilens;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The bundled course, and small course folders written on disk for tests. */
public final class TestCourses {
    private TestCourses() {}

    public static Path bundled() {
        return Path.of(System.getProperty("gramsci.project.dir", "."))
                .resolve("content")
                .toAbsolutePath();
    }

    /** Writes {@code files} (relative path → text) under {@code dir} and returns it. */
    public static Path write(Path dir, Map<String, String> files) throws IOException {
        for (var e : files.entrySet()) {
            Path p = dir.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue());
        }
        return dir;
    }

    public static final String COURSE_YAML = """
            title: "Test course"
            modules:
              - id: 01-good
                title: "Good module"
              - id: 02-broken
                title: "Broken module"
              - id: 03-second
                title: "Second good module"
            """;

    public static final String REFERENCES = """
            references:
              - key: therborn1980
                type: book
                authors: ["Therborn, Göran"]
                year: 1980
                title: "What Does the Ruling Class Do When It Rules?"
                publisher: "Verso"
                place: "London"
            """;

    public static final String GLOSSARY = """
            terms:
              - id: cadre
                term: "Cadre"
                aliases: ["cadres"]
                definition: "A trusted practitioner who organises the work of others."
                taught-in: ["good#cadres-at-work"]
                sources: [therborn1980]
            """;

    public static final String GOOD_LESSON = """
            ---
            id: good
            title: "A good lesson"
            summary: "It works."
            key-terms: [cadre]
            ---

            ## Cadres at work

            Cadres organise the work of others [@therborn1980, pp. 58-59].

            See [the second lesson](lesson:second#more).
            """;

    public static final String SECOND_LESSON = """
            ---
            id: second
            title: "Second lesson"
            ---

            ## More

            Quiet words about conjuncture.
            """;

    /** A course with two good lessons and one whose front matter is broken at line 3. */
    public static Path withBrokenLesson(Path dir) throws IOException {
        return write(
                dir,
                Map.of(
                        "course.yaml", COURSE_YAML,
                        "references.yaml", REFERENCES,
                        "glossary.yaml", GLOSSARY,
                        "modules/01-good/lesson.md", GOOD_LESSON,
                        "modules/02-broken/lesson.md", "---\nid: broken\ntitle: [unclosed\n---\n\nText.\n",
                        "modules/03-second/lesson.md", SECOND_LESSON));
    }
}
