package org.gramscilens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.gramscilens.TestCourses;
import org.gramscilens.course.Course;
import org.gramscilens.course.CourseLoader;
import org.gramscilens.course.Lesson;
import org.gramscilens.markdown.syntax.MarkdownParser;
import org.gramscilens.markdown.syntax.NestingLimit;
import org.gramscilens.search.SearchIndex;
import org.gramscilens.slides.SlideSplitter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 D2: {@code "- " × 2,000} on one line, {@code "> " × 5,000} and {@code "*a " × 20,000} threw
 * StackOverflowError out of {@code validate} and {@code export}. Now validate names the line and the limit,
 * and every reader of the lesson (export, search, slides) gets the content flattened beyond the limit.
 */
class DeepContentTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void course() throws Exception {
        TestCourses.write(
                dir,
                Map.of(
                        "course.yaml",
                        "title: \"Deep\"\nmodules:\n  - id: 01-list\n    title: \"L\"\n"
                                + "  - id: 02-quote\n    title: \"Q\"\n  - id: 03-emphasis\n    title: \"E\"\n",
                        "references.yaml",
                        "references: []\n",
                        "glossary.yaml",
                        "terms: []\n",
                        "modules/01-list/lesson.md",
                        lesson("list", "- ".repeat(2_000) + "deep item"),
                        "modules/02-quote/lesson.md",
                        lesson("quote", "> ".repeat(5_000) + "deep quote"),
                        "modules/03-emphasis/lesson.md",
                        lesson("emphasis", "*a ".repeat(20_000))));
    }

    private static String lesson(String id, String body) {
        return "---\nid: " + id + "\ntitle: \"" + id + "\"\n---\n\n# Heading\n\n" + body + "\n";
    }

    private int run(String... args) {
        return Cli.run(args, null, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void validateNamesTheLineTheLimitAndTheFix() {
        int code = run("validate", dir.toString());
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(code).isEqualTo(1);
        String limit = "lists or quotes nest more than " + NestingLimit.MAX_DEPTH + " levels deep";
        assertThat(out.toString())
                .contains("modules/01-list/lesson.md:8: " + limit)
                .contains("modules/02-quote/lesson.md:8: " + limit)
                .contains("nest less deeply")
                .doesNotContain("03-emphasis");
    }

    @Test
    void exportWritesEveryDeepLessonAsHtmlAndPdf() throws Exception {
        for (String id : new String[] {"list", "quote", "emphasis"}) {
            Path html = dir.resolve(id + ".html");
            assertThat(run("export", "lesson", id, "--content", dir.toString(), "-o", html.toString()))
                    .as(err.toString())
                    .isZero();
            assertThat(Files.readString(html))
                    .contains(id.equals("emphasis") ? "*a *a" : "deep " + id.replace("list", "item"));
        }
        Path pdf = dir.resolve("course.pdf");
        assertThat(run("export", "course", "--content", dir.toString(), "-o", pdf.toString()))
                .as(err.toString())
                .isZero();
        assertThat(Files.size(pdf)).isPositive();
    }

    @Test
    void searchAndSlidesReadTheDeepLessons() throws Exception {
        Course course = new CourseLoader().load(dir);
        MarkdownParser parser = new MarkdownParser();
        assertThat(SearchIndex.build(course, parser).search("deep quote", 5)).isNotEmpty();
        SlideSplitter splitter = new SlideSplitter(parser);
        for (Lesson lesson : course.lessons().toList()) {
            assertThat(splitter.split(lesson).slides()).isNotEmpty();
        }
    }
}
