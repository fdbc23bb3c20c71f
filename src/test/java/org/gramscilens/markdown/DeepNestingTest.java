package org.gramscilens.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.gramscilens.TestCourses;
import org.gramscilens.markdown.syntax.MarkdownParser;
import org.gramscilens.markdown.syntax.NestingLimit;
import org.gramscilens.markdown.syntax.PlainText;
import org.junit.jupiter.api.Test;

/** Issue 15 D2: nesting deep enough to overflow flexmark's recursion is cut at a limit, not a crash. */
class DeepNestingTest {
    static final String LIST = "- ".repeat(2_000) + "deep item\n";
    static final String QUOTE = "> ".repeat(5_000) + "deep quote\n";
    static final String EMPHASIS = "*a ".repeat(20_000) + "\n";
    static final String RULE = "_ ".repeat(2_000) + "\n";

    private final MarkdownParser parser = new MarkdownParser();

    private static int depth(Node node) {
        int deepest = 0;
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            deepest = Math.max(deepest, depth(child));
        }
        return deepest + 1;
    }

    @Test
    void aLineOfTwoThousandListMarkersParsesToTheLimitWithItsTextKept() {
        Document doc = parser.parse("# Deep\n\n" + LIST);
        // document, then a list and an item per level, then the paragraph and its text
        assertThat(depth(doc)).isLessThanOrEqualTo(2 * NestingLimit.MAX_DEPTH + 3);
        assertThat(PlainText.of(doc)).contains("deep item");
    }

    @Test
    void fiveThousandQuoteMarkersParseToTheLimit() {
        Document doc = parser.parse(QUOTE);
        assertThat(depth(doc)).isLessThanOrEqualTo(NestingLimit.MAX_DEPTH + 3);
        assertThat(PlainText.of(doc)).contains("deep quote");
    }

    @Test
    void unclosedEmphasisAndAVeryLongRuleParse() {
        assertThat(PlainText.of(parser.parse(EMPHASIS))).contains("*a *a");
        NestingLimit.Result rule = NestingLimit.apply("Text\n\n" + RULE);
        assertThat(rule.text()).isEqualTo("Text\n\n___\n");
        assertThat(rule.cutLines()).containsExactly(2);
        parser.parse(RULE);
    }

    @Test
    void theCutIsAnEscapedMarkerOnTheSameLineSoLineNumbersStay() {
        String deep = "intro\n\n" + "> ".repeat(40) + "x\n" + "1. ".repeat(40) + "y\nend";
        NestingLimit.Result result = NestingLimit.apply(deep);
        assertThat(result.cutLines()).containsExactly(2, 3);
        assertThat(result.text().lines().count()).isEqualTo(deep.lines().count());
        assertThat(result.text().lines().toList().get(2))
                .isEqualTo("> ".repeat(NestingLimit.MAX_DEPTH) + "\\> ".repeat(1) + "> ".repeat(7) + "x");
        assertThat(result.text().lines().toList().get(3)).startsWith("1. ".repeat(NestingLimit.MAX_DEPTH) + "1\\. 1. ");
    }

    @Test
    void nestingByIndentationCountsTheItemsItContinues() {
        StringBuilder md = new StringBuilder();
        for (int level = 0; level < 40; level++) {
            md.append("  ".repeat(level)).append("- level ").append(level).append('\n');
        }
        NestingLimit.Result result = NestingLimit.apply(md.toString());
        assertThat(result.cutLines()).containsExactly(32, 33, 34, 35, 36, 37, 38, 39);
        assertThat(depth(parser.parse(md.toString()))).isLessThanOrEqualTo(2 * NestingLimit.MAX_DEPTH + 3);
        // back at the top level, a list starts afresh and is not cut
        assertThat(NestingLimit.apply(md + "\n- top again\n").cutLines()).hasSize(8);
    }

    @Test
    void markersInsideAFencedCodeBlockAreLeftAlone() {
        String code = "```\n" + "- ".repeat(50) + "\n```\n";
        assertThat(NestingLimit.apply(code).text()).isEqualTo(code);
    }

    @Test
    void everyBundledLessonIsLeftExactlyAsWritten() throws IOException {
        try (Stream<Path> files = Files.walk(TestCourses.bundled())) {
            for (Path lesson : files.filter(p -> p.getFileName().toString().equals("lesson.md"))
                    .toList()) {
                String text = Files.readString(lesson);
                NestingLimit.Result result = NestingLimit.apply(text);
                assertThat(result.cutLines()).as(lesson.toString()).isEmpty();
                assertThat(result.text()).isSameAs(text);
            }
        }
    }
}
