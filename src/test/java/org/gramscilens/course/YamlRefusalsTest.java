package org.gramscilens.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.gramscilens.TestCourses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15, D15: YAML that parses but would silently change what the author wrote is refused, with its line. */
class YamlRefusalsTest {
    @Test
    void aRepeatedKeyIsRefusedAtItsSecondLine() {
        assertThatThrownBy(() -> YamlTree.parse("title: T\nmodules: []\ntitle: U\n"))
                .isInstanceOf(YamlTree.YamlError.class)
                .hasMessage("the key 'title' appears twice in the same block (first at line 1): keep one, since"
                        + " only one value can count")
                .satisfies(e -> assertThat(((YamlTree.YamlError) e).line()).isEqualTo(3));
    }

    @Test
    void theSameKeyInTwoListItemsIsFine() throws Exception {
        YamlTree t = YamlTree.parse("terms:\n  - id: a\n  - id: b\n");
        assertThat(t.root().get("terms")).hasSize(2);
    }

    @Test
    void anAliasIsRefusedInsteadOfBecomingTheAnchorsName() {
        assertThatThrownBy(() -> YamlTree.parse("term: &t Hegemony\ndefinition: *t\n"))
                .isInstanceOf(YamlTree.YamlError.class)
                .hasMessageStartingWith("'*t' is a YAML alias")
                .satisfies(e -> assertThat(((YamlTree.YamlError) e).line()).isEqualTo(2));
    }

    @Test
    void validateNamesTheFileLineAndFixForEach(@TempDir Path dir) throws Exception {
        TestCourses.write(
                dir,
                Map.of(
                        "course.yaml",
                        "title: T\nmodules:\n  - id: m\n",
                        "references.yaml",
                        TestCourses.REFERENCES,
                        "glossary.yaml",
                        "terms:\n  - id: a\n    term: &t A\n    definition: *t\n",
                        "modules/m/lesson.md",
                        "---\nid: m\ntitle: M\n---\n"));
        Files.write(dir.resolve("modules/m/lesson.md"), new byte[] {
            '-',
            '-',
            '-',
            '\n',
            'i',
            'd',
            ':',
            ' ',
            'm',
            '\n',
            't',
            'i',
            't',
            'l',
            'e',
            ':',
            ' ',
            'M',
            '\n',
            '-',
            '-',
            '-',
            '\n',
            'c',
            'a',
            'f',
            (byte) 0xE9,
            '\n'
        });
        var problems = new CourseValidator(
                        new CourseLoader(), new LessonScanner(new org.gramscilens.markdown.syntax.MarkdownParser()))
                .validate(dir).problems().stream().map(Problem::toString).toList();
        assertThat(problems)
                .contains(
                        "modules/m/lesson.md:5: not UTF-8 text at line 5, column 4 (byte 0xE9): save the file as UTF-8 (most"
                                + " editors offer it under Save As or Encoding)");
        assertThat(problems).anyMatch(p -> p.startsWith("glossary.yaml:4: YAML error: '*t' is a YAML alias"));
        assertThat(problems).noneMatch(p -> p.contains("Input length"));
    }
}
