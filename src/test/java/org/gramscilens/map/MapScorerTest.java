package org.gramscilens.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gramscilens.TestCourses;
import org.junit.jupiter.api.Test;

/** Every verdict, the partial credits, the summary, and that extra links never cost anything. */
class MapScorerTest {

    private final ConceptMap map = ConceptMapLoader.parse("""
            concepts:
              - {id: leaders, label: "Medical leaders", definition: d, lesson: l}
              - {id: cadres, label: "Cadres", definition: d, lesson: l}
              - {id: hegemony, label: "Hegemony", definition: d, lesson: l}
              - {id: influence, label: "Influence", definition: d, lesson: l}
              - {id: npm, label: "NPM", definition: d, lesson: l}
            propositions:
              - {id: act-as, from: leaders, phrase: "act as", to: cadres, lesson: l, source: k, synonyms: [are, work as]}
              - {id: form-of, from: influence, phrase: "is a form of", to: hegemony, lesson: l, source: k}
              - {id: lead-through, from: leaders, phrase: "lead through", to: influence, lesson: l, source: k}
              - {id: win, from: cadres, phrase: "win", to: hegemony, lesson: l, source: k}
              - {id: sidelined, from: npm, phrase: "sidelined", to: leaders, lesson: l, source: k}
            distractor-phrases: ["commands", "are"]
            exercises:
              - id: ex
                title: "Leaders"
                concepts: [leaders, cadres, hegemony, influence]
                scaffold: [win]
                distractors: ["is paid by"]
            """).map();

    private final Exercise ex = map.exercise("ex").orElseThrow();

    private MapScore score(LearnerLink... links) {
        return MapScorer.score(map, ex, List.of(links));
    }

    private static LearnerLink link(String from, String phrase, String to) {
        return new LearnerLink(from, phrase, to);
    }

    @Test
    void correctIgnoresCaseAndSpacingAndAcceptsSynonyms() {
        MapScore s = score(
                link("leaders", "  ACT   as ", "cadres"),
                link("influence", "Is A Form Of", "hegemony"),
                link("leaders", "Lead\tthrough", "influence"));
        assertThat(s.judgements())
                .extracting(Judgement::verdict)
                .containsExactly(Verdict.CORRECT, Verdict.CORRECT, Verdict.CORRECT);
        assertThat(s.fraction()).isEqualTo(1.0);
        assertThat(score(link("leaders", "Work As", "cadres"))
                        .judgements()
                        .get(0)
                        .verdict())
                .isEqualTo(Verdict.CORRECT);
        assertThat(score(link("leaders", "are", "cadres"))
                        .judgements()
                        .get(0)
                        .expected()
                        .id())
                .isEqualTo("act-as");
    }

    @Test
    void rightPairWrongPhraseEarnsHalf() {
        Judgement j = score(link("leaders", "command", "cadres")).judgements().get(0);
        assertThat(j.verdict()).isEqualTo(Verdict.RIGHT_PAIR_WRONG_PHRASE);
        assertThat(j.expected().id()).isEqualTo("act-as");
        assertThat(j.phraseAccepted()).isFalse();
        assertThat(j.credit()).isEqualTo(0.5);
    }

    @Test
    void reversedWithTheRightPhraseEarnsHalf() {
        Judgement j = score(link("cadres", "act as", "leaders")).judgements().get(0);
        assertThat(j.verdict()).isEqualTo(Verdict.RIGHT_PAIR_WRONG_DIRECTION);
        assertThat(j.phraseAccepted()).isTrue();
        assertThat(j.alsoWrongPhrase()).isFalse();
        assertThat(j.credit()).isEqualTo(0.5);
    }

    @Test
    void reversedWithAWrongPhraseSaysSoAndEarnsAQuarter() {
        Judgement j =
                score(link("hegemony", "contains", "influence")).judgements().get(0);
        assertThat(j.verdict()).isEqualTo(Verdict.RIGHT_PAIR_WRONG_DIRECTION);
        assertThat(j.expected().id()).isEqualTo("form-of");
        assertThat(j.alsoWrongPhrase()).isTrue();
        assertThat(j.credit()).isEqualTo(0.25);
    }

    @Test
    void extraLinksAreShownButNeverCost() {
        MapScore with = score(
                link("leaders", "act as", "cadres"),
                link("leaders", "oppose", "hegemony"),
                link("npm", "sidelined", "leaders"),
                link("ghost", "haunts", "leaders"));
        assertThat(with.judgements())
                .extracting(Judgement::verdict)
                .startsWith(Verdict.CORRECT, Verdict.EXTRA, Verdict.EXTRA, Verdict.EXTRA);
        assertThat(with.judgements().get(1).expected()).isNull();
        assertThat(with.extra()).isEqualTo(3);
        MapScore without = score(link("leaders", "act as", "cadres"));
        assertThat(with.fraction()).isEqualTo(without.fraction());
        assertThat(with.points()).isEqualTo(without.points());
    }

    @Test
    void undrawnPropositionsAreMissingInMapOrder() {
        MapScore s = score(link("influence", "is a form of", "hegemony"));
        assertThat(s.judgements())
                .extracting(Judgement::verdict)
                .containsExactly(Verdict.CORRECT, Verdict.MISSING, Verdict.MISSING);
        assertThat(s.judgements().subList(1, 3))
                .extracting(j -> j.expected().id())
                .containsExactly("act-as", "lead-through");
        assertThat(s.judgements().get(1).drawn()).isNull();
        assertThat(s.missing()).isEqualTo(2);
    }

    @Test
    void scaffoldLinksAreGivenNotMarked() {
        MapScore s = score(link("cadres", "win", "hegemony"));
        assertThat(s.judgements().get(0).verdict()).isEqualTo(Verdict.GIVEN);
        assertThat(s.expected()).as("act-as, form-of, lead-through").isEqualTo(3);
        assertThat(s.points()).isZero();
    }

    @Test
    void anExactAnswerIsNeverSpoiltByAnEarlierNearMiss() {
        MapScore s = score(link("leaders", "command", "cadres"), link("leaders", "act as", "cadres"));
        assertThat(s.judgements()).extracting(Judgement::verdict).startsWith(Verdict.EXTRA, Verdict.CORRECT);
    }

    @Test
    void drawingTheSameLinkTwiceCountsOnce() {
        MapScore s = score(link("leaders", "act as", "cadres"), link("leaders", "act as", "cadres"));
        assertThat(s.judgements()).extracting(Judgement::verdict).startsWith(Verdict.CORRECT, Verdict.EXTRA);
        assertThat(s.correct()).isEqualTo(1);
    }

    @Test
    void summaryCountsAndPartialCredit() {
        MapScore s = score(
                link("leaders", "act as", "cadres"),
                link("influence", "shapes", "hegemony"),
                link("influence", "lead through", "leaders"),
                link("leaders", "oppose", "hegemony"));
        assertThat(s.exerciseId()).isEqualTo("ex");
        assertThat(s.expected()).isEqualTo(3);
        assertThat(s.correct()).isEqualTo(1);
        assertThat(s.partial()).isEqualTo(2);
        assertThat(s.extra()).isEqualTo(1);
        assertThat(s.missing()).isZero();
        assertThat(s.points()).isEqualTo(2.0);
        assertThat(s.fraction()).isEqualTo(2.0 / 3);
        assertThat(score().fraction()).isZero();
    }

    @Test
    void theSheetOffersTheConceptsTheScaffoldAndASortedPhraseBank() {
        ExerciseSheet sheet = ExerciseSheet.of(map, ex);
        assertThat(sheet.concepts())
                .extracting(Concept::id)
                .containsExactly("leaders", "cadres", "hegemony", "influence");
        assertThat(sheet.scaffold()).extracting(Proposition::id).containsExactly("win");
        assertThat(sheet.expected()).extracting(Proposition::id).containsExactly("act-as", "form-of", "lead-through");
        assertThat(sheet.phraseBank())
                .contains("act as", "is a form of", "lead through", "is paid by", "commands")
                .as("'are' is accepted for act-as, so it cannot be a distractor")
                .doesNotContain("are")
                .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER)
                .doesNotHaveDuplicates();
        assertThat(ExerciseSheet.of(map, ex)).isEqualTo(sheet);
    }

    @Test
    void drawingTheWholeBundledMapScoresFull() {
        ConceptMap bundled = ConceptMapLoader.load(TestCourses.bundled()).map();
        Exercise whole = bundled.exercise("whole-map").orElseThrow();
        ExerciseSheet sheet = ExerciseSheet.of(bundled, whole);
        List<LearnerLink> all = bundled.propositions().stream()
                .map(p -> new LearnerLink(p.from(), p.phrase(), p.to()))
                .toList();
        MapScore s = MapScorer.score(sheet, all);
        assertThat(s.fraction()).isEqualTo(1.0);
        assertThat(s.count(Verdict.GIVEN)).isEqualTo(whole.scaffold().size());
        assertThat((long) sheet.phraseBank().size())
                .isGreaterThan(sheet.expected().stream()
                        .map(p -> Phrases.normalise(p.phrase()))
                        .distinct()
                        .count());
        for (Exercise e : bundled.exercises()) {
            assertThat(ExerciseSheet.of(bundled, e).expected()).as(e.id()).hasSizeGreaterThanOrEqualTo(5);
        }
    }
}
