package org.gramscilens.ui.present;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.gramscilens.markdown.CourseRenderContext;
import org.gramscilens.markdown.LessonRenderer;
import org.gramscilens.markdown.LinkHandler;
import org.gramscilens.markdown.syntax.MarkdownParser;

/**
 * Builds slide views and renders the Markdown of slides and notes. Links on a slide do nothing: a click on
 * the projected slide must not navigate the reader behind it.
 */
final class SlideFactory {
    private final PresentationModel model;
    private final LessonRenderer renderer;
    private final CourseRenderContext context;
    private final LivePolls polls;

    SlideFactory(PresentationModel model, LessonRenderer renderer) {
        this(model, renderer, null);
    }

    /** @param polls live answers for poll slides, or null for the show of hands alone */
    SlideFactory(PresentationModel model, LessonRenderer renderer, LivePolls polls) {
        this.model = model;
        this.renderer = renderer;
        this.polls = polls;
        SlideContents contents = model.contents();
        this.context = new CourseRenderContext(contents.course(), contents.lesson(), LinkHandler.NONE, false);
    }

    PresentationModel model() {
        return model;
    }

    /** The live answers to the poll on slide {@code index}, when a class LRS is set. */
    java.util.Optional<LivePolls.Poll> livePoll(int index, String questionId) {
        return polls == null ? java.util.Optional.empty() : java.util.Optional.of(polls.poll(index, questionId));
    }

    SlideView build(int index) {
        return new SlideView(this, index);
    }

    /** A slide's Markdown as it was parsed, for {@link #slideBody}. */
    Document parse(String markdown) {
        return renderer.parser().parse(markdown);
    }

    /** Whether the document opens with a heading reading {@code title} (the slide shows it as its title). */
    static Optional<Heading> leadingTitle(Document doc, String title) {
        return doc.getFirstChild() instanceof Heading h
                        && MarkdownParser.headingText(h).equals(title)
                ? Optional.of(h)
                : Optional.empty();
    }

    /**
     * The slide's text without the heading shown as its title; empty when nothing is left. Slide text is
     * for looking at, not for editing or clicking through, so none of it takes focus or the mouse.
     */
    Optional<Region> slideBody(Document doc, String title) {
        leadingTitle(doc, title).ifPresent(Heading::unlink);
        if (!doc.hasChildren()) {
            return Optional.empty();
        }
        Region body = (Region) renderer.render(doc, context).root();
        body.getStyleClass().add("slide-body");
        body.setMouseTransparent(true);
        body.lookupAll("*").forEach(n -> n.setFocusTraversable(false));
        return Optional.of(body);
    }

    /** Speaker notes as lesson text, scrollable and selectable in the speaker view. */
    Region notes(String markdown) {
        Node notes = renderer.render(markdown, context).root();
        VBox box = new VBox(notes);
        box.getStyleClass().add("present-notes-text");
        return box;
    }
}
