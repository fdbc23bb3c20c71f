package org.gramscilens.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzers for every quiz reader and for grading typed numbers (issue 15). In a normal build they replay the
 * committed inputs in {@code src/test/resources/org/gramscilens/quiz/QuizFuzzTestInputs/<method>/}; with
 * {@code -Pfuzz} each fuzzes for its {@code maxDuration} (docs/testing.md). Readers report problems in
 * their result and never throw; any exception, or an input that takes longer than Jazzer's timeout, is a
 * finding.
 */
class QuizFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void giftParser(FuzzedDataProvider data) {
        ParseResult r = new GiftParser().parse(data.consumeRemainingAsString(), "f.gift");
        assertThat(r.questions()).isNotNull();
        new GiftWriter().write(r.questions());
        new MoodleXmlWriter().write(r.questions());
    }

    @FuzzTest(maxDuration = "10m")
    void moodleXmlReader(FuzzedDataProvider data) {
        ParseResult r = new MoodleXmlReader().read(data.consumeRemainingAsString(), "f.xml");
        assertThat(r.questions()).isNotNull();
        new GiftWriter().write(r.questions());
    }

    @FuzzTest(maxDuration = "10m")
    void quizJson(FuzzedDataProvider data) {
        ParseResult r = new QuizJson().read(data.consumeRemainingAsString(), "f.json");
        assertThat(r.questions()).isNotNull();
        new QuizJson().write(r.questions());
    }

    @FuzzTest(maxDuration = "10m")
    void numericGrading(FuzzedDataProvider data) {
        String answer = data.consumeString(40);
        String typed = data.consumeRemainingAsString();
        ParseResult r = new GiftParser().parse("::n:: How many? {#" + answer + "}", "f.gift");
        for (Question q : r.questions()) {
            if (q instanceof Numerical) {
                new Grader().grade(q, new Response.NumberText(typed)).orElseThrow();
            }
        }
        Grader.parseNumber(typed);
    }
}
