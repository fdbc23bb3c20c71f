package org.gramscilens.ui.present;

import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The window the room sees: the current slide drawn on a 1280×720 page scaled to fill the screen (bars
 * where the aspect differs), with the overview, the help sheet and the black or white screen over it.
 * Full screen on the chosen {@link Screen}; F toggles. Esc does not leave full screen here (it belongs to
 * the overview, as in reveal.js); the exit hint says to press F.
 */
final class PresentationWindow {
    static final PseudoClass BLACK = PseudoClass.getPseudoClass("black");
    static final PseudoClass WHITE = PseudoClass.getPseudoClass("white");

    private final Stage stage;
    private final PresentationModel model;
    private final SlideCache slides;
    private final StackPane root = new StackPane();
    private final ScaledCanvas slideCanvas = new ScaledCanvas();
    private final StackPane speakerSlot = new StackPane();
    private final Region blackout = new Region();
    private final OverviewView overview;
    private final Label typed = new Label();

    PresentationWindow(
            Stage stage, PresentationModel model, SlideFactory factory, PresentationKeys keys, Screen screen) {
        this.stage = stage;
        this.model = model;
        this.slides = new SlideCache(factory);
        this.overview = new OverviewView(model, factory);
        root.setId("present-root");
        root.getStyleClass().add("present-root");
        slideCanvas.setId("present-slide");

        typed.setId("present-typed");
        typed.getStyleClass().add("present-typed");
        typed.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> Messages.get(
                                "slide.goTo", model.typedNumberProperty().get()),
                        model.typedNumberProperty()));
        typed.visibleProperty().bind(model.typedNumberProperty().isNotEmpty());
        StackPane.setAlignment(typed, Pos.TOP_RIGHT);

        blackout.setId("present-blackout");
        blackout.getStyleClass().add("present-blackout");
        blackout.visibleProperty().bind(model.blackoutProperty().isNotEqualTo(PresentationModel.Blackout.NONE));
        model.blackoutProperty().addListener((o, a, b) -> markBlackout(b));

        speakerSlot.setVisible(false);
        speakerSlot.getStyleClass().add("present-speaker-slot");
        root.getChildren().addAll(slideCanvas, blackout, speakerSlot, overview.node(), new HelpOverlay(model).node());

        Rectangle2D bounds = screen.getBounds();
        Scene scene = new Scene(root, bounds.getWidth(), bounds.getHeight());
        Themes.apply(scene, model.darkProperty().get());
        model.darkProperty().addListener((o, a, dark) -> Themes.apply(scene, dark));
        keys.install(scene);
        stage.setScene(scene);
        stage.setTitle(Messages.get("present.title", model.deck().lesson().title()));
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint(Messages.get("present.fullScreenHint"));
        stage.setFullScreen(model.fullScreenProperty().get());
        model.fullScreenProperty().addListener((o, a, full) -> stage.setFullScreen(full));
        stage.fullScreenProperty().addListener((o, a, full) -> model.setFullScreen(full));

        model.indexProperty().addListener((o, a, i) -> show(i.intValue()));
        show(model.index());
    }

    private void show(int i) {
        if (model.size() == 0) {
            slideCanvas.page().getChildren().setAll(PollView.wrapped(Messages.get("slide.empty"), "slide-placeholder"));
            return;
        }
        slideCanvas.page().getChildren().setAll(slides.get(i).node(), typed);
    }

    private void markBlackout(PresentationModel.Blackout b) {
        blackout.pseudoClassStateChanged(BLACK, b == PresentationModel.Blackout.BLACK);
        blackout.pseudoClassStateChanged(WHITE, b == PresentationModel.Blackout.WHITE);
    }

    /** On a single screen the speaker view is shown here instead of the slide while S is on. */
    void embedSpeaker(Node speaker) {
        speakerSlot.getChildren().setAll(speaker);
        speakerSlot.visibleProperty().bind(model.speakerShownProperty());
    }

    Stage stage() {
        return stage;
    }

    StackPane root() {
        return root;
    }

    /** The view of the slide being shown. */
    SlideView current() {
        return slides.get(model.index());
    }

    OverviewView overview() {
        return overview;
    }
}
