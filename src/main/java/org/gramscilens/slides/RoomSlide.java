package org.gramscilens.slides;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;

/** What one slide for a room collects while its section is read (see {@link SlideSplitter}). */
final class RoomSlide {
    final List<String> heading = new ArrayList<>();
    final List<String> block = new ArrayList<>();
    final Body body = new Body();
    final List<String> notes = new ArrayList<>();
    final List<SlideSplitter.Line> directives = new ArrayList<>();

    /** Lists, quotes, tables, code and paragraphs that hold only images: what a slide can show as is. */
    static boolean projects(Node topLevel) {
        if (topLevel instanceof Paragraph p) {
            boolean image = false;
            for (Node c = p.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof com.vladsch.flexmark.ast.Image || c instanceof com.vladsch.flexmark.ast.ImageRef) {
                    image = true;
                } else if (!(c instanceof com.vladsch.flexmark.ast.SoftLineBreak)
                        && !c.getChars().isBlank()) {
                    return false;
                }
            }
            return image;
        }
        return topLevel instanceof com.vladsch.flexmark.ast.ListBlock
                || topLevel instanceof com.vladsch.flexmark.ast.BlockQuote
                || topLevel instanceof com.vladsch.flexmark.ext.tables.TableBlock
                || topLevel instanceof com.vladsch.flexmark.ast.FencedCodeBlock
                || topLevel instanceof com.vladsch.flexmark.ast.IndentedCodeBlock;
    }

    SlideSplitter.Draft draft(
            String title, List<SlideSplitter.Line> directives, SlideSplitter.Source src, SlideSplitter.Segment seg) {
        List<String> shown = new ArrayList<>(heading);
        List<String> said = new ArrayList<>();
        if (!block.isEmpty()) {
            addParagraph(shown, block);
            addParagraph(said, notes);
            addParagraph(said, body.all);
        } else {
            addParagraph(shown, body.projected);
            addParagraph(said, notes);
            addParagraph(said, body.prose);
        }
        String markdown = SlideSplitter.Source.join(shown);
        if (!markdown.isEmpty()) {
            markdown = src.withLinkDefinitions(markdown, seg);
        }
        String notesText = SlideSplitter.Source.join(said);
        if (!notesText.isEmpty() && !body.all.isEmpty()) {
            notesText = src.withLinkDefinitions(notesText, seg);
        }
        return new SlideSplitter.Draft(title, markdown, notesText, directives);
    }

    private static void addParagraph(List<String> to, List<String> lines) {
        String text = SlideSplitter.Source.join(lines);
        if (text.isEmpty()) {
            return;
        }
        while (!to.isEmpty() && to.get(to.size() - 1).isBlank()) {
            to.remove(to.size() - 1);
        }
        if (!to.isEmpty()) {
            to.add("");
        }
        to.add(text);
    }

    /** A section's text by top-level node, with a blank line between nodes, split into projected and prose. */
    static final class Body {
        final List<String> all = new ArrayList<>();
        final List<String> projected = new ArrayList<>();
        final List<String> prose = new ArrayList<>();
        private int lastAll = -1;
        private int lastProjected = -1;
        private int lastProse = -1;

        void add(int node, String line, boolean shows) {
            lastAll = append(all, lastAll, node, line);
            if (shows) {
                lastProjected = append(projected, lastProjected, node, line);
            } else {
                lastProse = append(prose, lastProse, node, line);
            }
        }

        private static int append(List<String> to, int last, int node, String line) {
            if (last >= 0 && last != node) {
                to.add("");
            }
            to.add(line);
            return node;
        }
    }
}
