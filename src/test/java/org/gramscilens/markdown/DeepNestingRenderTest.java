package org.gramscilens.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.layout.HBox;
import org.gramscilens.markdown.syntax.MarkdownParser;
import org.gramscilens.markdown.syntax.NestingLimit;
import org.junit.jupiter.api.Test;

/** Issue 15 D2 in the reader: deep lists, quotes and emphasis render, style and lay out without overflowing. */
class DeepNestingRenderTest extends FxTestSupport {
    private final LessonRenderer renderer = new LessonRenderer(new MarkdownParser());

    @Test
    void deepListsQuotesAndEmphasisAreShownFlattenedBeyondTheLimit() throws Exception {
        for (String markdown : new String[] {DeepNestingTest.LIST, DeepNestingTest.QUOTE, DeepNestingTest.EMPHASIS}) {
            RenderedLesson lesson = fx(() -> renderer.render(markdown, new TestContext()));
            show(lesson.root(), 900);
            assertThat(lesson.plainText()).isNotBlank();
        }
        RenderedLesson rule = fx(() -> renderer.render("Text\n\n" + DeepNestingTest.RULE, new TestContext()));
        show(rule.root(), 900);
        assertThat(withClass(rule.root(), "md-rule")).hasSize(1);
        RenderedLesson quote = fx(() -> renderer.render(DeepNestingTest.QUOTE, new TestContext()));
        assertThat(withClass(quote.root(), "md-blockquote")).hasSize(NestingLimit.MAX_DEPTH);
        RenderedLesson list = fx(() -> renderer.render(DeepNestingTest.LIST, new TestContext()));
        assertThat(withClass(list.root(), "md-list-item")).hasSize(NestingLimit.MAX_DEPTH);
        assertThat(list.plainText()).contains("- - - deep item");
    }

    @Test
    void twentyLevelsOfNestedListLayOut() throws Exception {
        StringBuilder md = new StringBuilder();
        for (int level = 0; level < 20; level++) {
            md.append("  ".repeat(level)).append("- level ").append(level).append(" of the list\n");
        }
        RenderedLesson lesson = fx(() -> renderer.render(md.toString(), new TestContext()));
        show(lesson.root(), 900);
        assertThat(ofType(lesson.root(), HBox.class)).hasSize(20);
        assertThat(lesson.plainText()).contains("level 19 of the list");
    }
}
