package org.gramscilens.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.gramscilens.markdown.syntax.MarkdownParser;
import org.gramscilens.quiz.FormattedText;
import org.gramscilens.quiz.TextFormat;
import org.junit.jupiter.api.Test;

class DisplayTextTest {

    @Test
    void markdownLosesItsMarkupAndCitationsBecomeAuthorDateInEveryFormat() throws Exception {
        DisplayText text = new DisplayText(Bundled.course(), new MarkdownParser());
        assertThat(text.of("In Gramsci's writing, *common sense* means [@gramsci1971].", TextFormat.MARKDOWN))
                .isEqualTo("In Gramsci's writing, common sense means (Gramsci 1971).");
        assertThat(text.of(
                        FormattedText.moodle("See \"Clinicians as cadres\" [@therborn1980, pp. 58-59; @nobody2000].")))
                .isEqualTo("See \"Clinicians as cadres\" (Therborn 1980, pp. 58-59; nobody2000).");
        assertThat(text.of("A [bracket] stays", TextFormat.PLAIN)).isEqualTo("A [bracket] stays");
        assertThat(text.of("<p>One &amp; <b>two</b></p><p>three</p>", TextFormat.HTML))
                .isEqualTo("One & two\nthree");
        assertThat(text.of("<p>Gramsci&rsquo;s caf&eacute;&#8217;s &#x2014; &lt;b&gt;&nbsp;x</p>", TextFormat.HTML))
                .isEqualTo("Gramsci\u2019s caf\u00e9\u2019s \u2014 <b> x");
    }

    @Test
    void everyBundledQuestionTextReadsWithoutMarkup() throws Exception {
        DisplayText text = new DisplayText(Bundled.course(), new MarkdownParser());
        for (CourseQuestion q : Bundled.questions().all()) {
            assertThat(text.of(q.question().text()))
                    .as(q.id())
                    .isNotBlank()
                    .doesNotContain("[@")
                    .doesNotContain("*");
            assertThat(text.of(q.question().generalFeedback())).as(q.id()).doesNotContain("[@");
        }
    }

    @Test
    void runsKeepMarkdownItalicsBoldAndCodeAndReadAsThePlainText() throws Exception {
        DisplayText text = new DisplayText(Bundled.course(), new MarkdownParser());
        FormattedText q = new FormattedText(
                "True or false? *Common sense* is **not** `good sense` [@gramsci1971].", TextFormat.MARKDOWN);
        var runs = text.runs(q);
        assertThat(runs)
                .containsExactly(
                        new DisplayText.Run("True or false? ", false, false, false),
                        new DisplayText.Run("Common sense", true, false, false),
                        new DisplayText.Run(" is ", false, false, false),
                        new DisplayText.Run("not", false, true, false),
                        new DisplayText.Run(" ", false, false, false),
                        new DisplayText.Run("good sense", false, false, true),
                        new DisplayText.Run(" (Gramsci 1971).", false, false, false));
        assertThat(runs.stream().map(DisplayText.Run::text).reduce("", String::concat))
                .isEqualTo(text.of(q));
        assertThat(text.runs(FormattedText.moodle("*not* emphasis")))
                .containsExactly(new DisplayText.Run("*not* emphasis", false, false, false));
    }
}
