package org.gramscilens.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.gramscilens.TestCourses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourseValidatorTest {
    private final CourseValidator validator = new CourseValidator(
            new CourseLoader(), new LessonScanner(new org.gramscilens.markdown.syntax.MarkdownParser()));

    @Test
    void bundledCourseValidatesClean() throws Exception {
        CourseValidator.Report r = validator.validate(TestCourses.bundled());
        assertThat(r.problems()).isEmpty();
        assertThat(r.summary()).contains("12 modules", "12 lessons");
    }

    private Path course(Path dir, String lessonBody) throws Exception {
        Map<String, String> files = new HashMap<>(Map.of(
                "course.yaml", "title: T\nmodules:\n  - id: 01-good\n  - id: 03-second\n",
                "references.yaml", TestCourses.REFERENCES,
                "glossary.yaml", TestCourses.GLOSSARY,
                "modules/03-second/lesson.md", TestCourses.SECOND_LESSON,
                "modules/01-good/lesson.md",
                        "---\nid: good\ntitle: Good\nkey-terms: [cadre]\n---\n\n## Cadres at work\n\n" + lessonBody));
        return TestCourses.write(dir, files);
    }

    @Test
    void smallValidCourseHasNoProblems(@TempDir Path dir) throws Exception {
        TestCourses.write(
                dir,
                Map.of(
                        "course.yaml",
                        "title: T\nmodules:\n  - id: 01-good\n  - id: 03-second\n",
                        "references.yaml",
                        TestCourses.REFERENCES,
                        "glossary.yaml",
                        TestCourses.GLOSSARY,
                        "modules/01-good/lesson.md",
                        TestCourses.GOOD_LESSON,
                        "modules/03-second/lesson.md",
                        TestCourses.SECOND_LESSON));
        assertThat(validator.validate(dir).problems()).isEmpty();
    }

    @Test
    void unresolvedCitationIsReportedAtItsLine(@TempDir Path dir) throws Exception {
        var r = validator.validate(course(dir, "Text [@nobody2020] and [@therborn1980].\n\n`[@incode]`\n"));
        assertThat(r.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "modules/01-good/lesson.md:9: unresolved citation [@nobody2020]: add an entry with key 'nobody2020'"
                                + " to references.yaml or fix the key");
    }

    @Test
    void brokenInternalLinksAreReported(@TempDir Path dir) throws Exception {
        var r = validator.validate(course(
                dir,
                String.join(
                        "\n",
                        "[a](lesson:nowhere)",
                        "",
                        "[b](lesson:second#missing)",
                        "",
                        "[c](#no-such-heading)",
                        "",
                        "[d](glossary:unknown-term)",
                        "",
                        "[ok](lesson:second#more) [ok2](#cadres-at-work) [web](https://example.org)",
                        "")));
        assertThat(r.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "modules/01-good/lesson.md:9: link to lesson 'nowhere', which does not exist",
                        "modules/01-good/lesson.md:11: link to 'second#missing': lesson 'second' has no heading with id 'missing'",
                        "modules/01-good/lesson.md:13: link to #no-such-heading: no heading with that id in this lesson",
                        "modules/01-good/lesson.md:15: link to glossary term 'unknown-term', which is not in glossary.yaml");
    }

    @Test
    void imagesMustExistInsideTheCourseFolder(@TempDir Path dir) throws Exception {
        Path root =
                course(dir.resolve("course"), "![a](missing.png)\n\n![b](../../../secret.png)\n\n![c](/etc/passwd)\n");
        var r = validator.validate(root);
        assertThat(r.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "modules/01-good/lesson.md:9: image not found: missing.png (paths are relative to the lesson file, or to the course folder)",
                        "modules/01-good/lesson.md:11: image ../../../secret.png leaves the course folder and is refused: use a path inside it",
                        "modules/01-good/lesson.md:13: image: absolute path '/etc/passwd' is refused: use a path inside the course folder");
    }

    @Test
    void unknownKeyTermAndGlossaryTargetsAreReported(@TempDir Path dir) throws Exception {
        TestCourses.write(
                dir,
                Map.of(
                        "course.yaml",
                        "title: T\nmodules:\n  - id: m\n",
                        "references.yaml",
                        TestCourses.REFERENCES,
                        "glossary.yaml",
                        "terms:\n  - id: a\n    term: A\n    definition: D\n    taught-in: [m#nope]\n"
                                + "    see-also: [zzz]\n    sources: [nobody]\n",
                        "modules/m/lesson.md",
                        "---\nid: m\ntitle: M\nkey-terms:\n  - a\n  - ghost\n---\n\n## Real\n"));
        var r = validator.validate(dir);
        assertThat(r.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "glossary.yaml:2: term 'a' taught-in: link to 'm#nope': lesson 'm' has no heading with id 'nope'",
                        "glossary.yaml:2: term 'a' see-also 'zzz' is not a glossary id",
                        "glossary.yaml:2: term 'a' source 'nobody' is not in references.yaml",
                        "modules/m/lesson.md:6: key term 'ghost' is not in glossary.yaml; add it there or fix the id");
    }

    @Test
    void quizProblemsCarryLineAndColumnAndIdsMustBeUniqueAcrossTheCourse(@TempDir Path dir) throws Exception {
        TestCourses.write(
                dir,
                Map.of(
                        "course.yaml",
                        "title: T\nmodules:\n  - id: a\n  - id: b\n",
                        "references.yaml",
                        TestCourses.REFERENCES,
                        "glossary.yaml",
                        "terms: []\n",
                        "modules/a/lesson.md",
                        "---\nid: a\ntitle: A\n---\n",
                        "modules/b/lesson.md",
                        "---\nid: b\ntitle: B\n---\n",
                        "modules/a/quiz.gift",
                        "::q1:: Fine? {T####See [@therborn1980].}\n\n::q2:: Who? {=x#ok ~y#no [@ghost2020]}\n",
                        "modules/b/quiz.gift",
                        "::q1:: Again {F}\n\n::q3:: Broken {=a ~b\n"));
        var r = validator.validate(dir);
        assertThat(r.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "modules/a/quiz.gift:3: question 'q2' cites [@ghost2020], which is not in references.yaml",
                        "modules/b/quiz.gift:1: question id 'q1' is also used in modules/a/quiz.gift; ids must be unique in the course",
                        "modules/b/quiz.gift:3:15: unclosed '{': the answer block has no closing '}'");
        assertThat(r.summary()).endsWith("2 quizzes");
    }

    @Test
    void duplicateLessonIdsAreReported(@TempDir Path dir) throws Exception {
        TestCourses.write(
                dir,
                Map.of(
                        "course.yaml",
                        "title: T\nmodules:\n  - id: a\n  - id: b\n",
                        "references.yaml",
                        "references: []\n",
                        "glossary.yaml",
                        "terms: []\n",
                        "modules/a/lesson.md",
                        "---\nid: same\ntitle: A\n---\n",
                        "modules/b/lesson.md",
                        "---\nid: same\ntitle: B\n---\n"));
        assertThat(validator.validate(dir).problems())
                .extracting(Problem::toString)
                .containsExactly("modules/b/lesson.md:2: duplicate lesson id 'same' (also in modules/a/lesson.md)");
    }
}
