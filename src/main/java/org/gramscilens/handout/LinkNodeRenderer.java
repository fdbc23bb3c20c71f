package org.gramscilens.handout;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gramscilens.course.Course;
import org.gramscilens.markdown.syntax.Citation;
import org.gramscilens.markdown.syntax.CitationNode;
import org.gramscilens.markdown.syntax.LinkTarget;
import org.gramscilens.markdown.syntax.PlainText;

/**
 * Links, images and citations in handout HTML. Links follow the reading view's rules ({@link LinkTarget}):
 * web and mail links stay links; links to lessons, headings and glossary terms that are in the file become
 * links inside it; anything else is shown as plain text. Images become {@code data:} URIs. A citation reads
 * "(O'Reilly &amp; Reed 2011)", each name linked to its entry in the reference list.
 */
final class LinkNodeRenderer implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(
                        Link.class,
                        (node, ctx, html) -> link(
                                node, node.getUrl().unescape(), node.getTitle().unescape(), ctx, html)),
                new NodeRenderingHandler<>(LinkRef.class, this::linkRef),
                new NodeRenderingHandler<>(AutoLink.class, this::autoLink),
                new NodeRenderingHandler<>(MailLink.class, this::mailLink),
                new NodeRenderingHandler<>(
                        Image.class,
                        (node, ctx, html) -> image(
                                node, node.getUrl().unescape(), node.getTitle().unescape(), ctx, html)),
                new NodeRenderingHandler<>(ImageRef.class, this::imageRef),
                new NodeRenderingHandler<>(CitationNode.class, this::citation));
    }

    private void linkRef(LinkRef node, NodeRendererContext ctx, HtmlWriter html) {
        Reference ref = node.isDefined() ? node.getReferenceNode(ctx.getDocument()) : null;
        if (ref == null) {
            ctx.delegateRender();
            return;
        }
        link(node, ref.getUrl().unescape(), ref.getTitle().unescape(), ctx, html);
    }

    /** {@code <irc:...>}, {@code <file:...>}, {@code <vbscript:...>} are text; web, mail and www. links are links. */
    private void autoLink(AutoLink node, NodeRendererContext ctx, HtmlWriter html) {
        String url = node.getUrl().toString();
        String target = url.regionMatches(true, 0, "www.", 0, 4) ? "http://" + url : url;
        autolink(LinkTarget.parse(target), url, html);
    }

    private void mailLink(MailLink node, NodeRendererContext ctx, HtmlWriter html) {
        String address = node.getText().unescape();
        autolink(LinkTarget.parse("mailto:" + address), address, html);
    }

    private static void autolink(LinkTarget target, String shown, HtmlWriter html) {
        if (target instanceof LinkTarget.External e) {
            html.attr("href", e.url())
                    .attr("class", "link-external")
                    .withAttr()
                    .tag("a")
                    .text(shown)
                    .tag("/a");
        } else {
            html.attr("class", "link-unavailable")
                    .withAttr()
                    .tag("span")
                    .text(shown)
                    .tag("/span");
        }
    }

    private void imageRef(ImageRef node, NodeRendererContext ctx, HtmlWriter html) {
        Reference ref = node.isDefined() ? node.getReferenceNode(ctx.getDocument()) : null;
        if (ref == null) {
            ctx.delegateRender();
            return;
        }
        image(node, ref.getUrl().unescape(), ref.getTitle().unescape(), ctx, html);
    }

    private void link(Node node, String url, String title, NodeRendererContext ctx, HtmlWriter html) {
        LessonScope scope = LessonScope.of(ctx.getDocument());
        Optional<String> href = href(scope, LinkTarget.parse(url));
        if (href.isPresent()) {
            html.attr("href", href.get());
            if (!title.isEmpty()) {
                html.attr("title", title);
            }
            html.attr("class", href.get().startsWith("#") ? "link-internal" : "link-external")
                    .withAttr()
                    .tag("a");
            ctx.renderChildren(node);
            html.tag("/a");
        } else {
            html.attr("class", "link-unavailable").withAttr().tag("span");
            ctx.renderChildren(node);
            html.tag("/span");
        }
    }

    /** Where a link goes in the handout, or empty when its target is not in the file (or not allowed). */
    private static Optional<String> href(LessonScope scope, LinkTarget target) {
        HandoutScope h = scope.handout;
        String self = scope.lesson.id();
        if (target instanceof LinkTarget.External e) {
            return Optional.of(e.url());
        }
        if (target instanceof LinkTarget.Anchor a) {
            return h.hasHeading(self, a.anchor())
                    ? Optional.of("#" + HandoutScope.headingAnchor(self, a.anchor()))
                    : Optional.empty();
        }
        if (target instanceof LinkTarget.Glossary g) {
            if (h.course.term(g.termId()).isEmpty()) {
                return Optional.empty();
            }
            h.useTerm(g.termId());
            return Optional.of("#" + HandoutScope.termAnchor(g.termId()));
        }
        String lessonId = null;
        String anchor = null;
        if (target instanceof LinkTarget.Lesson l) {
            lessonId = l.lessonId();
            anchor = l.anchor();
        } else if (target instanceof LinkTarget.LessonFile f) {
            Path dir = h.course.root().resolve(scope.lesson.file()).getParent();
            lessonId = h.lessonIdForFile(dir.resolve(f.path())).orElse(null);
            anchor = f.anchor();
        }
        if (lessonId == null || !h.includes(lessonId)) {
            return Optional.empty();
        }
        return Optional.of("#"
                + (anchor != null && h.hasHeading(lessonId, anchor)
                        ? HandoutScope.headingAnchor(lessonId, anchor)
                        : HandoutScope.lessonAnchor(lessonId)));
    }

    private void image(Node node, String url, String title, NodeRendererContext ctx, HtmlWriter html) {
        LessonScope scope = LessonScope.of(ctx.getDocument());
        Course course = scope.handout.course;
        String alt = PlainText.of(node);
        if (LinkTarget.parse(url) instanceof LinkTarget.External) {
            // Never fetched: the handout must not depend on the network. A link to it stays.
            html.attr("href", url).attr("class", "image-external").withAttr().tag("a");
            html.text(HandoutText.get("handout.image.external", alt.isEmpty() ? url : alt));
            html.tag("/a");
            return;
        }
        Optional<String> data = Images.dataUri(course.root(), scope.lesson.file(), url);
        if (data.isEmpty()) {
            html.attr("class", "image-missing").withAttr().tag("span");
            html.text(HandoutText.get("handout.image.missing", url));
            html.tag("/span");
            return;
        }
        html.attr("src", data.get()).attr("alt", alt);
        if (!title.isEmpty()) {
            html.attr("title", title);
        }
        html.withAttr().tagVoid("img");
    }

    private void citation(CitationNode node, NodeRendererContext ctx, HtmlWriter html) {
        LessonScope scope = LessonScope.of(ctx.getDocument());
        Course course = scope.handout.course;
        List<Citation> items = node.citations();
        List<org.gramscilens.course.Reference> refs = new ArrayList<>();
        for (Citation c : items) {
            course.reference(c.key()).ifPresent(refs::add);
        }
        if (refs.size() < items.size()) {
            // As on screen: a citation naming an unknown key is shown as written (validate reports it).
            html.attr("class", "citation-unknown").withAttr().tag("span");
            html.text("[" + node.content() + "]");
            html.tag("/span");
            return;
        }
        html.attr("class", "citation").withAttr().tag("span");
        html.text("(");
        for (int i = 0; i < items.size(); i++) {
            Citation c = items.get(i);
            scope.handout.cite(c.key());
            if (i > 0) {
                html.text("; ");
            }
            html.attr("href", "#" + HandoutScope.referenceAnchor(c.key()))
                    .withAttr()
                    .tag("a");
            html.text(refs.get(i).shortLabel() + (c.locator().isEmpty() ? "" : ", " + c.locator()));
            html.tag("/a");
        }
        html.text(")");
        html.tag("/span");
    }
}
