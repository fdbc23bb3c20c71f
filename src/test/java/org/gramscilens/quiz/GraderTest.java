package org.gramscilens.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GraderTest {

    private final Grader grader = new Grader();
    private final GiftParser parser = new GiftParser();

    private Question q(String gift) {
        ParseResult r = parser.parse(gift, "t.gift");
        assertThat(r.problems()).isEmpty();
        return r.questions().get(0);
    }

    private Grade grade(Question question, Response response) {
        return grader.grade(question, response).orElseThrow();
    }

    @Test
    void singleChoiceEarnsTheChosenAnswersWeight() {
        Question mc = q("x {=right#Yes ~%50%half#Half ~wrong#No ~%-50%bad#Penalty}");
        assertThat(grade(mc, new Response.SingleChoice(0))).isEqualTo(new Grade(1, "Yes", true, "right"));
        assertThat(grade(mc, new Response.SingleChoice(1))).isEqualTo(new Grade(0.5, "Half", false, "right"));
        assertThat(grade(mc, new Response.SingleChoice(2))).isEqualTo(new Grade(0, "No", false, "right"));
        // Moodle lets a single-answer penalty make the mark negative.
        assertThat(grade(mc, new Response.SingleChoice(3)).fraction()).isEqualTo(-0.5);
        assertThat(grade(mc, Response.SingleChoice.none())).isEqualTo(new Grade(0, "", false, "right"));
    }

    @Test
    void multipleAnswersAddUpWeights() {
        Question ma = q("x {~%50%a#A ~%50%b#B ~%-100%c#C ~d}");
        assertThat(grade(ma, Response.MultipleChoices.of(0, 1))).isEqualTo(new Grade(1, "A\nB", true, "a, b"));
        assertThat(grade(ma, Response.MultipleChoices.of(0)).fraction()).isEqualTo(0.5);
        assertThat(grade(ma, Response.MultipleChoices.of(0, 3)).fraction()).isEqualTo(0.5);
        assertThat(grade(ma, Response.MultipleChoices.of()).fraction()).isZero();
    }

    @Test
    void negativeWeightsAreFlooredAtZero() {
        Question ma = q("x {~%50%a ~%50%b ~%-100%c ~%-100%d}");
        Grade g = grade(ma, Response.MultipleChoices.of(0, 2, 3));
        assertThat(g.fraction()).isZero();
        assertThat(g.correct()).isFalse();
        assertThat(grade(ma, Response.MultipleChoices.of(0, 1, 2)).fraction()).isZero();
    }

    @Test
    void multipleAnswersAreCappedAtFullMarks() {
        Question ma = new MultipleAnswer(
                QuestionInfo.of("cap", FormattedText.moodle("x")),
                java.util.List.of(Choice.of("a", 100), Choice.of("b", 50), Choice.of("c", 0)));
        assertThat(grade(ma, Response.MultipleChoices.of(0, 1)).fraction()).isEqualTo(1.0);
    }

    @Test
    void thirdsAddUpToCorrect() {
        Question ma = q("x {~%33.33333%a ~%33.33333%b ~%33.33333%c ~%-100%d}");
        Grade g = grade(ma, Response.MultipleChoices.of(0, 1, 2));
        assertThat(g.fraction()).isCloseTo(0.9999999, within(1e-9));
        assertThat(g.correct()).isTrue();
    }

    @Test
    void trueFalseGivesTheFeedbackForWhatWasAnswered() {
        Question tf = q("x {F#Not true.#Right, false.}");
        assertThat(grade(tf, new Response.TrueOrFalse(false))).isEqualTo(new Grade(1, "Right, false.", true, "False"));
        assertThat(grade(tf, new Response.TrueOrFalse(true))).isEqualTo(new Grade(0, "Not true.", false, "False"));
    }

    @Test
    void shortAnswerIgnoresCaseAndSurroundingBlanks() {
        Question sa = q("x {=Antonio Gramsci#Yes =%50%Gramsci#Surname only}");
        assertThat(grade(sa, new Response.ShortText("  antonio GRAMSCI ")))
                .isEqualTo(new Grade(1, "Yes", true, "Antonio Gramsci"));
        assertThat(grade(sa, new Response.ShortText("gramsci")).fraction()).isEqualTo(0.5);
        assertThat(grade(sa, new Response.ShortText("Marx"))).isEqualTo(new Grade(0, "", false, "Antonio Gramsci"));
        assertThat(grade(sa, new Response.ShortText("")).fraction()).isZero();
    }

    @Test
    void caseSensitiveShortAnswer() {
        Question sa = new ShortAnswer(
                QuestionInfo.of("cs", FormattedText.moodle("x")),
                java.util.List.of(AcceptedAnswer.of("NHS", 100)),
                true);
        assertThat(grade(sa, new Response.ShortText("NHS")).fraction()).isEqualTo(1);
        assertThat(grade(sa, new Response.ShortText("nhs")).fraction()).isZero();
    }

    @Test
    void wildcardsMatchAnyRun() {
        Question sa = q("x {=*notebook* =%50%prison*}");
        assertThat(grade(sa, new Response.ShortText("The Prison Notebooks")).fraction())
                .isEqualTo(1);
        assertThat(grade(sa, new Response.ShortText("notebook")).fraction()).isEqualTo(1);
        assertThat(grade(sa, new Response.ShortText("Prison letters")).fraction())
                .isEqualTo(0.5);
        assertThat(grade(sa, new Response.ShortText("letters from prison")).fraction())
                .isZero();
        assertThat(Grader.matchesWildcard("a\\*b", "a*b", false)).isTrue();
        assertThat(Grader.matchesWildcard("a\\*b", "axb", false)).isFalse();
        assertThat(Grader.matchesWildcard("a.b", "axb", false))
                .as("regex characters are literal")
                .isFalse();
        assertThat(Grader.matchesWildcard("ca**t", "cart", false)).isTrue();
        assertThat(Grader.matchesWildcard("ÉCOLE", "école", false))
                .as("case folding is Unicode")
                .isTrue();
        assertThat(Grader.matchesWildcard("e\u0301", "\u00e9", true))
                .as("compared in NFC")
                .isTrue();
    }

    @Test
    void shortAnswerTakesTheFirstMatchingAnswer() {
        Question sa = q("x {=%50%*#anything =hegemony#exact}");
        assertThat(grade(sa, new Response.ShortText("hegemony")))
                .isEqualTo(new Grade(0.5, "anything", false, "hegemony"));
    }

    @Test
    void numericalToleranceIsAbsolute() {
        Question num = q("x {#1822:2#Yes}");
        assertThat(grade(num, new Response.NumberText("1822")).fraction()).isEqualTo(1);
        assertThat(grade(num, new Response.NumberText("1820")).fraction()).isEqualTo(1);
        assertThat(grade(num, new Response.NumberText("1824")).fraction()).isEqualTo(1);
        assertThat(grade(num, new Response.NumberText("1824.0001")).fraction()).isZero();
        assertThat(grade(num, new Response.NumberText("1819.999")).fraction()).isZero();
        assertThat(grade(num, new Response.NumberText("1823")).feedback()).isEqualTo("Yes");
        assertThat(grade(num, new Response.NumberText("1823")).rightAnswer()).isEqualTo("1822 ± 2 (1820 to 1824)");
    }

    @Test
    void numericalRangesIncludeTheirEnds() {
        Question num = q("x {#0.1..0.3}");
        assertThat(grade(num, new Response.NumberText("0.1")).fraction()).isEqualTo(1);
        assertThat(grade(num, new Response.NumberText("0.3")).fraction()).isEqualTo(1);
        assertThat(grade(num, new Response.NumberText("0.2")).fraction()).isEqualTo(1);
        assertThat(grade(num, new Response.NumberText("0.30001")).fraction()).isZero();
        assertThat(grade(num, new Response.NumberText("0.09999")).fraction()).isZero();
    }

    @Test
    void numericalTakesTheFirstAnswerThatHoldsTheNumberAsMoodleDoes() {
        Question num = q("x {#=1822:0#Exact =%50%1822:2#Close ~#Wrong}");
        assertThat(grade(num, new Response.NumberText("1822"))).isEqualTo(new Grade(1, "Exact", true, "1822"));
        assertThat(grade(num, new Response.NumberText("1821"))).isEqualTo(new Grade(0.5, "Close", false, "1822"));
        assertThat(grade(num, new Response.NumberText("1900"))).isEqualTo(new Grade(0, "Wrong", false, "1822"));
        Question reversed = q("x {#=%50%1822:2 =1822:0}");
        assertThat(grade(reversed, new Response.NumberText("1822")).fraction()).isEqualTo(0.5);
    }

    @Test
    void numbersAreReadAsMoodleReadsThem() {
        assertThat(Grader.parseNumber("1,822")).contains(new BigDecimal("1.822"));
        assertThat(Grader.parseNumber("1,822,000")).contains(new BigDecimal("1822000"));
        assertThat(Grader.parseNumber("1,822.5")).contains(new BigDecimal("1822.5"));
        assertThat(Grader.parseNumber("3,5")).contains(new BigDecimal("3.5"));
        assertThat(Grader.parseNumber(" 1 822 ")).contains(new BigDecimal("1822"));
        assertThat(Grader.parseNumber("1.8x10^3")).map(BigDecimal::doubleValue).contains(1800.0);
        assertThat(Grader.parseNumber("-2.5E2")).map(BigDecimal::doubleValue).contains(-250.0);
        assertThat(Grader.parseNumber(".5")).contains(new BigDecimal(".5"));
        assertThat(Grader.parseNumber("12 apples")).isEmpty();
        assertThat(Grader.parseNumber("twelve")).isEmpty();
        assertThat(Grader.parseNumber("")).isEmpty();
        Question num = q("x {#1822}");
        assertThat(grade(num, new Response.NumberText("eighteen")).fraction()).isZero();
    }

    @Test
    void matchingGivesTheShareOfItemsMatched() {
        Question m = q("x {=cat -> cat food =dog -> dog food =bird -> seed = -> grass}");
        assertThat(grade(m, Response.Matches.of("cat food", "dog food", "seed")))
                .isEqualTo(new Grade(1, "", true, "cat → cat food; dog → dog food; bird → seed"));
        assertThat(grade(m, Response.Matches.of("cat food", "seed", "dog food")).fraction())
                .isCloseTo(1.0 / 3, within(1e-12));
        assertThat(grade(m, Response.Matches.of("cat food", "dog food", "grass"))
                        .fraction())
                .isCloseTo(2.0 / 3, within(1e-12));
        assertThat(grade(m, Response.Matches.of("cat food", null)).fraction()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(grade(m, Response.Matches.of()).fraction()).isZero();
    }

    @Test
    void missingWordIsGradedAsItsUnderlyingType() {
        Question mc = q("Grant is {~buried =entombed ~living} in Grant's tomb.");
        assertThat(grade(mc, new Response.SingleChoice(1))).isEqualTo(new Grade(1, "", true, "entombed"));
        Question sa = q("Two plus {=two =2} equals four.");
        assertThat(grade(sa, new Response.ShortText("TWO")).correct()).isTrue();
        Question num = q("Gramsci was born in {#1891} in Sardinia.");
        assertThat(grade(num, new Response.NumberText("1891")).correct()).isTrue();
    }

    @Test
    void essaysAndDescriptionsAreNotGraded() {
        assertThat(grader.grade(q("Reflect. {}"), new Response.EssayText("I think...")))
                .isEqualTo(Optional.empty());
        assertThat(grader.grade(q("Just text."), new Response.EssayText(""))).isEmpty();
    }

    @Test
    void theWrongKindOfResponseIsRefused() {
        assertThatThrownBy(() -> grader.grade(q("x {T}"), new Response.ShortText("T")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a TRUE_FALSE question takes a TrueOrFalse response, not ShortText");
    }

    @Test
    void correctMeansWithinAThousandthOfFullMarks() {
        assertThat(Grade.of(0.999, "", "").correct()).isTrue();
        assertThat(Grade.of(0.998, "", "").correct()).isFalse();
        assertThat(Grade.of(0.5, "", "").isPartial()).isTrue();
    }
}
