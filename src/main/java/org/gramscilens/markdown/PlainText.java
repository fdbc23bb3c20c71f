package org.gramscilens.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;

/** The text a reader sees in inline Markdown (link labels, alt text), without markup. */
final class PlainText {
    private PlainText() {
    }

    static String of(Node parent) {
        StringBuilder b = new StringBuilder();
        collect(parent, b);
        return b.toString().strip();
    }

    private static void collect(Node parent, StringBuilder b) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text) {
                b.append(node.getChars().unescape());
            } else if (node instanceof Code code) {
                b.append(code.getText());
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                b.append(' ');
            } else if (node instanceof CitationNode citation) {
                b.append('[').append(citation.content()).append(']');
            } else if (node.hasChildren()) {
                collect(node, b);
            } else {
                b.append(node.getChars().unescape());
            }
        }
    }
}
