package org.gramscilens.ui.present;

import com.vladsch.flexmark.util.ast.Document;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.gramscilens.slides.Slide;
import org.gramscilens.ui.map.MapRevealPane;

/**
 * One slide laid out on the logical 1280×720 page: its title, its text (shrunk to fit, then paged: see
 * {@link FitPane}), and what its directive adds: a poll, the discussion questions, a concept map part
 * revealed step by step, or a placeholder naming what could not be found. Follows the slide's
 * {@link SlideState} and the zoom; several views of one slide (presentation, speaker view, overview) show
 * the same state.
 */
final class SlideView {
    /** The slide text's base size on the logical page, before zoom. */
    static final double BASE_FONT_PX = 26;

    private final int index;
    private final VBox root = new VBox();
    private final FitPane fit;
    private final MapRevealPane map;
    private final SlideState state;
    private final ChangeListener<Number> mapSync;

    SlideView(SlideFactory factory, int index) {
        PresentationModel model = factory.model();
        Slide slide = model.deck().slide(index);
        SlideContent content = model.contents().of(index);
        this.index = index;
        this.state = model.state(index);
        root.getStyleClass().add("slide");
        root.setMinSize(ScaledCanvas.WIDTH, ScaledCanvas.HEIGHT);
        root.setMaxSize(ScaledCanvas.WIDTH, ScaledCanvas.HEIGHT);
        root.styleProperty()
                .bind(Bindings.createStringBinding(
                        () -> String.format(
                                Locale.ROOT,
                                "-fx-font-size: %.1fpx;",
                                BASE_FONT_PX * model.zoomProperty().get()),
                        model.zoomProperty()));

        Document doc = factory.parse(slide.markdown());
        if (index == 0
                && SlideFactory.leadingTitle(doc, slide.title())
                        .map(h -> h.getLevel() == 1)
                        .orElse(false)) {
            root.getStyleClass().add("slide-opening");
        }
        Label title = PollView.wrapped(slide.title(), "slide-title");
        VBox text = new VBox();
        text.getStyleClass().add("slide-text");
        factory.slideBody(doc, slide.title()).ifPresent(text.getChildren()::add);
        extra(factory, index, content, state).ifPresent(text.getChildren()::add);

        root.getChildren().add(title);
        if (content instanceof SlideContent.MapPart part) {
            map = new MapRevealPane(part.part());
            Node mapNode = map.node();
            mapNode.getStyleClass().add("slide-map");
            VBox.setVgrow(mapNode, Priority.ALWAYS);
            fit = text.getChildren().isEmpty() ? null : new FitPane(text);
            if (fit != null) {
                fit.setMaxHeight(ScaledCanvas.HEIGHT * 0.3);
                root.getChildren().add(fit);
            }
            root.getChildren().add(mapNode);
            mapSync = (o, a, n) -> syncMap();
            state.revealedProperty().addListener(mapSync);
            syncMap();
        } else {
            map = null;
            mapSync = null;
            fit = new FitPane(text);
            VBox.setVgrow(fit, Priority.ALWAYS);
            root.getChildren().add(fit);
        }
        if (fit != null) {
            fit.pageProperty().bind(state.scrollProperty());
            fit.pagesProperty().addListener((o, a, pages) -> model.reportScrollPages(index, pages.intValue()));
        }
        root.getChildren().add(footer(index, model.size(), fit));
    }

    private static Optional<Node> extra(SlideFactory factory, int index, SlideContent content, SlideState state) {
        if (content instanceof SlideContent.Poll poll) {
            return Optional.of(new PollView(
                            poll.question(),
                            state,
                            poll.question().hasOptions()
                                    ? factory.livePoll(index, poll.question().id())
                                            .orElse(null)
                                    : null)
                    .node());
        }
        if (content instanceof SlideContent.Discussion discussion) {
            return Optional.of(discussion(discussion));
        }
        if (content instanceof SlideContent.Missing missing) {
            Label placeholder = PollView.wrapped(missing.message(), "slide-placeholder");
            return Optional.of(placeholder);
        }
        return Optional.empty();
    }

    private static VBox discussion(SlideContent.Discussion discussion) {
        VBox box = new VBox();
        box.getStyleClass().add("slide-discussion");
        int n = 1;
        for (String question : discussion.questions()) {
            Label number = new Label(n++ + ".");
            number.getStyleClass().add("slide-discussion-number");
            number.setMinWidth(Label.USE_PREF_SIZE);
            Label text = PollView.wrapped(question, "slide-discussion-question");
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(number, text);
            row.getStyleClass().add("slide-discussion-row");
            box.getChildren().add(row);
        }
        return box;
    }

    /** The slide number, and while the text goes on below what is shown, a marker saying so. */
    private static HBox footer(int index, int size, FitPane fit) {
        Label more = new Label(Messages.get("slide.more"));
        more.getStyleClass().add("slide-more");
        more.setVisible(false);
        if (fit != null) {
            more.visibleProperty().bind(fit.moreBelowProperty());
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label number = new Label(Messages.get("slide.number", index + 1, size));
        number.getStyleClass().add("slide-number");
        HBox footer = new HBox(more, spacer, number);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.getStyleClass().add("slide-footer");
        return footer;
    }

    /** Makes the map pane show as many propositions as the slide's state says. */
    private void syncMap() {
        int want = Math.min(state.revealed(), map.total());
        while (map.revealedProperty().get() < want) {
            map.revealNext();
        }
        while (map.revealedProperty().get() > want) {
            map.revealPrevious();
        }
    }

    int index() {
        return index;
    }

    Region node() {
        return root;
    }

    /** The slide's text box, absent on a map slide without text. */
    Optional<FitPane> fit() {
        return Optional.ofNullable(fit);
    }

    Optional<MapRevealPane> map() {
        return Optional.ofNullable(map);
    }
}
