package org.gramscilens.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.VBox;
import org.gramscilens.markdown.syntax.MarkdownParser;
import org.gramscilens.markdown.syntax.SlideSyntax;

/** Renders block-level Markdown (paragraphs, headings, quotes, code ...) into JavaFX nodes. */
final class BlockRenderer {
    private static final String NOTES_MARK = "Note:";

    private final RenderState state;
    private final ListRenderer lists;
    private final TableRenderer tables;

    BlockRenderer(RenderState state) {
        this.state = state;
        this.lists = new ListRenderer(state, this);
        this.tables = new TableRenderer(state);
    }

    /**
     * The top level of a lesson. A paragraph starting with {@code Note:} (or a line of a paragraph
     * starting so) begins speaker notes, which run to the end of the slide, as seminar mode cuts slides
     * ({@link SlideSyntax}): the next {@code ---}, or, in a lesson without {@code ---}, the next
     * first- or second-level heading. They are left out unless the context shows them.
     */
    void renderDocument(Document document, List<javafx.scene.Node> out) {
        List<javafx.scene.Node> target = out;
        boolean inNotes = false;
        boolean separators = SlideSyntax.hasSeparators(document);
        for (Node child = document.getFirstChild(); child != null; child = child.getNext()) {
            boolean slideEnds = separators ? SlideSyntax.isSeparator(child) : SlideSyntax.isCut(child);
            if (inNotes && slideEnds) {
                inNotes = false;
                target = out;
            }
            if (!inNotes && child instanceof Paragraph paragraph && notesStart(paragraph) != null) {
                Text start = notesStart(paragraph);
                if (start != paragraph.getFirstChild()) {
                    paragraph(
                            paragraph, paragraph.getFirstChild(), start.getPrevious(), InlineRenderer.Mode.PROSE, out);
                }
                inNotes = true;
                if (state.context.showSpeakerNotes()) {
                    target = speakerNotes(out);
                    paragraph(paragraph, start, null, InlineRenderer.Mode.PROSE, target);
                }
                continue;
            }
            if (!inNotes || state.context.showSpeakerNotes()) {
                block(child, target, InlineRenderer.Mode.PROSE);
            }
        }
    }

    /** The text node where speaker notes start in this paragraph, or null. */
    private static Text notesStart(Paragraph paragraph) {
        return SlideSyntax.notesStart(paragraph).orElse(null);
    }

    private List<javafx.scene.Node> speakerNotes(List<javafx.scene.Node> out) {
        Label label = new Label(Messages.get("speaker.notes"));
        label.getStyleClass().add("md-speaker-notes-label");
        VBox notes = new VBox(label);
        notes.getStyleClass().add("md-speaker-notes");
        out.add(notes);
        return notes.getChildren();
    }

    /** Renders the children of a container block (quote, list item, footnote). */
    void children(Node parent, List<javafx.scene.Node> out, InlineRenderer.Mode mode) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            block(child, out, mode);
        }
    }

    void block(Node node, List<javafx.scene.Node> out, InlineRenderer.Mode mode) {
        if (node instanceof Heading heading) {
            out.add(heading(heading));
        } else if (node instanceof Paragraph paragraph) {
            paragraph(paragraph, paragraph.getFirstChild(), null, mode, out);
        } else if (node instanceof BlockQuote) {
            VBox quote = new MeasuredBoxes.Column();
            quote.getStyleClass().add("md-blockquote");
            children(node, quote.getChildren(), mode);
            out.add(quote);
        } else if (node instanceof ListBlock list) {
            out.add(lists.list(list, mode));
        } else if (node instanceof FencedCodeBlock code) {
            out.add(code(code.getContentChars().toString()));
        } else if (node instanceof IndentedCodeBlock code) {
            out.add(code(code.getContentChars().toString()));
        } else if (node instanceof TableBlock table) {
            out.add(tables.table(table));
        } else if (node instanceof ThematicBreak) {
            Separator rule = new Separator();
            rule.getStyleClass().add("md-rule");
            out.add(rule);
        } else if (node instanceof HtmlBlock || node instanceof HtmlCommentBlock) {
            TextBlock html = state.newBlock("lesson-paragraph", "md-html-block");
            // The content lines, without the "> " or list indent of the containers it sits in.
            html.getChildren()
                    .add(plain(
                            ((com.vladsch.flexmark.util.ast.ContentNode) node)
                                    .getContentChars()
                                    .toString()
                                    .stripTrailing(),
                            "md-html"));
            state.register(html);
            out.add(html);
        } else if (node instanceof FootnoteBlock || node instanceof Reference) {
            return; // footnotes are listed at the end; link definitions show nothing
        } else if (node.hasChildren()) {
            children(node, out, mode);
        }
    }

    private TextBlock heading(Heading heading) {
        int level = Math.max(1, Math.min(6, heading.getLevel()));
        state.newSection();
        List<javafx.scene.Node> nodes = new InlineRenderer(
                        state,
                        InlineRenderer.Mode.PLAIN,
                        () -> state.newBlock("lesson-heading", "lesson-heading-" + level))
                .render(heading.getFirstChild(), null);
        TextBlock block;
        if (nodes.isEmpty()) {
            block = state.newBlock("lesson-heading", "lesson-heading-" + level);
            state.register(block);
        } else {
            block = (TextBlock) nodes.get(0);
        }
        String id = state.headingIds.getOrDefault(heading, MarkdownParser.headingId(block.plainText()));
        // Prefixed so that a heading called "Outline" or "Reader" cannot take a node id the shell uses.
        block.setId("heading-" + id);
        block.setAccessibleHelp(Messages.get("a11y.heading", level));
        state.anchors.putIfAbsent(id, block);
        return block;
    }

    /**
     * A paragraph, or the part of one from {@code first} to {@code stop}. It is one text block, or
     * several with images between them, in a box styled {@code lesson-paragraph}.
     */
    void paragraph(Paragraph paragraph, Node first, Node stop, InlineRenderer.Mode mode, List<javafx.scene.Node> out) {
        if (first == paragraph.getFirstChild()
                && stop == null
                && mode == InlineRenderer.Mode.PROSE
                && first != null
                && first.getNext() == null
                && (first instanceof Image || first instanceof ImageRef)) {
            List<javafx.scene.Node> image =
                    new InlineRenderer(state, mode, () -> state.newBlock("lesson-paragraph")).render(first, null);
            image.forEach(node -> node.getStyleClass().add("md-image-block"));
            out.addAll(image);
            return;
        }
        List<javafx.scene.Node> nodes =
                new InlineRenderer(state, mode, () -> state.newBlock("lesson-paragraph")).render(first, stop);
        if (nodes.size() <= 1) {
            out.addAll(nodes);
        } else {
            VBox box = new VBox();
            box.getStyleClass().add("lesson-paragraph-group");
            box.getChildren().setAll(nodes);
            out.add(box);
        }
    }

    /** A code block: monospace, never wrapped, scrolled sideways when long. */
    private CodeBlockPane code(String code) {
        TextBlock block = state.newBlock("md-code-block-text");
        block.getChildren().add(plain(code.endsWith("\n") ? code.substring(0, code.length() - 1) : code, "md-code"));
        state.register(block);
        return new CodeBlockPane(block);
    }

    static javafx.scene.text.Text plain(String text, String styleClass) {
        javafx.scene.text.Text node = new javafx.scene.text.Text(text);
        node.getStyleClass().addAll("md-text", styleClass);
        return node;
    }
}
