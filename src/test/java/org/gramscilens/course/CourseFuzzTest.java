package org.gramscilens.course;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gramscilens.markdown.syntax.MarkdownParser;
import org.gramscilens.slides.SlideSplitter;

/**
 * Fuzzers for the course folder's YAML files and for lesson files (front matter, then the Markdown body
 * parsed, scanned for links and split into slides). Inputs are raw bytes written to a real course folder,
 * so invalid UTF-8 is fuzzed too. Readers record problems and never throw; any exception, or an input past
 * Jazzer's timeout, is a finding. Replay and fuzzing: docs/testing.md.
 */
class CourseFuzzTest {

    private static final MarkdownParser PARSER = new MarkdownParser();
    private static final Path ROOT = tempCourse();

    private static Path tempCourse() {
        try {
            Path root = Files.createTempDirectory("gramsci-fuzz-course");
            Files.createDirectories(root.resolve("modules/m"));
            root.toFile().deleteOnExit();
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(String name, byte[] bytes) {
        try {
            Files.write(ROOT.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void reset() {
        for (String f : List.of("course.yaml", "glossary.yaml", "references.yaml", "modules/m/a.md")) {
            write(f, new byte[0]);
        }
        write("course.yaml", "title: T\nmodules:\n  - id: m\n".getBytes(StandardCharsets.UTF_8));
        write("modules/m/a.md", "---\nid: a\ntitle: A\n---\nText.\n".getBytes(StandardCharsets.UTF_8));
    }

    private static Course load() {
        try {
            Course c = new CourseLoader().load(ROOT);
            assertThat(c.problems()).isNotNull();
            return c;
        } catch (CourseNotFoundException e) {
            throw new AssertionError("the course folder exists and has a course.yaml", e);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void courseYaml(FuzzedDataProvider data) {
        reset();
        write("course.yaml", data.consumeRemainingAsBytes());
        load();
    }

    @FuzzTest(maxDuration = "10m")
    void glossaryYaml(FuzzedDataProvider data) {
        reset();
        write("glossary.yaml", data.consumeRemainingAsBytes());
        List<Problem> problems = new ArrayList<>();
        assertThat(GlossaryReader.read(ROOT, problems)).isNotNull();
    }

    @FuzzTest(maxDuration = "10m")
    void referencesYaml(FuzzedDataProvider data) {
        reset();
        write("references.yaml", data.consumeRemainingAsBytes());
        List<Problem> problems = new ArrayList<>();
        assertThat(ReferenceReader.read(ROOT, problems)).isNotNull();
    }

    @FuzzTest(maxDuration = "10m")
    void lessonFile(FuzzedDataProvider data) {
        reset();
        write("modules/m/a.md", data.consumeRemainingAsBytes());
        for (Module m : load().modules()) {
            for (Lesson l : m.lessons()) {
                if (!l.broken()) {
                    new LessonScanner(PARSER).scan(l.body(), l.bodyLine());
                    new SlideSplitter(PARSER).split(l);
                }
            }
        }
    }
}
