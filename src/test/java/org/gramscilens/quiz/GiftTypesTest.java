package org.gramscilens.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gramscilens.quiz.GiftAsserts.m;
import static org.gramscilens.quiz.GiftAsserts.one;
import static org.gramscilens.quiz.GiftAsserts.parse;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class GiftTypesTest {

    @Test
    void multipleChoiceWithFeedback() {
        Question q = one("::mc:: Pick one {=right#Yes! ~wrong#No. ~also wrong}");
        assertThat(q).isInstanceOf(MultipleChoice.class);
        assertThat(((MultipleChoice) q).choices())
                .containsExactly(
                        Choice.of("right", 100, "Yes!"), Choice.of("wrong", 0, "No."), Choice.of("also wrong", 0));
    }

    @Test
    void multipleChoiceOnSeveralLines() {
        MultipleChoice q = (MultipleChoice) one("""
                Japanese characters came from which country? {
                    ~India
                    =China
                    ~Korea
                }""");
        assertThat(q.choices()).extracting(c -> c.text().text()).containsExactly("India", "China", "Korea");
    }

    @Test
    void singleAnswerChoiceMayGivePartialAndNegativeCredit() {
        MultipleChoice q = (MultipleChoice) one("Best? {=best ~%50%good ~%-25%poor}");
        assertThat(q.choices()).extracting(Choice::weight).containsExactly(100.0, 50.0, -25.0);
    }

    @Test
    void noEqualsSignMakesMultipleAnswer() {
        Question q = one("Which two? {~%50%a ~%50%b ~%-100%c ~%-100%d}");
        assertThat(q).isInstanceOf(MultipleAnswer.class);
        assertThat(((MultipleAnswer) q).choices())
                .extracting(Choice::weight)
                .containsExactly(50.0, 50.0, -100.0, -100.0);
    }

    @Test
    void weightsCloseToMoodlesTakeMoodlesValue() {
        MultipleAnswer q = (MultipleAnswer) one("Three {~%33.333333%a ~%33.33333%b ~%33.3333%c}");
        assertThat(q.choices()).extracting(Choice::weight).containsOnly(33.33333);
    }

    @Test
    void trueFalseInAllFourSpellings() {
        List<Question> qs = parse("a {T}\n\nb {TRUE}\n\nc {F}\n\nd {FALSE}\n");
        assertThat(qs).allMatch(q -> q instanceof TrueFalse);
        assertThat(qs).extracting(q -> ((TrueFalse) q).answer()).containsExactly(true, true, false, false);
    }

    @Test
    void trueFalseFeedbackIsWrongThenRight() {
        TrueFalse t = (TrueFalse) one("Sky is blue {TRUE#Look up.#Indeed.}");
        assertThat(t.answer()).isTrue();
        assertThat(t.trueFeedback()).isEqualTo(m("Indeed."));
        assertThat(t.falseFeedback()).isEqualTo(m("Look up."));
        TrueFalse f = (TrueFalse) one("Grass is red {F#It is green, look.#Right.}");
        assertThat(f.answer()).isFalse();
        assertThat(f.trueFeedback()).isEqualTo(m("It is green, look."));
        assertThat(f.falseFeedback()).isEqualTo(m("Right."));
        assertThat(f.rightFeedback()).isEqualTo(m("Right."));
    }

    @Test
    void trueFalseWithOnlyRightFeedback() {
        TrueFalse t = (TrueFalse) one("x {T##Well done.}");
        assertThat(t.trueFeedback()).isEqualTo(m("Well done."));
        assertThat(t.falseFeedback()).isEqualTo(FormattedText.EMPTY);
    }

    @Test
    void trueFalseWordsAreCaseSensitiveAsInMoodle() {
        assertThat(one("x {true}")).isInstanceOf(ShortAnswer.class);
    }

    @Test
    void shortAnswerWithPartialCreditAndFeedback() {
        ShortAnswer q = (ShortAnswer) one("Who is buried in Grant's tomb? {=no one#Right =%50%nobody =Grant#Hmm}");
        assertThat(q.answers())
                .containsExactly(
                        new AcceptedAnswer("no one", 100, m("Right")),
                        AcceptedAnswer.of("nobody", 50),
                        new AcceptedAnswer("Grant", 100, m("Hmm")));
        assertThat(q.caseSensitive()).isFalse();
    }

    @Test
    void textWithoutMarkersIsAShortAnswer() {
        ShortAnswer q = (ShortAnswer) one("Capital of Italy? {Rome}");
        assertThat(q.answers()).containsExactly(AcceptedAnswer.of("Rome", 100));
    }

    @Test
    void matchingWithADistractor() {
        Matching q = (Matching) one("Match {=cat -> cat food =dog->dog food = -> bird seed}");
        assertThat(q.pairs())
                .containsExactly(
                        MatchPair.of("cat", "cat food"),
                        MatchPair.of("dog", "dog food"),
                        MatchPair.of("", "bird seed"));
        assertThat(q.subquestions()).hasSize(2);
        assertThat(q.answerChoices()).containsExactly("cat food", "dog food", "bird seed");
        assertThat(q.pairs().get(2).isDistractor()).isTrue();
    }

    @Test
    void matchingRightSideMayContainAnArrow() {
        Matching q = (Matching) one("Match {=a -> b -> c =d -> e}");
        assertThat(q.pairs().get(0)).isEqualTo(MatchPair.of("a", "b -> c"));
    }

    @Test
    void numericalWithTolerance() {
        Numerical q = (Numerical) one("When was Gramsci born? {#1891:2}");
        assertThat(q.answers()).containsExactly(NumericAnswer.exact("1891", "2", 100));
    }

    @Test
    void numericalRangeIsStoredAsMidpointAndHalfWidth() {
        NumericAnswer a = ((Numerical) one("Pick 1 to 5 {#1..5}")).answers().get(0);
        assertThat(a.value()).isEqualByComparingTo("3");
        assertThat(a.tolerance()).isEqualByComparingTo("2");
        assertThat(a.min()).isEqualByComparingTo("1");
        assertThat(a.max()).isEqualByComparingTo("5");
    }

    @Test
    void numericalRangeKeepsDecimalsExact() {
        NumericAnswer a = ((Numerical) one("x {#0.1..0.4}")).answers().get(0);
        assertThat(a.value()).isEqualTo(new BigDecimal("0.25"));
        assertThat(a.tolerance()).isEqualTo(new BigDecimal("0.15"));
    }

    @Test
    void numericalWithSeveralAnswersWeightsAndFeedback() {
        Numerical q = (Numerical) one("""
                When did Gramsci die? {#
                    =1937:0 # Right.
                    =%50%1937:2 # Close.
                }""");
        assertThat(q.answers())
                .containsExactly(
                        new NumericAnswer(new BigDecimal("1937"), BigDecimal.ZERO, 100, m("Right.")),
                        new NumericAnswer(new BigDecimal("1937"), new BigDecimal("2"), 50, m("Close.")));
    }

    @Test
    void numericalWithALeadingSpaceAndEqualsSigns() {
        Numerical q = (Numerical) one("x {# =1822:0 =%50%1821:2}");
        assertThat(q.answers()).hasSize(2);
        assertThat(q.answers().get(1).weight()).isEqualTo(50);
    }

    @Test
    void numericalFeedbackForAnyOtherAnswer() {
        Numerical q = (Numerical) one("x {#=42#Yes ~#Think again.}");
        assertThat(q.answers()).hasSize(2);
        assertThat(q.answers().get(1)).isEqualTo(NumericAnswer.any(0, m("Think again.")));
    }

    @Test
    void numericalStarAcceptsAnything() {
        Numerical q = (Numerical) one("x {#=42 =%10%*}");
        assertThat(q.answers().get(1).isAny()).isTrue();
        assertThat(q.answers().get(1).weight()).isEqualTo(10);
    }

    @Test
    void numericalAcceptsSignsDecimalsAndExponents() {
        Numerical q = (Numerical) one("x {#=-5 =+2.5:0.5 =.5 =1e3 =-3..-1}");
        assertThat(q.answers())
                .extracting(NumericAnswer::value)
                .map(BigDecimal::toPlainString)
                .containsExactly("-5", "2.5", "0.5", "1000", "-2");
    }

    @Test
    void missingWordMultipleChoice() {
        Question q = one("Grant is {~buried =entombed ~living} in Grant's tomb.");
        assertThat(q).isInstanceOf(MissingWord.class);
        MissingWord mw = (MissingWord) q;
        assertThat(mw.underlying()).isInstanceOf(MultipleChoice.class);
        assertThat(mw.text()).isEqualTo(m("Grant is _____ in Grant's tomb."));
        assertThat(mw.textBefore()).isEqualTo("Grant is ");
        assertThat(mw.textAfter()).isEqualTo(" in Grant's tomb.");
    }

    @Test
    void missingWordShortAnswerOnSeveralLines() {
        MissingWord mw = (MissingWord) one("""
                The American holiday of Thanksgiving is celebrated on the {
                    =fourth
                } Thursday of November.""");
        assertThat(mw.underlying()).isInstanceOf(ShortAnswer.class);
        assertThat(mw.textBefore()).isEqualTo("The American holiday of Thanksgiving is celebrated on the ");
        assertThat(mw.textAfter()).isEqualTo(" Thursday of November.");
    }

    @Test
    void missingWordAtTheStartOfTheSentence() {
        MissingWord mw = (MissingWord) one("{=Gramsci ~Marx} wrote the Prison Notebooks.");
        assertThat(mw.textBefore()).isEmpty();
        assertThat(mw.text().text()).isEqualTo("_____ wrote the Prison Notebooks.");
    }

    @Test
    void aBlankWrittenInTheTextAlsoMakesAMissingWordQuestion() {
        Question q = one("The _____ of consent. {=organisation ~absence}");
        assertThat(q).isInstanceOf(MissingWord.class);
        assertThat(((MissingWord) q).textAfter()).isEqualTo(" of consent.");
    }

    @Test
    void twoBlanksAreNotAMissingWordQuestion() {
        assertThat(one("A _____ and a _____. {=x ~y}")).isInstanceOf(MultipleChoice.class);
    }

    @Test
    void matchingInsideTheTextKeepsTheBlankInItsText() {
        Question q = one("Match {=a -> b =c -> d} these.");
        assertThat(q).isInstanceOf(Matching.class);
        assertThat(q.text().text()).isEqualTo("Match _____ these.");
    }

    @Test
    void essayFromEmptyBlock() {
        Question q = one("::e:: Reflect on leadership. {}");
        assertThat(q).isInstanceOf(Essay.class);
        assertThat(q.text()).isEqualTo(m("Reflect on leadership."));
        assertThat(q.isGraded()).isFalse();
    }

    @Test
    void essayWithGeneralFeedback() {
        Question q = one("Reflect. {####Think of consent.}");
        assertThat(q).isInstanceOf(Essay.class);
        assertThat(q.generalFeedback()).isEqualTo(m("Think of consent."));
    }

    @Test
    void descriptionWhenThereIsNoBlock() {
        Question q = one("::intro:: The next questions are about cadres.");
        assertThat(q).isInstanceOf(Description.class);
        assertThat(q.text()).isEqualTo(m("The next questions are about cadres."));
    }

    @Test
    void generalFeedbackOnEveryKind() {
        List<Question> qs = parse("""
                a {=x ~y ####mc}

                b {T####tf}

                c {=x####sa}

                d {=a->b =c->d####match}

                e {#1####num}
                """);
        assertThat(qs).extracting(q -> q.generalFeedback().text()).containsExactly("mc", "tf", "sa", "match", "num");
    }

    @Test
    void generalFeedbackIsAfterTheLastFourHashes() {
        Question q = one("x {=a#fb ~b ####general}");
        assertThat(q.generalFeedback()).isEqualTo(m("general"));
        assertThat(((MultipleChoice) q).choices().get(0).feedback()).isEqualTo(m("fb"));
    }
}
