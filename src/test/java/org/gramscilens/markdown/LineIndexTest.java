package org.gramscilens.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import org.gramscilens.markdown.syntax.LineIndex;
import org.gramscilens.markdown.syntax.MarkdownParser;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 D12: validate of a 2 MB lesson with 1,800 sections took over 5 minutes because every line
 * lookup counted line ends from the top (flexmark's {@code Document.getLineNumber}). {@link LineIndex}
 * answers by binary search and must agree with flexmark on every node and every kind of line end.
 */
class LineIndexTest {
    @Test
    void agreesWithFlexmarkOnEveryNodeWhateverTheLineEnds() {
        String text =
                "# One\r\n\r\nPara *em*\rnext line\n\n- a\n- b\r\n\n> quote [link](x)\n\n```\ncode\n```\n## Two\n";
        Document doc = new MarkdownParser().parse(text);
        LineIndex index = LineIndex.of(doc);
        int checked = 0;
        for (Node node : doc.getDescendants()) {
            assertThat(index.firstLine(node)).as(node.toString()).isEqualTo(doc.getLineNumber(node.getStartOffset()));
            assertThat(index.lastLine(node))
                    .as(node.toString())
                    .isEqualTo(doc.getLineNumber(Math.max(node.getStartOffset(), node.getEndOffset() - 1)));
            checked++;
        }
        assertThat(checked).isGreaterThan(15);
        assertThat(index.line(text.length())).isEqualTo(doc.getLineNumber(text.length()));
    }

    @Test
    void offsetsBeforeAndAfterEachLineEnd() {
        LineIndex index = LineIndex.of("ab\ncd\r\nef\rg");
        assertThat(index.line(0)).isZero();
        assertThat(index.line(2)).isZero(); // the \n itself belongs to its line
        assertThat(index.line(3)).isEqualTo(1);
        assertThat(index.line(5)).isEqualTo(1); // \r of \r\n
        assertThat(index.line(6)).isEqualTo(1); // \n of \r\n
        assertThat(index.line(7)).isEqualTo(2);
        assertThat(index.line(10)).isEqualTo(3);
    }
}
