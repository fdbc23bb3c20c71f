package org.gramscilens.slides;

import static org.assertj.core.api.Assertions.assertThat;

import org.gramscilens.markdown.syntax.MarkdownParser;
import org.gramscilens.markdown.syntax.SlideSyntax;
import org.junit.jupiter.api.Test;

/** What a slide projects stays on the slide: the reader, handouts and search leave slide blocks out. */
class SlideBlocksOutsideSlidesTest {
    private final MarkdownParser parser = new MarkdownParser();

    private static final String LESSON = """
            ## Hegemony

            Leadership by consent.

            ::: slide
            - Consent first
            :::

            ```
            ::: slide
            code stays
            :::
            ```
            """;

    @Test
    void readingAndHandoutsLeaveSlideBlocksOutButKeepThemInCode() {
        String text = DirectiveLines.withoutDirectives(LESSON, parser.parse(LESSON));

        assertThat(text)
                .contains("Leadership by consent.")
                .doesNotContain("Consent first")
                .contains("```\n::: slide\ncode stays\n:::\n```");
    }

    @Test
    void searchBlanksSlideBlocksAndKeepsLineNumbers() {
        String text = SlideSyntax.withoutSlideBlocks(LESSON, parser);

        assertThat(text).doesNotContain("Consent first").contains("code stays");
        assertThat(text.lines().count()).isEqualTo(LESSON.lines().count());
    }

    @Test
    void anUnclosedBlockRunsToTheEnd() {
        String body = "Text.\n\n::: slide\n- a\n- b\n";

        assertThat(DirectiveLines.withoutDirectives(body, parser.parse(body)).strip())
                .isEqualTo("Text.");
    }
}
