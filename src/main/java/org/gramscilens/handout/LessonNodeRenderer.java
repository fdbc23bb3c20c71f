package org.gramscilens.handout;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Optional;
import java.util.Set;
import org.gramscilens.course.GlossaryMatcher;
import org.gramscilens.course.GlossaryTerm;
import org.gramscilens.markdown.syntax.SlideSyntax;

/**
 * The block-level and text parts of a lesson as handout HTML: speaker notes (left out or boxed), heading
 * anchors, glossary marks, task items and footnotes. Links, images and citations are {@link LinkNodeRenderer}'s.
 */
final class LessonNodeRenderer implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(Document.class, this::document),
                new NodeRenderingHandler<>(Heading.class, this::heading),
                new NodeRenderingHandler<>(
                        Text.class,
                        (node, ctx, html) -> text(node, node.getChars().unescape(), ctx, html)),
                new NodeRenderingHandler<>(TaskListItem.class, this::taskItem),
                new NodeRenderingHandler<>(Footnote.class, this::footnote),
                new NodeRenderingHandler<>(FootnoteBlock.class, (node, ctx, html) -> {}));
    }

    /**
     * Speaker notes follow the slides' rule: from a {@code Note:} line to the end of the slide, that is the
     * next {@code ---} or, in a lesson without any, the next {@code #}/{@code ##} heading.
     */
    private void document(Document doc, NodeRendererContext ctx, HtmlWriter html) {
        LessonScope scope = LessonScope.of(doc);
        boolean show = scope.handout.speakerNotes;
        boolean inNotes = false;
        for (Node child = doc.getFirstChild(); child != null; child = child.getNext()) {
            boolean slideEnds = SlideSyntax.isSeparator(child) || !scope.hasSeparators && SlideSyntax.isCut(child);
            if (inNotes && slideEnds) {
                inNotes = false;
                if (show) {
                    html.tag("/aside").line();
                }
            }
            Optional<Text> notes =
                    !inNotes && child instanceof Paragraph p ? SlideSyntax.notesStart(p) : Optional.empty();
            if (notes.isPresent()) {
                Text start = notes.get();
                if (start != child.getFirstChild()) {
                    html.tag("p");
                    inline(child.getFirstChild(), start, ctx);
                    html.tag("/p").line();
                }
                inNotes = true;
                if (show) {
                    html.attr("class", "speaker-notes").withAttr().tag("aside");
                    html.attr("class", "speaker-notes-label").withAttr().tag("p");
                    html.text(HandoutText.get("handout.notes"));
                    html.tag("/p").line();
                    html.tag("p");
                    text(
                            start,
                            start.getChars()
                                    .unescape()
                                    .substring(SlideSyntax.NOTES_MARK.length())
                                    .stripLeading(),
                            ctx,
                            html);
                    inline(start.getNext(), null, ctx);
                    html.tag("/p").line();
                }
            } else if (!inNotes || show) {
                ctx.render(child);
            }
        }
        if (inNotes && show) {
            html.tag("/aside").line();
        }
        footnotes(scope, ctx, html);
    }

    /** Renders inline nodes from {@code from} up to (not including) {@code to}, less a line break just before it. */
    private static void inline(Node from, Node to, NodeRendererContext ctx) {
        for (Node n = from; n != null && n != to; n = n.getNext()) {
            boolean lastBreak =
                    n.getNext() == to && to != null && (n instanceof SoftLineBreak || n instanceof HardLineBreak);
            if (!lastBreak) {
                ctx.render(n);
            }
        }
    }

    private void heading(Heading node, NodeRendererContext ctx, HtmlWriter html) {
        LessonScope scope = LessonScope.of(ctx.getDocument());
        scope.newSection();
        html.attr("id", scope.anchor(node)).withAttr().tag("h" + node.getLevel());
        ctx.renderChildren(node);
        html.tag("/h" + node.getLevel()).line();
    }

    /** Text, with the first use of each glossary term in a section marked: a link to its entry, titled with the definition. */
    static void text(Node at, String text, NodeRendererContext ctx, HtmlWriter html) {
        LessonScope scope = LessonScope.of(ctx.getDocument());
        if (scope == null || !markable(at)) {
            html.text(text);
            return;
        }
        int pos = 0;
        for (GlossaryMatcher.Match m : scope.handout.glossary.find(text)) {
            GlossaryTerm term = m.term();
            if (!scope.firstInSection(term.id())) {
                continue;
            }
            scope.handout.useTerm(term.id());
            html.text(text.substring(pos, m.start()));
            html.attr("href", "#" + HandoutScope.termAnchor(term.id()))
                    .attr("class", "term")
                    .attr(
                            "title",
                            term.term() + ": "
                                    + (term.definition() == null
                                            ? ""
                                            : term.definition().strip()))
                    .withAttr()
                    .tag("a");
            html.text(text.substring(m.start(), m.end()));
            html.tag("/a");
            pos = m.end();
        }
        html.text(text.substring(pos));
    }

    /** Terms are marked in running text, not in headings, table cells, links, images or footnotes (as on screen). */
    private static boolean markable(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof Heading
                    || n instanceof TableCell
                    || n instanceof Link
                    || n instanceof LinkRef
                    || n instanceof AutoLink
                    || n instanceof MailLink
                    || n instanceof Image
                    || n instanceof ImageRef
                    || n instanceof FootnoteBlock) {
                return false;
            }
        }
        return true;
    }

    private void taskItem(TaskListItem node, NodeRendererContext ctx, HtmlWriter html) {
        html.attr("class", "task-item").withAttr().tag("li");
        html.attr("class", "task-box").withAttr().tag("span");
        html.text(node.isItemDoneMarker() ? "\u2611" : "\u2610");
        html.tag("/span");
        html.text(" ");
        ctx.renderChildren(node);
        html.tag("/li").line();
    }

    private void footnote(Footnote node, NodeRendererContext ctx, HtmlWriter html) {
        FootnoteBlock block = node.getFootnoteBlock();
        if (block == null) {
            html.text(node.getChars().unescape());
            return;
        }
        LessonScope scope = LessonScope.of(ctx.getDocument());
        int n = scope.footnoteNumber(block);
        String lesson = scope.lesson.id();
        html.attr("class", "footnote-ref").withAttr().tag("sup");
        html.attr("href", "#" + HandoutScope.footnoteAnchor(lesson, n))
                .attr("id", HandoutScope.footnoteRefAnchor(lesson, n))
                .withAttr()
                .tag("a");
        html.text(Integer.toString(n));
        html.tag("/a").tag("/sup");
    }

    /** Footnotes at the end of the lesson, numbered in order of first reference, each with a way back. */
    private static void footnotes(LessonScope scope, NodeRendererContext ctx, HtmlWriter html) {
        if (scope.footnotes().isEmpty()) {
            return;
        }
        String lesson = scope.lesson.id();
        html.attr("class", "footnotes").withAttr().tagLine("section");
        html.tag("h2").text(HandoutText.get("handout.footnotes")).tag("/h2").line();
        html.tagLine("ol");
        for (int i = 0; i < scope.footnotes().size(); i++) {
            int n = i + 1;
            html.attr("id", HandoutScope.footnoteAnchor(lesson, n)).withAttr().tag("li");
            ctx.renderChildren(scope.footnotes().get(i));
            html.attr("href", "#" + HandoutScope.footnoteRefAnchor(lesson, n))
                    .attr("class", "footnote-back")
                    .withAttr()
                    .tag("a");
            html.text("\u21A9");
            html.tag("/a").tag("/li").line();
        }
        html.tag("/ol").line();
        html.tag("/section").line();
    }
}
