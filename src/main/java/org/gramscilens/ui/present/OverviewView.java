package org.gramscilens.ui.present;

import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The overview: every slide as a thumbnail in a grid, the one picked outlined. Arrows move the pick, Enter
 * or a click shows that slide ({@link PresentationModel}). Thumbnails are live slide views scaled down,
 * built the first time the overview opens.
 */
final class OverviewView {
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final double GAP = 24;
    private static final double PADDING = 40;

    private final PresentationModel model;
    private final SlideFactory factory;
    private final ScaledCanvas canvas = new ScaledCanvas();
    private final GridPane grid = new GridPane();
    private final ScrollPane scroller = new ScrollPane(grid);
    private final List<VBox> thumbs = new ArrayList<>();

    OverviewView(PresentationModel model, SlideFactory factory) {
        this.model = model;
        this.factory = factory;
        canvas.getStyleClass().add("present-overview");
        canvas.setId("present-overview");
        grid.getStyleClass().add("present-overview-grid");
        grid.setHgap(GAP);
        grid.setVgap(GAP);
        scroller.getStyleClass().add("present-overview-scroll");
        scroller.setFitToWidth(true);
        scroller.setFocusTraversable(false);
        Label title = new Label(Messages.get("overview.title"));
        title.getStyleClass().add("present-overview-title");
        VBox page = new VBox(title, scroller);
        page.getStyleClass().add("present-overview-page");
        canvas.show(page);
        canvas.visibleProperty().bind(model.overviewShownProperty());
        model.overviewShownProperty().addListener((o, a, shown) -> opened(shown));
        model.overviewSelectionProperty().addListener((o, a, i) -> select(a.intValue(), i.intValue()));
        model.indexProperty().addListener((o, a, i) -> markCurrent(a.intValue(), i.intValue()));
    }

    ScaledCanvas node() {
        return canvas;
    }

    /** The thumbnails, in slide order (empty until the overview first opens). */
    List<VBox> thumbnails() {
        return thumbs;
    }

    private void opened(boolean shown) {
        if (shown && thumbs.isEmpty()) {
            build();
        }
        if (shown) {
            scroller.layout();
            reveal(model.overviewSelectionProperty().get());
        }
    }

    private void build() {
        int columns = model.overviewColumns();
        double width = (ScaledCanvas.WIDTH - 2 * PADDING - (columns - 1) * GAP) / columns;
        for (int i = 0; i < model.size(); i++) {
            VBox thumb = thumbnail(i, width / ScaledCanvas.WIDTH);
            thumbs.add(thumb);
            grid.add(thumb, i % columns, i / columns);
        }
        markCurrent(-1, model.index());
        select(-1, model.overviewSelectionProperty().get());
    }

    private VBox thumbnail(int i, double scale) {
        ScaledCanvas picture = new ScaledCanvas(scale);
        picture.show(factory.build(i).node());
        picture.getStyleClass().add("present-thumb-picture");
        Label label = new Label(
                Messages.get("overview.label", i + 1, model.deck().slide(i).title()));
        label.getStyleClass().add("present-thumb-label");
        label.setMaxWidth(ScaledCanvas.WIDTH * scale);
        VBox thumb = new VBox(picture, label);
        thumb.getStyleClass().add("present-thumb");
        thumb.setAccessibleText(label.getText());
        thumb.setOnMouseClicked(e -> model.chooseFromOverview(i));
        return thumb;
    }

    private void select(int before, int now) {
        if (before >= 0 && before < thumbs.size()) {
            thumbs.get(before).pseudoClassStateChanged(SELECTED, false);
        }
        if (now >= 0 && now < thumbs.size()) {
            thumbs.get(now).pseudoClassStateChanged(SELECTED, true);
            reveal(now);
        }
    }

    private void markCurrent(int before, int now) {
        if (before >= 0 && before < thumbs.size()) {
            thumbs.get(before).pseudoClassStateChanged(CURRENT, false);
        }
        if (now >= 0 && now < thumbs.size()) {
            thumbs.get(now).pseudoClassStateChanged(CURRENT, true);
        }
    }

    /** Scrolls the grid so that thumbnail {@code i} is in view. */
    private void reveal(int i) {
        if (i < 0 || i >= thumbs.size()) {
            return;
        }
        double content = grid.getBoundsInLocal().getHeight();
        double view = scroller.getViewportBounds().getHeight();
        if (content <= view || view <= 0) {
            return;
        }
        Bounds b = thumbs.get(i).getBoundsInParent();
        double top = scroller.getVvalue() * (content - view);
        if (b.getMinY() < top) {
            scroller.setVvalue(b.getMinY() / (content - view));
        } else if (b.getMaxY() > top + view) {
            scroller.setVvalue((b.getMaxY() - view) / (content - view));
        }
    }
}
