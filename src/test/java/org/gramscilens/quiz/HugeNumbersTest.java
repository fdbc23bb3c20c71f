package org.gramscilens.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 15 D1, D3, D4: numbers with huge exponents or too many digits, in every quiz format and typed by a
 * learner, become a located problem (or an unreadable answer), never an exception, a hang or 5 GB of digits.
 */
@Timeout(10)
class HugeNumbersTest {

    private final GiftParser gift = new GiftParser();

    @Test
    void boundedParseRefusesHugeExponentsAndTooManyDigits() throws Exception {
        assertThat(QuizNumbers.parse("2.5e3")).isEqualByComparingTo("2500");
        assertThat(QuizNumbers.parse("-1e300")).isEqualByComparingTo("-1e300");
        assertThatThrownBy(() -> QuizNumbers.parse("1e99999999999"))
                .isInstanceOf(QuizNumbers.OutOfRange.class)
                .hasMessageContaining("'1e99999999999' is too large");
        assertThatThrownBy(() -> QuizNumbers.parse("1e999999999")).isInstanceOf(QuizNumbers.OutOfRange.class);
        assertThatThrownBy(() -> QuizNumbers.parse("1e-999999999"))
                .isInstanceOf(QuizNumbers.OutOfRange.class)
                .hasMessageContaining("too small");
        assertThatThrownBy(() -> QuizNumbers.parse("1".repeat(100_000)))
                .isInstanceOf(QuizNumbers.OutOfRange.class)
                .hasMessageContaining("digits");
        assertThatThrownBy(() -> QuizNumbers.parse("abc")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void giftHugeExponentIsAProblemAtItsColumnAndOtherQuestionsStay() {
        ParseResult r = gift.parse("""
                ::ok:: Fine {T}

                ::a:: Big {#1e99999999999}

                ::b:: Range {#1..1e999999999}

                ::c:: Huge {#1e999999999}

                ::d:: Tolerance {#1:1e999999999}

                ::ok2:: Fine {#2:0.5}
                """, "m/quiz.gift");
        assertThat(r.questions()).extracting(Question::id).containsExactly("ok", "ok2");
        assertThat(r.problems())
                .extracting(Object::toString)
                .containsExactly(
                        "m/quiz.gift:3:13: bad number: '1e99999999999' is too large (at most 1e"
                                + QuizNumbers.MAX_EXPONENT + " in size)",
                        "m/quiz.gift:5:18: bad number: '1e999999999' is too large (at most 1e"
                                + QuizNumbers.MAX_EXPONENT + " in size)",
                        "m/quiz.gift:7:14: bad number: '1e999999999' is too large (at most 1e"
                                + QuizNumbers.MAX_EXPONENT + " in size)",
                        "m/quiz.gift:9:21: bad number: '1e999999999' is too large (at most 1e"
                                + QuizNumbers.MAX_EXPONENT + " in size)");
    }

    @Test
    void moodleXmlHugeAnswerIsAProblemWithALocation() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <quiz>
                <question type="numerical"><name><text>n</text></name>
                <questiontext format="html"><text>How many?</text></questiontext>
                <answer fraction="100"><text>1e99999999999</text><tolerance>0</tolerance></answer>
                </question>
                <question type="numerical"><name><text>m</text></name>
                <questiontext format="html"><text>How many?</text></questiontext>
                <answer fraction="100"><text>3</text><tolerance>1e999999999</tolerance></answer>
                </question>
                <question type="truefalse"><name><text>t</text></name>
                <questiontext format="html"><text>Yes?</text></questiontext>
                <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer>
                </question>
                </quiz>
                """;
        ParseResult r = new MoodleXmlReader().read(xml, "q.xml");
        assertThat(r.questions()).hasSize(1);
        assertThat(r.problems()).hasSize(2);
        assertThat(r.problems().get(0).toString()).startsWith("q.xml:5:").contains("'1e99999999999' is too large");
        assertThat(r.problems().get(1).toString()).startsWith("q.xml:9:").contains("too large");
    }

    @Test
    void quizJsonHugeNumberIsAProblemNotAnException() {
        String json = """
                {"formatVersion": 1, "questions": [
                  {"type": "numerical", "title": "n", "text": "How many?", "answers": [{"value": 1e999999999}]},
                  {"type": "numerical", "title": "m", "text": "How many?", "answers": [{"value": 2, "tolerance": 1E-999999999}]},
                  {"type": "numerical", "title": "x", "text": "How many?", "answers": [{"value": 1e99999999999}]},
                  {"type": "numerical", "title": "k", "text": "How many?", "answers": [{"value": 2}]}
                ]}
                """;
        ParseResult r = new QuizJson().read(json, "q.json");
        assertThat(r.questions()).extracting(Question::id).containsExactly("k");
        assertThat(r.problems()).hasSize(3);
        assertThat(r.problems().get(0).toString()).startsWith("q.json:2:").contains("too large");
        assertThat(r.problems().get(1).toString()).startsWith("q.json:3:").contains("too small");
        assertThat(r.problems().get(2).toString()).startsWith("q.json:4:").contains("'1e99999999999' is too large");
    }

    @Test
    void typedHugeNumbersAreGradedAsUnreadableNotThrown() {
        Question q = gift.parse("::n:: How many? {#3:1}", "t.gift").questions().get(0);
        for (String typed : List.of(
                "1e99999999999",
                "1e999999999",
                "1.8x10^999999999",
                "1e-999999999",
                "9".repeat(50_000),
                "1,5e99999999999")) {
            Grade g = new Grader().grade(q, new Response.NumberText(typed)).orElseThrow();
            assertThat(g.fraction()).as(typed).isZero();
        }
        assertThat(new Grader()
                        .grade(q, new Response.NumberText("3.5"))
                        .orElseThrow()
                        .fraction())
                .isEqualTo(1.0);
        assertThat(Grader.parseNumber("1e99999999999")).isEmpty();
    }

    @Test
    void writersFinishQuicklyAtTheLimits() {
        String big = "1e" + QuizNumbers.MAX_EXPONENT;
        String small = "1e-" + QuizNumbers.MAX_EXPONENT;
        ParseResult r =
                gift.parse("::n:: Q {#" + big + ":" + small + "}\n\n::r:: R {#-" + big + ".." + big + "}", "t.gift");
        assertThat(r.problems()).isEmpty();
        long start = System.nanoTime();
        String giftText = new GiftWriter().write(r.questions());
        String xml = new MoodleXmlWriter().write(r.questions());
        String json = new QuizJson().write(r.questions());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(QuizSamples.withoutSources(gift.parse(giftText, "t.gift").questions()))
                .isEqualTo(QuizSamples.withoutSources(r.questions()));
        assertThat(QuizSamples.withoutSources(
                        new MoodleXmlReader().read(xml, "t.xml").questions()))
                .isEqualTo(QuizSamples.withoutSources(r.questions()));
        assertThat(QuizSamples.withoutSources(
                        new QuizJson().read(json, "t.json").questions()))
                .isEqualTo(QuizSamples.withoutSources(r.questions()));
        assertThat(giftText.length() + xml.length() + json.length()).isLessThan(20_000);
    }
}
