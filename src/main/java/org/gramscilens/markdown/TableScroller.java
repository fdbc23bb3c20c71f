package org.gramscilens.markdown;

import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * Holds a table at the width of the page: as wide as its content wants when that fits, else squeezed down
 * to its columns' minimum widths, and only when even those do not fit, wider than the page with a
 * horizontal scroll bar. Unlike a ScrollPane it reports the height the table has at the given width, so
 * wrapped cells are never cut off.
 */
final class TableScroller extends Region {
    private final GridPane table;
    private final ScrollBar bar = new ScrollBar();
    private final Rectangle clip = new Rectangle();

    TableScroller(GridPane table) {
        this.table = table;
        getStyleClass().add("md-table-scroller");
        bar.setOrientation(Orientation.HORIZONTAL);
        bar.getStyleClass().add("md-table-scrollbar");
        bar.setVisible(false);
        bar.valueProperty().addListener((o, a, b) -> requestLayout());
        getChildren().addAll(table, bar);
        setClip(clip);
        setMaxWidth(Region.USE_PREF_SIZE);
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
    }

    GridPane table() {
        return table;
    }

    @Override
    public javafx.geometry.Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset(); // never pushes the page wider: it scrolls instead
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + table.prefWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = width < 0 ? table.prefWidth(-1) : width - snappedLeftInset() - snappedRightInset();
        double tableWidth = tableWidth(inner);
        double barHeight = tableWidth > inner + 0.5 ? bar.prefHeight(-1) : 0;
        return snappedTopInset() + table.prefHeight(tableWidth) + barHeight + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    private double tableWidth(double available) {
        return Math.max(table.minWidth(-1), Math.min(available, table.prefWidth(-1)));
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double inner = getWidth() - x - snappedRightInset();
        double tableWidth = tableWidth(inner);
        double tableHeight = table.prefHeight(tableWidth);
        boolean scrolls = tableWidth > inner + 0.5;
        bar.setVisible(scrolls);
        double offset = 0;
        if (scrolls) {
            bar.setMin(0);
            bar.setMax(tableWidth - inner);
            bar.setVisibleAmount(bar.getMax() * inner / tableWidth);
            bar.setValue(Math.min(bar.getValue(), bar.getMax()));
            offset = bar.getValue();
            bar.resizeRelocate(x, y + tableHeight, inner, bar.prefHeight(-1));
        } else {
            bar.setValue(0);
        }
        table.resizeRelocate(x - offset, y, tableWidth, tableHeight);
        clip.setWidth(getWidth());
        clip.setHeight(getHeight());
    }

    /** A sideways wheel or Shift+wheel moves the table; an ordinary wheel keeps scrolling the page. */
    private void scrolled(ScrollEvent e) {
        double delta = e.getDeltaX() != 0 ? e.getDeltaX() : e.isShiftDown() ? e.getDeltaY() : 0;
        if (!bar.isVisible() || delta == 0) {
            return;
        }
        bar.setValue(Math.max(0, Math.min(bar.getMax(), bar.getValue() - delta)));
        e.consume();
    }
}
