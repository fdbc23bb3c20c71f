package org.gramscilens.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gramscilens.course.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading concept-map.yaml: every kind of mistake becomes 'path:line: message', and the rest still loads. */
class ConceptMapLoaderTest {

    @TempDir
    Path dir;

    static final String BROKEN = """
            groups:
              - id: gramsci
                label: "Gramsci"
                colour: "#b03a2e"
              - id: gramsci
                label: "Again"
            concepts:
              - id: hegemony
                label: "Hegemony"
                definition: "Consent."
                group: gramsci
                lesson: good
              - id: cadres
                label: "Cadres"
                definition: "Trusted organisers."
                group: gramsci
                lesson: good#cadres-at-work
              - id: hegemony
                label: "Twice"
                definition: "Again."
                group: gramsci
                lesson: good
              - id: nolabel
                definition: "No label."
                group: nowhere
                lesson: good
            propositions:
              - id: p1
                from: cadres
                phrase: "work through"
                to: hegemony
                lesson: good
                source: therborn1980
              - id: p1
                from: hegemony
                phrase: "needs"
                to: cadres
                lesson: good
                source: therborn1980
              - id: p2
                from: cadres
                phrase: "shape"
                to: hegemonny
                lesson: good
                source: therborn1980
              - id: hegemony
                from: cadres
                phrase: "x"
                to: nolabel
                lesson: good
                source: therborn1980
              - id: p3
                from: cadres
                to: nolabel
                lesson: good
                source: therborn1980
                synonym: ["typo"]
            """;

    @Test
    void reportsEachMistakeWithItsLine() {
        ConceptMapLoader.Result result = ConceptMapLoader.parse(BROKEN);
        assertThat(result.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "concept-map.yaml:5: duplicate group id 'gramsci' (first at line 2)",
                        "concept-map.yaml:18: duplicate concept id 'hegemony' (first at line 8)",
                        "concept-map.yaml:23: concept 'nolabel' has no 'label'",
                        "concept-map.yaml:25: concept 'nolabel': unknown group 'nowhere' (groups: gramsci)",
                        "concept-map.yaml:34: duplicate proposition id 'p1' (first at line 28)",
                        "concept-map.yaml:43: proposition 'p2': 'to' names unknown concept 'hegemonny'",
                        "concept-map.yaml:46: duplicate id 'hegemony': a concept at line 8 has it; concepts and propositions"
                                + " share one set of ids",
                        "concept-map.yaml:57: proposition 'p3': unknown field 'synonym' (known: id, from, phrase, to, lesson,"
                                + " source, synonyms)",
                        "concept-map.yaml:52: proposition 'p3' has no 'phrase' (the linking words, e.g. 'act as')");
    }

    @Test
    void aBrokenMapStillLoadsWhatCanBeDrawn() {
        ConceptMap map = ConceptMapLoader.parse(BROKEN).map();
        assertThat(map.concepts()).extracting(Concept::id).containsExactly("hegemony", "cadres", "nolabel");
        assertThat(map.concept("hegemony").orElseThrow().label()).isEqualTo("Hegemony");
        assertThat(map.concept("nolabel").orElseThrow().label()).isEqualTo("nolabel");
        assertThat(map.concept("nolabel").orElseThrow().group()).isNull();
        assertThat(map.propositions()).extracting(Proposition::id).containsExactly("p1");
        assertThat(map.brokenPropositions()).extracting(Proposition::line).containsExactly(34, 40, 46, 52);
    }

    @Test
    void missingFieldsAndBadValues() {
        String yaml = """
                groups:
                  - id: g
                    label: "G"
                    colour: red
                concepts:
                  - id: a
                    label: "A"
                    group: g
                    x: 10
                  - id: b
                    label: "B"
                    definition: "Bee."
                    group: g
                    lesson: l
                    x: "left"
                    y: 3
                propositions:
                  - from: a
                    phrase: "p"
                    to: b
                  - id: loop
                    from: a
                    phrase: "is"
                    to: a
                    lesson: l
                    source: "[@k]"
                """;
        ConceptMapLoader.Result result = ConceptMapLoader.parse(yaml);
        assertThat(result.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "concept-map.yaml:4: group 'g': colour 'red' is not a hex colour like #1f77b4",
                        "concept-map.yaml:6: concept 'a' has no 'definition' (one or two sentences in your own words)",
                        "concept-map.yaml:6: concept 'a' has no 'lesson' (write lesson-id or lesson-id#heading-id)",
                        "concept-map.yaml:6: concept 'a': give both 'x' and 'y', or neither",
                        "concept-map.yaml:15: concept 'b': 'x' must be a number",
                        "concept-map.yaml:18: proposition entry has no 'id'",
                        "concept-map.yaml:18: proposition 'line-18' has no 'lesson' (write lesson-id or lesson-id#heading-id)",
                        "concept-map.yaml:24: proposition 'loop' links concept 'a' to itself");
        ConceptMap map = result.map();
        assertThat(map.group("g").orElseThrow().colour()).isNull();
        assertThat(map.concept("a").orElseThrow().hasPosition()).isFalse();
        assertThat(map.brokenPropositions()).extracting(Proposition::id).containsExactly("line-18", "loop");
        assertThat(map.brokenPropositions().get(1).source())
                .as("[@k] is read as the key k")
                .isEqualTo("k");
    }

    @Test
    void repeatedPropositionIsFlagged() {
        String yaml = """
                concepts:
                  - {id: a, label: "A", definition: "d", lesson: l}
                  - {id: b, label: "B", definition: "d", lesson: l}
                propositions:
                  - {id: p1, from: a, phrase: "leads to", to: b, lesson: l, source: k, synonyms: [causes]}
                  - {id: p2, from: a, phrase: "Causes", to: b, lesson: l, source: k}
                """;
        assertThat(ConceptMapLoader.parse(yaml).problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "concept-map.yaml:6: proposition 'p2' repeats proposition 'p1' (same concepts and phrase)");
    }

    @Test
    void exercisesAreCheckedAndAllMeansEveryConcept() {
        String yaml = """
                concepts:
                  - {id: a, label: "A", definition: "d", lesson: l}
                  - {id: b, label: "B", definition: "d", lesson: l}
                  - {id: c, label: "C", definition: "d", lesson: l}
                propositions:
                  - {id: ab, from: a, phrase: "x", to: b, lesson: l, source: k}
                  - {id: bc, from: b, phrase: "y", to: c, lesson: l, source: k}
                exercises:
                  - id: whole
                    title: "Whole"
                    concepts: all
                    scaffold: [ab]
                  - id: small
                    title: "Small"
                    concepts: [a, b, zz]
                    scaffold: [bc, nope]
                  - id: small
                    title: "Again"
                    concepts: [a, b]
                  - id: tiny
                    concepts: [a]
                  - id: empty
                    title: "Nothing to find"
                    concepts: [a, c]
                """;
        ConceptMapLoader.Result result = ConceptMapLoader.parse(yaml);
        assertThat(result.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "concept-map.yaml:15: exercise 'small': unknown concept 'zz'",
                        "concept-map.yaml:16: exercise 'small': scaffold 'bc' links a concept the exercise does not offer",
                        "concept-map.yaml:16: exercise 'small': scaffold 'nope' is not the id of a proposition of the map",
                        "concept-map.yaml:17: duplicate exercise id 'small' (first at line 13)",
                        "concept-map.yaml:20: exercise 'tiny' has no 'title'",
                        "concept-map.yaml:20: exercise 'tiny' needs at least two concepts",
                        "concept-map.yaml:22: exercise 'empty' has nothing to find: no proposition of the map links two of"
                                + " its concepts");
        assertThat(result.map().exercise("whole").orElseThrow().concepts()).containsExactly("a", "b", "c");
        assertThat(result.map().exercise("whole").orElseThrow().scaffold()).containsExactly("ab");
        assertThat(result.map().exercise("small").orElseThrow().concepts()).containsExactly("a", "b");
        assertThat(result.map().exercise("small").orElseThrow().scaffold()).isEmpty();
    }

    @Test
    void yamlSyntaxErrorNamesItsLine() {
        ConceptMapLoader.Result result = ConceptMapLoader.parse("concepts:\n  - id: a\n    label: [unclosed\n");
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(Path.of("concept-map.yaml"));
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).startsWith("YAML error: ");
        });
        assertThat(result.map().isEmpty()).isTrue();
    }

    @Test
    void wrongShapesAreReportedNotThrown() {
        assertThat(ConceptMapLoader.parse("").problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "concept-map.yaml:1: the file is empty; add 'concepts:' and 'propositions:' (see docs/concept-map-format.md)");
        assertThat(ConceptMapLoader.parse("- a\n- b\n").problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "concept-map.yaml:1: expected a mapping with 'groups:', 'concepts:', 'propositions:' and 'exercises:'");
        assertThat(ConceptMapLoader.parse("concepts: hello\npropositions: [1]\nexercises: {a: b}\ntypo: 1\n")
                        .problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "concept-map.yaml:4: the map: unknown field 'typo' (known: title, groups, concepts, propositions,"
                                + " exercises, distractor-phrases)",
                        "concept-map.yaml:1: the map has no concepts; add 'concepts:' with '- id: ...' entries",
                        "concept-map.yaml:1: 'concepts:' must be a list of entries, each starting with '- '",
                        "concept-map.yaml:2: each proposition must be a mapping with id, from, phrase, to, lesson and source",
                        "concept-map.yaml:3: 'exercises:' must be a list of entries, each starting with '- '");
    }

    @Test
    void aCourseWithoutAMapHasNone() {
        ConceptMapLoader.Result result = ConceptMapLoader.load(dir);
        assertThat(result.present()).isFalse();
        assertThat(result.problems()).isEmpty();
        assertThat(result.map().isEmpty()).isTrue();
    }

    @Test
    void unreadableFileIsAProblemOfTheWholeFile() throws Exception {
        Files.write(dir.resolve("concept-map.yaml"), new byte[] {'a', ':', ' ', (byte) 0xC3, (byte) 0x28});
        assertThat(ConceptMapLoader.load(dir).problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "concept-map.yaml: not UTF-8 text at line 1, column 4 (byte 0xC3): save the file as UTF-8 (most editors offer it under Save As or Encoding)");
        Files.writeString(
                dir.resolve("concept-map.yaml"),
                "\uFEFFconcepts:\n  - {id: a, label: A, definition: d," + " lesson: l}\n",
                StandardCharsets.UTF_8);
        assertThat(ConceptMapLoader.load(dir).map().concepts())
                .extracting(Concept::id)
                .containsExactly("a");
    }

    @Test
    void authoredPositionsAreRead() {
        ConceptMap map = ConceptMapLoader.parse("""
                concepts:
                  - {id: a, label: A, definition: d, lesson: l, x: 120, y: -40.5}
                """).map();
        Concept a = map.concept("a").orElseThrow();
        assertThat(a.hasPosition()).isTrue();
        assertThat(a.x()).isEqualTo(120.0);
        assertThat(a.y()).isEqualTo(-40.5);
        assertThat(a.line()).isEqualTo(2);
    }
}
