package org.gramscilens.markdown;

import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.gramscilens.course.GlossaryMatcher;
import org.gramscilens.course.GlossaryTerm;
import org.gramscilens.course.Reference;
import org.gramscilens.markdown.syntax.MarkdownParser;

/**
 * Turns a lesson's Markdown into JavaFX nodes styled only by CSS classes (see
 * {@code docs/markdown-rendering.md}). Rendering is a pure function of the document and the
 * context: it never touches a live scene or calls {@code Platform.runLater}, so it can run on a
 * background thread before the nodes are shown, or on the FX thread.
 */
public final class LessonRenderer {

    /**
     * The lesson stylesheet. The rendered root carries it, which styles the lesson itself; popups
     * (glossary tooltips) copy only the stylesheets of the scene, so a scene that shows lessons
     * should list it too, after the theme.
     */
    public static final String STYLESHEET =
            LessonRenderer.class.getResource("lesson.css").toExternalForm();

    private final MarkdownParser parser;
    private volatile CachedMatcher cachedMatcher;

    private record CachedMatcher(Collection<GlossaryTerm> source, List<GlossaryTerm> terms, GlossaryMatcher matcher) {}

    public LessonRenderer(MarkdownParser parser) {
        this.parser = parser;
    }

    /** The parser this renderer uses, for others that must read Markdown the same way. */
    public MarkdownParser parser() {
        return parser;
    }

    public RenderedLesson render(String markdown, RenderContext context) {
        return render(parser.parse(markdown), context);
    }

    public RenderedLesson render(Document document, RenderContext context) {
        RenderState state = new RenderState(context, matcher(context.glossary()), MarkdownParser.headingIds(document));
        VBox root = new VBox();
        root.getStyleClass().add("lesson-body");
        root.getStylesheets().add(STYLESHEET);
        BlockRenderer blocks = new BlockRenderer(state);
        blocks.renderDocument(document, root.getChildren());
        if (!state.footnotes.isEmpty()) {
            root.getChildren().add(footnotes(state, blocks));
        }
        List<Reference> references = new ArrayList<>();
        for (String key : state.citedKeys) {
            context.reference(key).ifPresent(references::add);
        }
        RenderedLesson lesson =
                new RenderedLesson(root, state.anchors, state.blocks, List.copyOf(state.citedKeys), references);
        state.scope.setLessonText(lesson::plainTextWithReferences);
        return lesson;
    }

    /** The glossary matcher, rebuilt only when the glossary changes. */
    GlossaryMatcher matcher(Collection<GlossaryTerm> glossary) {
        Collection<GlossaryTerm> terms = glossary == null ? List.of() : glossary;
        CachedMatcher cached = cachedMatcher;
        if (cached != null && cached.source() == terms) {
            return cached.matcher();
        }
        List<GlossaryTerm> copy = List.copyOf(terms);
        if (cached != null && cached.terms().equals(copy)) {
            return cached.matcher();
        }
        GlossaryMatcher matcher = GlossaryMatcher.of(copy);
        cachedMatcher = new CachedMatcher(terms, copy, matcher);
        return matcher;
    }

    /** "Notes": the footnotes in order of first reference, each with a way back to its reference. */
    private static VBox footnotes(RenderState state, BlockRenderer blocks) {
        TextBlock heading = state.newBlock("lesson-heading", "lesson-heading-2", "md-footnotes-heading");
        heading.getChildren().add(BlockRenderer.plain(Messages.get("notes.heading"), "md-footnotes-title"));
        state.register(heading);
        VBox box = new VBox(heading);
        box.getStyleClass().add("md-footnotes");
        // Footnotes may cite further footnotes, which get numbers as they are rendered.
        for (int i = 0; i < state.footnotes.size(); i++) {
            FootnoteBlock footnote = state.footnotes.get(i);
            int number = i + 1;
            Label label = new Label(number + ".");
            label.getStyleClass().add("md-footnote-number");
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            VBox content = new VBox();
            content.getStyleClass().add("md-footnote-content");
            int firstBlock = state.blocks.size();
            blocks.children(footnote, content.getChildren(), InlineRenderer.Mode.PLAIN);
            if (state.blocks.size() > firstBlock) {
                TextBlock last = state.lastBlock();
                ActionText back = new ActionText(
                        " ↩",
                        Messages.get("a11y.footnote.back", number),
                        () -> state.links.openAnchor("fnref-" + number));
                back.getStyleClass().addAll("md-text", "md-footnote-back");
                last.getChildren().add(back);
                state.blocks.get(firstBlock).setExportPrefix(number + ". ");
            }
            HBox item = new HBox(label, content);
            HBox.setHgrow(content, Priority.ALWAYS);
            item.getStyleClass().add("md-footnote");
            item.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
            item.setId("fn-" + number);
            state.anchors.putIfAbsent("fn-" + number, item);
            box.getChildren().add(item);
        }
        return box;
    }
}
