package org.gramscilens.markdown.syntax;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Arrays;

/**
 * The 0-based line of an offset in a parsed text, found by binary search. flexmark's
 * {@code Document.getLineNumber} (behind {@code Node.getStartLineNumber}) counts line ends from the
 * start of the text on every call, so asking it for every heading of a 2 MB lesson with 1,800 sections
 * took minutes in {@code validate}; this index counts them once. It counts as flexmark does: {@code \n},
 * {@code \r\n} and a lone {@code \r} each end a line.
 */
public final class LineIndex {
    /** The offset just after each line end, ascending. */
    private final int[] lineEnds;

    private final int count;

    private LineIndex(CharSequence text) {
        int[] ends = new int[16];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (n == ends.length) {
                    ends = Arrays.copyOf(ends, n * 2);
                }
                ends[n++] = i + 1;
            }
        }
        this.lineEnds = ends;
        this.count = n;
    }

    public static LineIndex of(CharSequence text) {
        return new LineIndex(text);
    }

    /** The index of a parsed document's own text (the offsets its nodes carry). */
    public static LineIndex of(Document document) {
        return new LineIndex(document.getChars());
    }

    /** The 0-based line holding {@code offset}: how many line ends lie at or before it. */
    public int line(int offset) {
        int low = 0;
        int high = count;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (lineEnds[mid] <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The 0-based line where a node starts. */
    public int firstLine(Node node) {
        return line(node.getStartOffset());
    }

    /** The 0-based line holding a node's last character. */
    public int lastLine(Node node) {
        return line(Math.max(node.getStartOffset(), node.getEndOffset() - 1));
    }
}
