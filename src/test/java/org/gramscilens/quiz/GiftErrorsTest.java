package org.gramscilens.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every problem GIFT text can have, reported at its exact line and column. */
class GiftErrorsTest {

    private final GiftParser parser = new GiftParser();

    /** The single problem {@code gift} has, as the command line prints it. */
    private String problem(String gift) {
        ParseResult r = parser.parse(gift, "t.gift");
        assertThat(r.problems()).hasSize(1);
        return r.problems().get(0).toString();
    }

    @Test
    void problemPrintsAsPathLineColumnMessage() {
        assertThat(new GiftProblem("m/quiz.gift", 3, 23, "oops").toString()).isEqualTo("m/quiz.gift:3:23: oops");
    }

    @Test
    void unclosedBraceSkipsOnlyThatQuestion() {
        ParseResult r = parser.parse("""
                ::ok:: Fine {T}

                ::bad:: Missing brace {=a ~b
                still going

                ::ok2:: Fine too {F}
                """, "t.gift");
        assertThat(r.questions()).extracting(Question::id).containsExactly("ok", "ok2");
        assertThat(r.problems())
                .extracting(Object::toString)
                .containsExactly("t.gift:3:23: unclosed '{': the answer block has no closing '}'");
    }

    @Test
    void closingBraceWithoutOpening() {
        assertThat(problem("Text } more")).startsWith("t.gift:1:6: '}' without an opening '{'");
        assertThat(problem("a } b {T}")).startsWith("t.gift:1:3: '}' without an opening '{'");
    }

    @Test
    void secondAnswerBlock() {
        assertThat(problem("a {T} and {F}")).startsWith("t.gift:1:11: a second answer block");
        assertThat(problem("a {T} b }")).startsWith("t.gift:1:9: a second answer block");
    }

    @Test
    void braceInsideABlock() {
        assertThat(problem("a {=x {y}")).startsWith("t.gift:1:7: '{' inside an answer block");
    }

    @Test
    void titleWithoutClosingColons() {
        assertThat(problem("\n\n  ::title without end {T}"))
                .startsWith("t.gift:3:3: the question title has no closing '::'");
    }

    @Test
    void multipleChoiceWithOneAnswer() {
        assertThat(problem("x {~only}"))
                .isEqualTo("t.gift:1:3: a multiple-choice question needs at least 2 answers; found 1");
    }

    @Test
    void emptyAnswers() {
        assertThat(problem("x {=a ~ ~b}")).isEqualTo("t.gift:1:7: empty answer");
        assertThat(problem("x {\n  =a\n  ~#feedback only\n}")).isEqualTo("t.gift:3:3: empty answer");
        assertThat(problem("x {=}")).isEqualTo("t.gift:1:4: empty answer");
        assertThat(problem("x {#=1 =}")).isEqualTo("t.gift:1:8: empty answer");
    }

    @Test
    void badWeights() {
        assertThat(problem("x {~%5O%a ~b}")).startsWith("t.gift:1:5: bad weight '%5O%': write a percentage");
        assertThat(problem("x {~%150%a ~%-50%b}"))
                .startsWith("t.gift:1:5: bad weight '%150%': weights run from -100% to 100%");
        assertThat(problem("x {=a =%5x%b}")).startsWith("t.gift:1:8: bad weight '%5x%'");
    }

    @Test
    void weightMoodleRefuses() {
        assertThat(problem("x {~%33%a ~%67%b}"))
                .startsWith(
                        "t.gift:1:5: bad weight '%33%': weight 33% is not one Moodle accepts; the nearest is 33.33333%");
    }

    @Test
    void equalsSignWithAWeightInMultipleChoice() {
        assertThat(problem("x {=%50%a ~b}")).startsWith("t.gift:1:5: '=' already marks the answer worth 100%");
    }

    @Test
    void badNumbers() {
        assertThat(problem("x {#abc}")).isEqualTo("t.gift:1:5: bad number: 'abc' is not a number");
        assertThat(problem("x {#5:z}")).isEqualTo("t.gift:1:7: bad number: 'z' is not a tolerance");
        assertThat(problem("x {#1..b}")).isEqualTo("t.gift:1:8: bad number: 'b' is not a number");
        assertThat(problem("x {#\n  =1822:0\n  =%50%18x21:2\n}"))
                .isEqualTo("t.gift:3:8: bad number: '18x21' is not a number");
    }

    @Test
    void numericalWithoutAnswers() {
        assertThat(problem("x {#}")).startsWith("t.gift:1:3: a numerical question needs at least one answer");
        assertThat(problem("x {#~#no}")).startsWith("t.gift:1:3: a numerical question needs at least one answer");
    }

    @Test
    void matchingProblems() {
        assertThat(problem("x {=a -> b}")).isEqualTo("t.gift:1:3: a matching question needs at least 2 pairs; found 1");
        assertThat(problem("x {=a -> b =c}")).startsWith("t.gift:1:12: a matching pair needs '->'");
        assertThat(problem("x {=a -> b =c -> }")).startsWith("t.gift:1:15: nothing after '->'");
        assertThat(problem("x {=a -> b = -> c = -> d}"))
                .startsWith("t.gift:1:3: a matching question needs at least 2 pairs with a left-hand item")
                .endsWith("found 1");
    }

    @Test
    void textAfterCategoryLine() {
        ParseResult r = parser.parse("$CATEGORY: a/b\n::q:: lost {T}\n\n::r:: kept {T}\n", "t.gift");
        assertThat(r.problems())
                .extracting(Object::toString)
                .containsExactly("t.gift:2:1: text after the $CATEGORY line is not read: leave a blank line"
                        + " between the category and the next question");
        assertThat(r.questions())
                .extracting(Question::id, Question::category)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("r", "a/b"));
    }

    @Test
    void duplicateTitleIsAWarningAndTheQuestionsGetIdsTheyNeverShare() {
        ParseResult r = parser.parse("::a:: x {T}\n\n::b:: y {T}\n\n::a:: z {F}\n", "t.gift");
        assertThat(r.questions()).extracting(Question::id).containsExactly("a", "b", "a~" + QuestionIds.fromText("z"));
        assertThat(r.problems())
                .extracting(Object::toString)
                .containsExactly("t.gift:5:1: warning: the question at"
                        + " line 1 has the same title 'a', so this one's progress is stored as 'a~"
                        + QuestionIds.fromText("z")
                        + "': give each question its own title, or an id with a // [id:...] comment");
        assertThat(r.problems()).allMatch(GiftProblem::warning);
    }

    @Test
    void multipleAnswerWeightsNotAddingUpTo100AreReportedButKept() {
        ParseResult r = parser.parse("x {~%50%a ~%25%b ~c}", "t.gift");
        assertThat(r.questions()).hasSize(1);
        assertThat(r.problems())
                .extracting(Object::toString)
                .containsExactly("t.gift:1:3: warning: the positive weights of"
                        + " this multiple-answer question add up to 75%, not 100%, so choosing every right answer does not"
                        + " earn full marks (Moodle warns about this too)");
        assertThat(parser.parse("x {~%33.33333%a ~%33.33333%b ~%33.33333%c}", "t.gift")
                        .problems())
                .isEmpty();
        assertThat(parser.parse("x {~%100%a ~%50%b}", "t.gift").problems())
                .singleElement()
                .asString()
                .contains("add up to 150%, not 100%, so full marks come without choosing every right answer");
    }

    @Test
    void everyBadQuestionIsSkippedAndTheRestLoad() {
        ParseResult r = parser.parse("""
                ::q1:: ok {T}

                ::e1:: {=a ~

                ::q2:: ok {=a ~b}

                ::e2:: {#x}

                ::e3:: {=a -> b}

                ::q3:: ok {#1..2}

                ::e4:: { ~%12%a ~b }

                ::q4:: ok {}
                """, "t.gift");
        assertThat(r.questions()).extracting(Question::id).containsExactly("q1", "q2", "q3", "q4");
        List<String> locations =
                r.problems().stream().map(p -> p.line() + ":" + p.column()).toList();
        assertThat(locations).containsExactly("3:8", "7:10", "9:8", "13:11");
    }
}
