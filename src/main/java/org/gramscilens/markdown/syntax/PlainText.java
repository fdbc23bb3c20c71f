package org.gramscilens.markdown.syntax;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import java.util.function.Function;

/** The text a reader sees in Markdown (link labels, alt text, whole blocks for search), without markup. */
public final class PlainText {
    private PlainText() {}

    /** Inline text; citations are kept as written, {@code [@key]}. */
    public static String of(Node parent) {
        return of(parent, c -> "[" + c.content() + "]");
    }

    /** Text with each citation replaced by {@code citationText}; nested blocks end with a line break. */
    public static String of(Node parent, Function<CitationNode, String> citationText) {
        StringBuilder b = new StringBuilder();
        collect(parent, b, citationText);
        return b.toString().strip();
    }

    private static void collect(Node parent, StringBuilder b, Function<CitationNode, String> citationText) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text) {
                b.append(node.getChars().unescape());
            } else if (node instanceof Code code) {
                b.append(code.getText());
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                b.append(' ');
            } else if (node instanceof CitationNode citation) {
                b.append(citationText.apply(citation));
            } else if (node.hasChildren()) {
                collect(node, b, citationText);
                if (node instanceof Block) {
                    b.append('\n');
                }
            } else {
                b.append(node.getChars().unescape());
            }
        }
    }
}
