package org.gramscilens.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.gramscilens.TestCourses;
import org.gramscilens.course.CourseLoader;
import org.gramscilens.course.CoursePaths;
import org.gramscilens.course.CourseValidator;
import org.gramscilens.course.LessonScanner;
import org.gramscilens.course.Problem;
import org.gramscilens.markdown.syntax.MarkdownParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15, D14: the reader, the handouts and validate find a lesson's images the same way. */
class OneImageResolverTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 0};

    @Test
    void eachImageIsFoundOrMissedByAllThree(@TempDir Path dir) throws Exception {
        TestCourses.write(
                dir,
                Map.of(
                        "course.yaml",
                        "title: T\nmodules:\n  - id: m\n",
                        "references.yaml",
                        TestCourses.REFERENCES,
                        "glossary.yaml",
                        "terms: []\n",
                        "modules/m/lesson.md",
                        "---\nid: m\ntitle: M\n---\n\n![near](near.png)\n\n![root](images/shared.png)\n\n"
                                + "![up](../../images/shared.png)\n\n![query](near.png?v=2#x)\n\n![space](my%20pic.png)\n\n"
                                + "![gone](nowhere.png)\n"));
        Files.createDirectories(dir.resolve("images"));
        Files.write(dir.resolve("images/shared.png"), PNG);
        Files.write(dir.resolve("modules/m/near.png"), PNG);
        Files.write(dir.resolve("modules/m/my pic.png"), PNG);
        Path lesson = Path.of("modules/m/lesson.md");
        Path base = dir.resolve("modules/m");

        for (String found : new String[] {
            "near.png", "images/shared.png", "../../images/shared.png", "near.png?v=2#x", "my%20pic.png"
        }) {
            assertThat(CoursePaths.content(dir, base, found))
                    .as("reader: %s", found)
                    .isPresent();
            assertThat(Images.dataUri(dir, lesson, found))
                    .as("handout: %s", found)
                    .isPresent();
        }
        assertThat(CoursePaths.content(dir, base, "nowhere.png").filter(Files::isRegularFile))
                .isEmpty();
        assertThat(Images.dataUri(dir, lesson, "nowhere.png")).isEmpty();

        var problems = new CourseValidator(new CourseLoader(), new LessonScanner(new MarkdownParser()))
                .validate(dir).problems().stream().map(Problem::toString).toList();
        assertThat(problems)
                .containsExactly("modules/m/lesson.md:16: image not found: nowhere.png (paths are relative"
                        + " to the lesson file, or to the course folder)");
    }
}
