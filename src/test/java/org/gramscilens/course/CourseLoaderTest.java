package org.gramscilens.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.gramscilens.TestCourses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourseLoaderTest {
    private final CourseLoader loader = new CourseLoader();

    @Test
    void bundledCourseLoadsWithoutProblems() throws Exception {
        Course c = loader.load(TestCourses.bundled());
        assertThat(c.problems()).isEmpty();
        assertThat(c.modules()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(c.glossary()).hasSizeGreaterThanOrEqualTo(15);
        assertThat(c.references()).containsKeys("therborn1980", "wrightpandey2010", "kirkpatrick2009");
        assertThat(c.references().get("wrightpandey2010").authors()).anyMatch(a -> a.startsWith("Pandey"));
        assertThat(c.lessons())
                .allMatch(l -> !l.broken()
                        && !l.title().isBlank()
                        && l.discussion().size() >= 2
                        && l.discussion().size() <= 4
                        && !l.objectives().isEmpty());
        assertThat(c.firstLesson()).get().extracting(Lesson::id).isEqualTo("what-is-medical-leadership");
    }

    @Test
    void brokenFrontMatterBecomesAnErrorEntryAndTheRestOpens(@TempDir Path dir) throws Exception {
        Course c = loader.load(TestCourses.withBrokenLesson(dir));
        assertThat(c.modules()).hasSize(3);
        Lesson broken = c.modules().get(1).lessons().get(0);
        assertThat(broken.broken()).isTrue();
        assertThat(broken.error().toString()).startsWith("modules/02-broken/lesson.md:3: front matter YAML error");
        assertThat(c.lesson("good")).isPresent();
        assertThat(c.lesson("second")).isPresent();
        assertThat(c.problems()).containsExactly(broken.error());
    }

    @Test
    void missingLessonFileAndModuleFolderAreReported(@TempDir Path dir) throws Exception {
        TestCourses.write(
                dir,
                Map.of(
                        "course.yaml",
                        "title: T\nmodules:\n  - id: 01-empty\n  - id: 02-gone\n",
                        "modules/01-empty/notes.txt",
                        "not a lesson",
                        "references.yaml",
                        "references: []\n",
                        "glossary.yaml",
                        "terms: []\n"));
        Course c = loader.load(dir);
        assertThat(c.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "modules/01-empty/lesson.md: missing file: the module has no lesson.md",
                        "course.yaml:4: module folder modules/02-gone is missing; create it with a lesson.md or remove the entry");
        assertThat(c.modules()).allMatch(m -> m.lessons().get(0).broken());
    }

    @Test
    void moduleIdThatLeavesTheFolderIsRefused(@TempDir Path dir) throws Exception {
        TestCourses.write(
                dir,
                Map.of(
                        "course.yaml",
                        "title: T\nmodules:\n  - id: ../outside\n",
                        "references.yaml",
                        "references: []\n",
                        "glossary.yaml",
                        "terms: []\n"));
        Course c = loader.load(dir);
        assertThat(c.problems())
                .singleElement()
                .asString()
                .startsWith("course.yaml:3: module id '../outside' must be a folder name under modules/")
                .contains("leaves the course folder");
    }

    @Test
    void folderWithoutCourseYamlIsNamedInTheError(@TempDir Path dir) {
        assertThatThrownBy(() -> loader.load(dir))
                .isInstanceOf(CourseNotFoundException.class)
                .hasMessageContaining(dir.toString())
                .hasMessageContaining("course.yaml");
    }

    @Test
    void lessonWithoutFrontMatterOrIdIsBroken(@TempDir Path dir) throws Exception {
        TestCourses.write(
                dir,
                Map.of(
                        "course.yaml",
                        "title: T\nmodules:\n  - id: m\n",
                        "modules/m/lesson.md",
                        "# Just text\n",
                        "modules/m/second.md",
                        "---\ntitle: No id\n---\nBody\n",
                        "references.yaml",
                        "references: []\n",
                        "glossary.yaml",
                        "terms: []\n"));
        Course c = loader.load(dir);
        assertThat(c.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "modules/m/lesson.md:1: no front matter: the file must start with a '---' line, then id: and title:, then '---'",
                        "modules/m/second.md:2: front matter has no 'id:'; add a unique id such as 'id: cadres'");
    }

    @Test
    void yamlErrorsInCourseFilesCarryTheirLine(@TempDir Path dir) throws Exception {
        TestCourses.write(
                dir,
                Map.of(
                        "course.yaml",
                        "title: T\nmodules:\n  - id: m\n",
                        "modules/m/lesson.md",
                        "---\nid: m\ntitle: M\n---\nBody\n",
                        "references.yaml",
                        "references:\n  - key: a\n    title: \"unclosed\n",
                        "glossary.yaml",
                        "terms:\n  - id: x\n    term: X\n"));
        Course c = loader.load(dir);
        assertThat(c.problems())
                .extracting(Problem::toString)
                .anyMatch(s -> s.startsWith("references.yaml:3: YAML error"))
                .contains("glossary.yaml:2: glossary entry 'x' needs both 'term' and 'definition'");
        assertThat(Files.exists(dir.resolve("references.yaml"))).isTrue();
    }
}
