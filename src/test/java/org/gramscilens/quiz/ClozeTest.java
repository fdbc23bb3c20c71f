package org.gramscilens.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Moodle's embedded answers (cloze): the syntax as qtype_multianswer reads it, and Moodle's marking. */
class ClozeTest {

    private final Grader grader = new Grader();

    private static Cloze cloze(String text) {
        ClozeSyntax.Parsed p = ClozeSyntax.parse(text);
        assertThat(p.problems()).isEmpty();
        return new Cloze(QuestionInfo.of("c", FormattedText.of(p.text(), TextFormat.HTML)), p.gaps());
    }

    @Test
    void readsEachKindOfGapWithWeightsLayoutsAndFeedback() {
        Cloze c = cloze("Capital: {2:SHORTANSWER:=Berlin#Good~*#Wrong}. Pi: {:NUMERICAL:=3.14:0.01#Close}."
                + " Pick {1:MC:Red#No~=Blue#Yes}, {:MCV:=a~b}, {:MCH:=a~b}, {:MCS:=a~b}, {:SAC:=NHS} and"
                + " {:MR:=x~=y~z}.");
        assertThat(c.text().text()).isEqualTo("Capital: {#1}. Pi: {#2}. Pick {#3}, {#4}, {#5}, {#6}, {#7} and {#8}.");
        assertThat(c.gaps()).extracting(ClozeGap::weight).containsExactly(2, 1, 1, 1, 1, 1, 1, 1);
        assertThat(c.gaps())
                .extracting(ClozeGap::layout)
                .containsExactly(
                        ClozeGap.Layout.TEXT,
                        ClozeGap.Layout.TEXT,
                        ClozeGap.Layout.DROPDOWN,
                        ClozeGap.Layout.VERTICAL,
                        ClozeGap.Layout.HORIZONTAL,
                        ClozeGap.Layout.DROPDOWN,
                        ClozeGap.Layout.TEXT,
                        ClozeGap.Layout.VERTICAL);
        assertThat(c.gaps().get(5).shuffle()).isTrue();
        ShortAnswer sa = (ShortAnswer) c.gaps().get(0).question();
        assertThat(sa.answers())
                .extracting(AcceptedAnswer::text, AcceptedAnswer::weight)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Berlin", 100.0),
                        org.assertj.core.groups.Tuple.tuple("*", 0.0));
        assertThat(sa.answers().get(0).feedback().text()).isEqualTo("Good");
        assertThat(sa.caseSensitive()).isFalse();
        assertThat(((ShortAnswer) c.gaps().get(6).question()).caseSensitive()).isTrue();
        Numerical n = (Numerical) c.gaps().get(1).question();
        assertThat(n.answers().get(0))
                .isEqualTo(new NumericAnswer(
                        new java.math.BigDecimal("3.14"),
                        new java.math.BigDecimal("0.01"),
                        100,
                        FormattedText.of("Close", TextFormat.HTML)));
        assertThat(c.gaps().get(2).question()).isInstanceOf(MultipleChoice.class);
        assertThat(c.gaps().get(7).question()).isInstanceOf(MultipleAnswer.class);
        assertThat(c.embeddedText())
                .isEqualTo("Capital: {2:SHORTANSWER:=Berlin#Good~*#Wrong}. Pi:"
                        + " {:NUMERICAL:=3.14:0.01#Close}. Pick {1:MC:Red#No~=Blue#Yes}, {:MCV:=a~b}, {:MCH:=a~b}, {:MCS:=a~b},"
                        + " {:SAC:=NHS} and {:MR:=x~=y~z}.");
    }

    @Test
    void percentagesEscapesAndEntitiesAreReadAsMoodleReadsThem() {
        Cloze c = cloze(
                "{1:SHORTANSWER:%50%Mar\\}seille#half \\# right~=Paris~%-25%Lyon&#35;1#no} {:MC:=a &amp; b~c#d\\~e}");
        ShortAnswer sa = (ShortAnswer) c.gaps().get(0).question();
        assertThat(sa.answers()).extracting(AcceptedAnswer::text).containsExactly("Mar}seille", "Paris", "Lyon#1");
        assertThat(sa.answers()).extracting(AcceptedAnswer::weight).containsExactly(50.0, 100.0, -25.0);
        assertThat(sa.answers().get(0).feedback().text()).isEqualTo("half # right");
        MultipleChoice mc = (MultipleChoice) c.gaps().get(1).question();
        assertThat(mc.choices()).extracting(ch -> ch.text().text()).containsExactly("a & b", "c");
        assertThat(mc.choices().get(1).feedback().text()).isEqualTo("d\\~e");
    }

    @Test
    void multipleResponseWeightsAreScaledAsMoodleScalesThem() {
        MultipleAnswer plain =
                (MultipleAnswer) cloze("{:MR:=a~=b~c~=d}").gaps().get(0).question();
        assertThat(plain.choices())
                .extracting(Choice::weight)
                .containsExactly(100 / 3.0, 100 / 3.0, -100 / 3.0, 100 / 3.0);
        MultipleAnswer given =
                (MultipleAnswer) cloze("{:MR:%50%a~%50%b~%0%c}").gaps().get(0).question();
        assertThat(given.choices()).extracting(Choice::weight).containsExactly(50.0, 50.0, 0.0);
    }

    @Test
    void reportsGapsMoodleWouldRefuse() {
        assertThat(ClozeSyntax.parse("{1:MC:=only}").problems())
                .containsExactly("gap 1 ({1:MC:=only}): a choice gap needs at least 2 answers");
        assertThat(ClozeSyntax.parse("{1:SA:wrong~also wrong}").problems())
                .containsExactly(
                        "gap 1 ({1:SA:wrong~also wrong}): no answer is worth 100% (mark one with '=' or %100%)");
        assertThat(ClozeSyntax.parse("x {:NM:=twelve}").problems())
                .containsExactly(
                        "gap 1 ({:NM:=twelve}): the answer 'twelve' is not a number (nor * for any other answer)");
        assertThat(ClozeSyntax.parse("a {1:SA:=open").problems())
                .containsExactly("gap 1 ({1:SA:=open) has no closing '}'");
        assertThat(ClozeSyntax.parse("no gaps, {1:UNKNOWN:=x}").problems())
                .containsExactly("the text has no gap such as {1:SHORTANSWER:=answer}");
        assertThat(ClozeSyntax.parse("{:SA:%150%x}").problems())
                .containsExactly("gap 1 ({:SA:%150%x}): the weight %150% is" + " outside -100% to 100%");
    }

    @Test
    void eachGapIsMarkedAsItsTypeAndWeightedByItsWeight() {
        Cloze c = cloze("{2:SHORTANSWER:=Berlin#Good~%50%Bonn#Half~*#Wrong} {1:NUMERICAL:=3:0.1} {1:MC:Red~=Blue}");
        Response all = new Response.Gaps(List.of(
                new Response.ShortText("berlin"), new Response.NumberText("3.05"), new Response.SingleChoice(1)));
        assertThat(grader.grade(c, all).orElseThrow().fraction()).isEqualTo(1.0);
        Response some = new Response.Gaps(
                List.of(new Response.ShortText("Bonn"), new Response.NumberText("4"), new Response.SingleChoice(1)));
        Grade g = grader.grade(c, some).orElseThrow();
        assertThat(g.fraction()).isCloseTo((2 * 0.5 + 0 + 1) / 4.0, within(1e-9));
        assertThat(g.correct()).isFalse();
        assertThat(g.feedback()).isEqualTo("1: Half");
        assertThat(grader.gradeGaps(c, (Response.Gaps) some))
                .extracting(Grade::fraction)
                .containsExactly(0.5, 0.0, 1.0);
        assertThat(g.rightAnswer()).isEqualTo("1: Berlin; 2: 3 ± 0.1 (2.9 to 3.1); 3: Blue");
    }

    @Test
    void missingOrMismatchedGapResponsesCountAsUnanswered() {
        Cloze c = cloze("{:SA:=a} {:MR:=x~=y~z}");
        Grade g = grader.grade(c, new Response.Gaps(List.of(new Response.SingleChoice(0))))
                .orElseThrow();
        assertThat(g.fraction()).isZero();
        Grade half = grader.grade(
                        c,
                        new Response.Gaps(
                                List.of(new Response.ShortText("a"), new Response.MultipleChoices(Set.of(0, 2)))))
                .orElseThrow();
        assertThat(half.fraction()).isCloseTo((1 + 0) / 2.0, within(1e-9));
    }
}
