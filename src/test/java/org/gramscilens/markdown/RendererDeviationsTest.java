package org.gramscilens.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import org.gramscilens.markdown.syntax.MarkdownParser;
import org.junit.jupiter.api.Test;

/** Places where the native renderer differed from what CommonMark/GFM show (issue 10). */
class RendererDeviationsTest extends FxTestSupport {
    private final LessonRenderer renderer = new LessonRenderer(new MarkdownParser());
    private final TestContext context = new TestContext();

    private RenderedLesson render(String markdown) throws Exception {
        return fx(() -> renderer.render(markdown, context));
    }

    @Test
    void undefinedReferenceBracketsShowTheirContentRendered() throws Exception {
        assertThat(render("[foo *bar*]").plainText().strip()).isEqualTo("[foo bar]");
        assertThat(render("[a &amp; b]").plainText().strip()).isEqualTo("[a & b]");
        assertThat(render("![not *here*]").plainText().strip()).isEqualTo("![not here]");
    }

    @Test
    void htmlBlocksInsideQuotesAndListsLoseTheirContainerSyntax() throws Exception {
        String text = render("> <div>\n> foo\n> </div>\n").plainText();
        assertThat(text)
                .contains("<div>")
                .contains("foo")
                .doesNotContain("> foo")
                .doesNotContain("> </div>");
        assertThat(render("- <div>\n  bar\n  </div>\n").plainText()).doesNotContain("  bar");
    }

    @Test
    void wwwAndEmailAutolinksCanBeFollowedAsWritten() throws Exception {
        RenderedLesson www = render("Visit www.commonmark.org/help now.");
        ActionText link = (ActionText) withClass(www.root(), "md-link").get(0);
        assertThat(link.getText()).isEqualTo("www.commonmark.org/help");
        fxRun(link::fire);
        assertThat(context.links.calls).last().asString().contains("http://www.commonmark.org/help");

        RenderedLesson mail = render("Write to <foo@bar.example.com>.");
        ActionText mailLink = (ActionText) withClass(mail.root(), "md-link").get(0);
        assertThat(mailLink.getText()).isEqualTo("foo@bar.example.com").doesNotContain("\\");
        fxRun(mailLink::fire);
        assertThat(context.links.calls).last().asString().contains("mailto:foo@bar.example.com");
    }

    @Test
    void anEmptyLinkShowsNothingAndAnImageInsideALinkIsShown() throws Exception {
        assertThat(render("a [](./target.md) b").plainText()).doesNotContain("target");
        RenderedLesson lesson = render("[![moon](moon.jpg)](https://example.org/uri)");
        List<Node> images = withClass(lesson.root(), "md-image-link");
        assertThat(images).hasSize(1);
    }
}
