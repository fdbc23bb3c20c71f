package org.gramscilens.markdown.syntax;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.BitSet;
import java.util.Optional;

/**
 * The seminar additions to lesson Markdown, read from the parsed tree, so the slides and the handouts agree
 * on what is a slide break, where speaker notes start and which lines are directives.
 */
public final class SlideSyntax {
    /** Starts speaker notes at the start of a line of a top-level paragraph. */
    public static final String NOTES_MARK = "Note:";

    private SlideSyntax() {}

    /** A top-level {@code ---} thematic break: a slide break. Other rules ({@code ***}) stay on the slide. */
    public static boolean isSeparator(Node topLevel) {
        return topLevel instanceof ThematicBreak
                && topLevel.getChars().toString().strip().equals("---");
    }

    /** Whether the lesson has slide breaks; without them it is cut at {@link #isCut headings}. */
    public static boolean hasSeparators(Document doc) {
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (isSeparator(n)) {
                return true;
            }
        }
        return false;
    }

    /** A top-level {@code #} or {@code ##} heading: where a lesson without slide breaks is cut. */
    public static boolean isCut(Node topLevel) {
        return topLevel instanceof Heading h && h.getLevel() <= 2;
    }

    /** The text node that starts speaker notes in a top-level paragraph: a line beginning {@code Note:}. */
    public static Optional<Text> notesStart(Paragraph paragraph) {
        for (Node node = paragraph.getFirstChild(); node != null; node = node.getNext()) {
            Node previous = node.getPrevious();
            boolean lineStart =
                    previous == null || previous instanceof SoftLineBreak || previous instanceof HardLineBreak;
            if (lineStart
                    && node instanceof Text text
                    && text.getChars().toString().startsWith(NOTES_MARK)) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    /** Opens a block of what a slide shows ({@code ::: slide}); a line {@code :::} closes it. */
    public static final String SLIDE_BLOCK_OPEN = "::: slide";
    /** Closes a slide block. */
    public static final String SLIDE_BLOCK_CLOSE = ":::";

    /**
     * The 0-based lines of {@code ::: slide} blocks, fences included: what a slide projects, which the reader
     * and handouts leave out. A block opens at a line {@code ::: slide} outside code and HTML blocks (at the
     * start of the line, so not inside a list or quote) and runs to the next line {@code :::}, or to the end
     * of the lesson when it is never closed.
     *
     * @param verbatim the lines of code and HTML blocks ({@link #verbatimLines})
     */
    public static BitSet slideBlockLines(String[] lines, BitSet verbatim) {
        BitSet block = new BitSet();
        int open = -1;
        for (int i = 0; i < lines.length; i++) {
            if (verbatim.get(i) && open < 0) {
                continue;
            }
            String line = lines[i].stripTrailing();
            if (open < 0 && isSlideBlockOpen(line)) {
                open = i;
            } else if (open >= 0 && line.equals(SLIDE_BLOCK_CLOSE)) {
                block.set(open, i + 1);
                open = -1;
            }
        }
        if (open >= 0) {
            block.set(open, lines.length);
        }
        return block;
    }

    /**
     * The Markdown with its {@code ::: slide} blocks blanked out (their lines left empty, so line numbers
     * still hold): the text a reader reads, for search. Parses only when a line starts with {@code :::}.
     */
    public static String withoutSlideBlocks(String markdown, MarkdownParser parser) {
        if (!markdown.startsWith(":::") && !markdown.contains("\n:::")) {
            return markdown;
        }
        String[] lines = markdown.split("\n", -1);
        BitSet blocks = slideBlockLines(lines, verbatimLines(parser.parse(markdown)));
        for (int i = blocks.nextSetBit(0); i >= 0; i = blocks.nextSetBit(i + 1)) {
            lines[i] = "";
        }
        return String.join("\n", lines);
    }

    /** Whether a line opens a slide block: {@code ::: slide}, any spacing after the colons, any case. */
    public static boolean isSlideBlockOpen(String line) {
        String l = line.strip();
        return line.startsWith(":::")
                && l.length() > 3
                && l.substring(3).strip().equalsIgnoreCase("slide");
    }

    /** Whether a line of a slide block is one of its fences, not its text. */
    public static boolean isSlideBlockFence(String line) {
        return isSlideBlockOpen(line) || line.stripTrailing().equals(SLIDE_BLOCK_CLOSE);
    }

    /** The 0-based lines of code and HTML blocks: nothing in them is a note or a directive. */
    public static BitSet verbatimLines(Document doc) {
        BitSet verbatim = new BitSet();
        LineIndex lines = null;
        for (Node n : doc.getDescendants()) {
            if (n instanceof FencedCodeBlock
                    || n instanceof IndentedCodeBlock
                    || n instanceof HtmlBlock
                    || n instanceof HtmlCommentBlock) {
                lines = lines == null ? LineIndex.of(doc) : lines;
                verbatim.set(lines.firstLine(n), lines.lastLine(n) + 1);
            }
        }
        return verbatim;
    }
}
