package org.gramscilens.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.gramscilens.course.GlossaryMatcher;
import org.gramscilens.course.Reference;
import org.gramscilens.markdown.syntax.Citation;
import org.gramscilens.markdown.syntax.CitationNode;
import org.gramscilens.markdown.syntax.Citations;
import org.gramscilens.markdown.syntax.LinkTarget;
import org.gramscilens.markdown.syntax.PlainText;

/**
 * Renders the inline content of one block (paragraph, heading, cell) into {@link TextBlock}s. An
 * image that is not alone in its paragraph splits it: text before, the image, text after.
 */
final class InlineRenderer {

    /** Where glossary terms are marked and how images show. */
    enum Mode {
        /** Paragraphs and list items: terms marked, images shown. */
        PROSE,
        /** Headings, table cells, footnotes: no marking; images shown as their alt text. */
        PLAIN
    }

    private final RenderState state;
    private final Mode mode;
    private final Supplier<TextBlock> newBlock;
    private final List<javafx.scene.Node> out = new ArrayList<>();
    private final List<String> styles = new ArrayList<>();
    private final StringBuilder pending = new StringBuilder();
    private List<String> pendingStyles = List.of();
    private TextBlock block;
    /** After an image splits a paragraph, the next block starts without the space that followed it. */
    private boolean trimLeading;

    InlineRenderer(RenderState state, Mode mode, Supplier<TextBlock> newBlock) {
        this.state = state;
        this.mode = mode;
        this.newBlock = newBlock;
    }

    /** Renders the siblings from {@code first} up to, not including, {@code stop} (null: to the end). */
    List<javafx.scene.Node> render(Node first, Node stop) {
        for (Node node = first; node != null && node != stop; node = node.getNext()) {
            inline(node);
        }
        closeBlock();
        return out;
    }

    private void inline(Node node) {
        if (node instanceof Text) {
            appendText(node.getChars().unescape());
        } else if (node instanceof SoftLineBreak) {
            appendText(" ");
        } else if (node instanceof HardLineBreak) {
            appendText("\n");
        } else if (node instanceof HtmlEntity) {
            appendText(node.getChars().unescape());
        } else if (node instanceof Emphasis) {
            styled("md-em", node);
        } else if (node instanceof StrongEmphasis) {
            styled("md-strong", node);
        } else if (node instanceof Strikethrough) {
            styled("md-strike", node);
        } else if (node instanceof Code code) {
            add(text(codeText(code), "md-code-inline"));
        } else if (node instanceof HtmlInline || node instanceof HtmlInlineComment) {
            add(text(node.getChars().toString(), "md-html"));
        } else if (node instanceof CitationNode citation) {
            citation(citation.citations(), citation.content());
        } else if (node instanceof Footnote footnote) {
            footnote(footnote);
        } else if (node instanceof Image image) {
            image(image.getUrl().unescape(), PlainText.of(image));
        } else if (node instanceof ImageRef ref) {
            imageRef(ref);
        } else if (node instanceof MailLink mail) {
            String address = mail.getText().unescape();
            link(new LinkTarget.External("mailto:" + address), address);
        } else if (node instanceof AutoLink auto) {
            String url = auto.getUrl().toString();
            link(LinkTarget.parse(Autolinks.followable(url)), url);
        } else if (node instanceof Link link && mode == Mode.PROSE && Autolinks.hasImage(link)) {
            imageLink(LinkTarget.parse(link.getUrl().unescape()), link);
        } else if (node instanceof Link link) {
            link(LinkTarget.parse(link.getUrl().unescape()), PlainText.of(link));
        } else if (node instanceof LinkRef ref) {
            linkRef(ref);
        } else if (node.hasChildren()) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                inline(child);
            }
        } else {
            appendText(node.getChars().unescape());
        }
    }

    private void styled(String styleClass, Node node) {
        styles.add(styleClass);
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            inline(child);
        }
        styles.remove(styles.size() - 1);
    }

    /** CommonMark code spans: line endings become spaces; one space is stripped from each side if both. */
    private static String codeText(Code code) {
        String text = code.getText().toString().replace("\r\n", " ").replace('\n', ' ');
        if (text.length() >= 2 && text.startsWith(" ") && text.endsWith(" ") && !text.isBlank()) {
            text = text.substring(1, text.length() - 1);
        }
        return text;
    }

    // ---- text and glossary marking ----

    private void appendText(String s) {
        if (trimLeading) {
            s = s.stripLeading();
            if (s.isEmpty()) {
                return;
            }
            trimLeading = false;
        }
        if (!pendingStyles.equals(styles)) {
            flushText();
            pendingStyles = List.copyOf(styles);
        }
        pending.append(s);
    }

    /** Emits the pending run of plain text, marking glossary terms first seen in this section. */
    private void flushText() {
        if (pending.length() == 0) {
            return;
        }
        String run = pending.toString();
        pending.setLength(0);
        int at = 0;
        if (mode == Mode.PROSE) {
            for (GlossaryMatcher.Match match : state.glossary.find(run)) {
                if (!state.firstInSection(match.term().id())) {
                    continue;
                }
                if (match.start() > at) {
                    add(styledText(run.substring(at, match.start()), pendingStyles));
                }
                String termId = match.term().id();
                GlossaryMark mark = new GlossaryMark(
                        run.substring(match.start(), match.end()),
                        match.term(),
                        () -> state.links.openGlossary(termId));
                classes(mark, pendingStyles, "md-glossary-term");
                add(mark);
                at = match.end();
            }
        }
        if (at < run.length()) {
            add(styledText(run.substring(at), pendingStyles));
        }
    }

    private javafx.scene.text.Text text(String s, String... extra) {
        return classes(new javafx.scene.text.Text(s), styles, extra);
    }

    private static javafx.scene.text.Text styledText(String s, List<String> styles) {
        return classes(new javafx.scene.text.Text(s), styles);
    }

    private static <T extends javafx.scene.text.Text> T classes(T text, List<String> styles, String... extra) {
        text.getStyleClass().add("md-text");
        text.getStyleClass().addAll(styles);
        text.getStyleClass().addAll(extra);
        return text;
    }

    private void add(javafx.scene.text.Text text) {
        if (pending.length() > 0) {
            flushText();
        }
        trimLeading = false;
        current().getChildren().add(text);
    }

    private TextBlock current() {
        if (block == null) {
            block = newBlock.get();
        }
        return block;
    }

    private void closeBlock() {
        flushText();
        if (block != null && !block.plainText().isBlank()) {
            out.add(block);
            state.register(block);
        }
        block = null;
    }

    // ---- links ----

    private void link(LinkTarget target, String label) {
        flushText();
        if (label.isBlank()) {
            return; // [](./target.md): CommonMark shows nothing, and nor do we
        }
        String shown = label;
        Runnable action = LinkActions.action(target, state.links, state.context);
        if (action == null) {
            javafx.scene.text.Text broken = text(shown, "md-link-broken");
            broken.setAccessibleText(Messages.get("a11y.link.broken", LinkActions.destination(target)));
            add(broken);
            return;
        }
        ActionText link = classes(new ActionText(shown, shown, action), styles, "md-link");
        link.setAccessibleHelp(LinkActions.destination(target));
        add(link);
    }

    /** A reference-style link; an undefined {@code [@key]} is a citation (when parsed without our extension). */
    private void linkRef(LinkRef ref) {
        if (ref.isDefined()) {
            com.vladsch.flexmark.ast.Reference definition = ref.getReferenceNode(ref.getDocument());
            if (definition != null) {
                link(LinkTarget.parse(definition.getUrl().unescape()), PlainText.of(ref));
                return;
            }
        }
        String content = ref.getReference().toString();
        List<Citation> citations = content.startsWith("@") ? Citations.parse(content) : List.of();
        if (!citations.isEmpty()) {
            citation(citations, content);
        } else {
            undefinedReference(ref);
        }
    }

    /** An undefined {@code [foo *bar*]} is text: its brackets as written, its content rendered as Markdown. */
    private void undefinedReference(Node ref) {
        if (!ref.hasChildren()) {
            appendText(ref.getChars().unescape());
            return;
        }
        appendText(ref.getChars()
                .baseSubSequence(ref.getStartOffset(), ref.getFirstChild().getStartOffset())
                .unescape());
        for (Node child = ref.getFirstChild(); child != null; child = child.getNext()) {
            inline(child);
        }
        appendText(ref.getChars()
                .baseSubSequence(ref.getLastChild().getEndOffset(), ref.getEndOffset())
                .unescape());
    }

    /** A link around an image: the image is shown, and following it follows the link. */
    private void imageLink(LinkTarget target, Link link) {
        Runnable action = LinkActions.action(target, state.links, state.context);
        int first = out.size();
        for (Node child = link.getFirstChild(); child != null; child = child.getNext()) {
            inline(child);
        }
        closeBlock();
        for (javafx.scene.Node node : out.subList(first, out.size())) {
            if (action != null && !(node instanceof TextBlock)) { // the image, or the label saying it is missing
                node.getStyleClass().add("md-image-link");
                node.setOnMouseClicked(e -> action.run());
                node.setAccessibleHelp(LinkActions.destination(target));
            }
        }
    }

    // ---- citations and footnotes ----

    private void citation(List<Citation> citations, String content) {
        flushText();
        List<Reference> references = new ArrayList<>();
        for (Citation citation : citations) {
            state.citedKeys.add(citation.key());
            state.context.reference(citation.key()).ifPresent(references::add);
        }
        if (references.size() < citations.size()) {
            javafx.scene.text.Text unknown = text("[" + content + "]", "md-citation-unknown");
            unknown.setAccessibleText(Messages.get("a11y.citation.unknown", content));
            add(unknown);
            return;
        }
        for (int i = 0; i < citations.size(); i++) {
            Citation citation = citations.get(i);
            String label =
                    references.get(i).shortLabel() + (citation.locator().isEmpty() ? "" : ", " + citation.locator());
            String shown = (i == 0 ? "(" : "") + label + (i == citations.size() - 1 ? ")" : "");
            String key = citation.key();
            if (i > 0) {
                add(text("; ", "md-citation-separator"));
            }
            add(classes(
                    new ActionText(shown, Messages.get("a11y.reference", label), () -> state.links.openReference(key)),
                    styles,
                    "md-citation"));
        }
    }

    private void footnote(Footnote footnote) {
        FootnoteBlock definition = footnote.getFootnoteBlock();
        if (definition == null) {
            appendText(footnote.getChars().toString());
            return;
        }
        flushText();
        int number = state.footnoteNumber(definition);
        ActionText ref = new ActionText(
                superscript(number),
                Messages.get("a11y.footnote", number),
                () -> state.links.openAnchor("fn-" + number));
        add(classes(ref, List.of(), "md-footnote-ref"));
        state.anchors.putIfAbsent("fnref-" + number, current());
    }

    private static String superscript(int number) {
        String digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        StringBuilder b = new StringBuilder();
        for (char c : Integer.toString(number).toCharArray()) {
            b.append(digits.charAt(c - '0'));
        }
        return b.toString();
    }

    // ---- images ----

    private void imageRef(ImageRef ref) {
        com.vladsch.flexmark.ast.Reference definition =
                ref.isDefined() ? ref.getReferenceNode(ref.getDocument()) : null;
        if (definition == null) {
            undefinedReference(ref);
        } else {
            image(definition.getUrl().unescape(), PlainText.of(ref));
        }
    }

    private void image(String src, String alt) {
        if (mode == Mode.PLAIN) {
            appendText(alt.isBlank() ? src : alt);
            return;
        }
        int end = pending.length();
        while (end > 0 && Character.isWhitespace(pending.charAt(end - 1))) {
            end--;
        }
        pending.setLength(end);
        closeBlock();
        out.add(ImageBox.create(src, alt, state.context.resolveImage(src)));
        trimLeading = true;
    }
}
