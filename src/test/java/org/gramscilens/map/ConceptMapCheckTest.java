package org.gramscilens.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gramscilens.TestCourses;
import org.gramscilens.course.CourseLoader;
import org.gramscilens.course.CourseValidator;
import org.gramscilens.course.LessonScanner;
import org.gramscilens.course.Problem;
import org.gramscilens.markdown.syntax.MarkdownParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ConceptMapCheck inside the course validator: anchors, glossary ids and sources resolve against the course. */
class ConceptMapCheckTest {

    @TempDir
    Path dir;

    static final String MAP = """
            groups:
              - id: g
                label: "G"
            concepts:
              - id: cadres
                label: "Cadres"
                definition: "Trusted organisers."
                group: g
                lesson: good#cadres-at-work
                glossary: cadre
              - id: conjuncture
                label: "Conjuncture"
                definition: "A moment."
                group: g
                lesson: second#nowhere
                glossary: conjunctur
              - id: hegemony
                label: "Hegemony"
                definition: "Consent."
                group: g
                lesson: missing-lesson
            propositions:
              - id: p1
                from: cadres
                phrase: "read"
                to: conjuncture
                lesson: good
                source: therborn1980
              - id: p2
                from: conjuncture
                phrase: "needs"
                to: hegemony
                lesson: second#more
                source: "[@gramsci1971]"
              - id: p3
                from: hegemony
                phrase: "x"
                to: nobody
                lesson: nowhere
                source: nokey
            """;

    private List<String> mapProblems(Path course) throws Exception {
        CourseValidator validator = new CourseValidator(
                new CourseLoader(), new LessonScanner(new MarkdownParser()), List.of(new ConceptMapCheck()));
        return validator.validate(course).problems().stream()
                .filter(p -> p.file().equals(ConceptMapLoader.FILE))
                .map(Problem::toString)
                .toList();
    }

    private Path course(String map) throws Exception {
        TestCourses.withBrokenLesson(dir);
        return TestCourses.write(dir, Map.of("concept-map.yaml", map));
    }

    @Test
    void reportsAnchorsGlossaryIdsAndSourcesThatLeadNowhere() throws Exception {
        assertThat(mapProblems(course(MAP)))
                .containsExactly(
                        "concept-map.yaml:15: concept 'conjuncture': lesson 'second' has no heading with id 'nowhere'",
                        "concept-map.yaml:16: concept 'conjuncture': glossary id 'conjunctur' is not in glossary.yaml",
                        "concept-map.yaml:21: concept 'hegemony': lesson 'missing-lesson' does not exist",
                        "concept-map.yaml:34: proposition 'p2': source 'gramsci1971' is not in references.yaml",
                        "concept-map.yaml:38: proposition 'p3': 'to' names unknown concept 'nobody'",
                        "concept-map.yaml:39: proposition 'p3': lesson 'nowhere' does not exist",
                        "concept-map.yaml:40: proposition 'p3': source 'nokey' is not in references.yaml");
    }

    @Test
    void aCleanMapAddsNothing() throws Exception {
        String clean = MAP.replace("second#nowhere", "second#more")
                .replace("conjunctur\n", "cadre\n")
                .replace("missing-lesson", "good")
                .replace("\"[@gramsci1971]\"", "therborn1980")
                .replace("to: nobody", "to: cadres")
                .replace("lesson: nowhere", "lesson: good")
                .replace("source: nokey", "source: therborn1980");
        assertThat(mapProblems(course(clean))).isEmpty();
    }

    @Test
    void aPropositionWithoutABasisIsAWarningAndInterpretationIsABasis() throws Exception {
        String clean = MAP.replace("second#nowhere", "second#more")
                .replace("conjunctur\n", "cadre\n")
                .replace("missing-lesson", "good")
                .replace("\"[@gramsci1971]\"", "interpretation")
                .replace("to: nobody", "to: cadres")
                .replace("lesson: nowhere", "lesson: good")
                .replace("    source: nokey\n", "");
        assertThat(mapProblems(course(clean)))
                .containsExactly("concept-map.yaml:35: warning: proposition 'p3' has no"
                        + " basis: add 'source: KEY' (with pages, e.g. 'therborn1980, pp. 58-59'), 'source: deck, S5' or"
                        + " 'source: interpretation'");
    }

    @Test
    void basisReadsAKeyWithPagesTheDeckAndTheCoursesInterpretation() {
        assertThat(Basis.parse("therborn1980, pp. 58-59")).isEqualTo(new Basis("therborn1980", "pp. 58-59"));
        assertThat(Basis.parse("[@therborn1980]")).isEqualTo(new Basis("therborn1980", ""));
        assertThat(Basis.parse("deck, S5").deck()).isTrue();
        assertThat(Basis.parse("deck S5").locator()).isEqualTo("S5");
        assertThat(Basis.parse("interpretation").interpretation()).isTrue();
        assertThat(Basis.parse("  ")).isNull();
    }

    @Test
    void aCourseWithoutAMapPasses() throws Exception {
        assertThat(mapProblems(TestCourses.withBrokenLesson(dir))).isEmpty();
    }

    @Test
    void loaderProblemsComeThroughTheCheck() throws Exception {
        assertThat(mapProblems(course("concepts: [\n")))
                .singleElement()
                .asString()
                .startsWith("concept-map.yaml:1: YAML error: ");
    }
}
