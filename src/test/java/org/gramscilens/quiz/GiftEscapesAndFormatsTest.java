package org.gramscilens.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gramscilens.quiz.GiftAsserts.m;
import static org.gramscilens.quiz.GiftAsserts.one;
import static org.gramscilens.quiz.GiftAsserts.parse;

import java.util.List;
import org.junit.jupiter.api.Test;

class GiftEscapesAndFormatsTest {

    @Test
    void everyEscape() {
        Question q = one("::a\\:b:: 1 \\~ 2 \\= 3 \\# 4 \\{ 5 \\} 6 \\: 7 \\\\ 8\\n9 \\q {T}");
        assertThat(q.title()).isEqualTo("a:b");
        assertThat(q.text().text()).isEqualTo("1 ~ 2 = 3 # 4 { 5 } 6 : 7 \\ 8\n9 \\q");
    }

    @Test
    void escapedMarkersDoNotSplitAnswers() {
        MultipleChoice q = (MultipleChoice) one("x {=a \\~ b#c \\# d ~e \\= f}");
        assertThat(q.choices()).containsExactly(Choice.of("a ~ b", 100, "c # d"), Choice.of("e = f", 0));
    }

    @Test
    void escapedBackslashBeforeABraceLeavesTheBraceAMarker() {
        Question q = one("path C:\\\\{T}");
        assertThat(q).isInstanceOf(TrueFalse.class);
        assertThat(q.text().text()).isEqualTo("path C:\\");
    }

    @Test
    void formatTagsOnTextAnswersAndFeedback() {
        MultipleChoice q =
                (MultipleChoice) one("[markdown]Is **this** bold? {=[html]<b>yes</b>#[plain]fine ~no#*sure*?}");
        assertThat(q.text()).isEqualTo(FormattedText.of("Is **this** bold?", TextFormat.MARKDOWN));
        assertThat(q.choices().get(0).text()).isEqualTo(FormattedText.of("<b>yes</b>", TextFormat.HTML));
        assertThat(q.choices().get(0).feedback()).isEqualTo(FormattedText.of("fine", TextFormat.PLAIN));
        // Answers and feedback default to the question text's format.
        assertThat(q.choices().get(1).text()).isEqualTo(FormattedText.of("no", TextFormat.MARKDOWN));
        assertThat(q.choices().get(1).feedback()).isEqualTo(FormattedText.of("*sure*?", TextFormat.MARKDOWN));
    }

    @Test
    void formatTagAfterTheTitle() {
        Question q = one("::t:: [html]<p>Hi</p> {}");
        assertThat(q.text()).isEqualTo(FormattedText.of("<p>Hi</p>", TextFormat.HTML));
    }

    @Test
    void allFourFormats() {
        List<Question> qs = parse("[moodle]a\n\n[html]b\n\n[plain]c\n\n[markdown]d\n");
        assertThat(qs)
                .extracting(q -> q.text().format())
                .containsExactly(TextFormat.MOODLE, TextFormat.HTML, TextFormat.PLAIN, TextFormat.MARKDOWN);
    }

    @Test
    void unknownTagStaysInTheText() {
        assertThat(one("[latex]x^2 {T}").text()).isEqualTo(m("[latex]x^2"));
    }

    @Test
    void shortAnswersDropTheirFormatTag() {
        ShortAnswer q = (ShortAnswer) one("x {=[html]abc}");
        assertThat(q.answers().get(0).text()).isEqualTo("abc");
    }

    @Test
    void generalFeedbackTakesTheQuestionsFormatUnlessTagged() {
        assertThat(one("[html]x {T####<b>gf</b>}").generalFeedback())
                .isEqualTo(FormattedText.of("<b>gf</b>", TextFormat.HTML));
        assertThat(one("[html]x {T####[markdown]**gf**}").generalFeedback())
                .isEqualTo(FormattedText.of("**gf**", TextFormat.MARKDOWN));
    }

    @Test
    void weightSyntaxWithBlanksIsText() {
        MultipleChoice q = (MultipleChoice) one("x {=yes ~% of them}");
        assertThat(q.choices().get(1)).isEqualTo(Choice.of("% of them", 0));
    }
}
