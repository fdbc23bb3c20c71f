package org.gramscilens.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gramscilens.TestCourses;
import org.gramscilens.cli.Cli;
import org.gramscilens.cli.Gui;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code gramsci-lens export ...}, registered under the real top-level command as the app will. */
class ExportCommandTest {
    @TempDir
    Path dir;

    private Path content;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private static final Gui NO_GUI = new Gui() {
        @Override
        public void open(Path c, Path d, boolean b) {
            throw new AssertionError("export must not open the app");
        }

        @Override
        public void openEmptyWindowForBenchmark() {
            throw new AssertionError();
        }
    };

    @BeforeEach
    void course() throws Exception {
        content = dir.resolve("course");
        Files.createDirectories(content);
        HandoutFixtures.course(content);
    }

    private int run(String... args) {
        CommandLine cl = Cli.commandLine(NO_GUI, new PrintWriter(out), new PrintWriter(err));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private String[] errLines() {
        return err.toString().lines().toArray(String[]::new);
    }

    @Test
    void anUnknownLessonIdIsOneLineNamingItAndExit2() {
        Path file = dir.resolve("x.pdf");
        int code = run(
                "export",
                "lesson",
                "no-such-lesson",
                "--to",
                "pdf",
                "-o",
                file.toString(),
                "--content",
                content.toString());

        assertThat(code).isEqualTo(2);
        assertThat(errLines())
                .singleElement()
                .asString()
                .startsWith("gramsci-lens export lesson: no lesson with id 'no-such-lesson' in ")
                .contains("e.g. first");
        assertThat(out.toString()).isEmpty();
        assertThat(file).doesNotExist();
    }

    @Test
    void aLessonAsHtmlIsWrittenAndReported() throws Exception {
        Path file = dir.resolve("first.html");
        int code = run(
                "export", "lesson", "first", "--to", "html", "-o", file.toString(), "--content", content.toString());

        assertThat(code).isEqualTo(0);
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).startsWith("wrote " + file + " (html, ");
        String html = Files.readString(file);
        assertThat(html)
                .startsWith("<!DOCTYPE html>")
                .contains("First lesson")
                .doesNotContain("src=\"http")
                .doesNotContain("say this only to the room");
    }

    @Test
    void aLessonAsPdfWithNotesTakesTheFormatFromTheFileName() throws Exception {
        Path file = dir.resolve("first.pdf");
        int code = run("--content", content.toString(), "export", "lesson", "first", "--notes", "-o", file.toString());

        assertThat(code).as(err.toString()).isEqualTo(0);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("say this only to the room.");
        }
    }

    @Test
    void wrongArgumentsExit2WithoutAStackTrace() {
        assertThat(run(
                        "export",
                        "lesson",
                        "first",
                        "--to",
                        "docx",
                        "-o",
                        dir.resolve("x").toString(),
                        "--content",
                        content.toString()))
                .isEqualTo(2);
        assertThat(errLines()[0])
                .isEqualTo("gramsci-lens export lesson: unknown format 'docx': use --to pdf, html or slides-pdf");

        err.getBuffer().setLength(0);
        assertThat(run(
                        "export",
                        "lesson",
                        "first",
                        "-o",
                        dir.resolve("notes.txt").toString()))
                .isEqualTo(2);
        assertThat(errLines()[0]).startsWith("gramsci-lens export lesson: cannot tell the format from ");

        err.getBuffer().setLength(0);
        assertThat(run("export", "course", "--to", "pdf")).isEqualTo(2);
        assertThat(errLines()[0]).isEqualTo("gramsci-lens export course: Missing required option: '--output=FILE'");

        err.getBuffer().setLength(0);
        assertThat(run("export")).isEqualTo(2);
        assertThat(errLines()[0])
                .startsWith("gramsci-lens export: say what to export: 'gramsci-lens export lesson ID'");

        err.getBuffer().setLength(0);
        assertThat(run(
                        "export",
                        "course",
                        "-o",
                        dir.resolve("c.html").toString(),
                        "--content",
                        dir.resolve("nowhere").toString()))
                .isEqualTo(2);
        assertThat(errLines())
                .singleElement()
                .asString()
                .startsWith("gramsci-lens export course: Course folder not found");
        assertThat(err.toString()).doesNotContain("\tat ");
    }

    @Test
    void aFileThatCannotBeWrittenIsOneLineAndExit1() {
        Path file = dir.resolve("missing-folder/first.html");
        int code = run("export", "lesson", "first", "-o", file.toString(), "--content", content.toString());

        assertThat(code).isEqualTo(1);
        assertThat(errLines())
                .singleElement()
                .asString()
                .startsWith("gramsci-lens export lesson: cannot write " + file + ": the folder ");
    }

    @Test
    void aCourseWithABrokenLessonIsWrittenButExits1NamingIt() throws Exception {
        TestCourses.write(content, Map.of("modules/02-second/lesson.md", "no front matter\n"));
        Path file = dir.resolve("course.html");

        int code = run("export", "course", "-o", file.toString(), "--content", content.toString());

        assertThat(code).isEqualTo(1);
        assertThat(errLines())
                .singleElement()
                .asString()
                .isEqualTo("gramsci-lens export course: left out "
                        + "modules/02-second/lesson.md:1: no front matter: the file must start with a '---' line, then id: "
                        + "and title:, then '---'");
        assertThat(Files.readString(file)).contains("First lesson").contains("This lesson could not be read");
    }

    @Test
    void anUnreadableCourseYamlWritesNoHandoutAndExits1NamingIt() throws Exception {
        Files.writeString(content.resolve("course.yaml"), "title: [unclosed\nmodules:\n  - id: 01-first\n");
        Path file = dir.resolve("course.html");

        int code = run("export", "course", "-o", file.toString(), "--content", content.toString());

        assertThat(code).isEqualTo(1);
        assertThat(file).doesNotExist();
        assertThat(err.toString()).contains("course.yaml:").contains("no handout was written");
    }
}
