package org.gramscilens.ui.present;

import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;

/**
 * A fixed logical page ({@link #WIDTH} × {@link #HEIGHT}) drawn as large as fits, keeping its aspect, centred
 * with bars beside or above it. Slides are laid out once at the logical size, so a slide looks the same on
 * a 1024×768 projector, a 4K screen and a thumbnail; only the scale differs.
 */
final class ScaledCanvas extends Region {
    static final double WIDTH = 1280;
    static final double HEIGHT = 720;

    private final StackPane page = new StackPane();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final double prefScale;
    private boolean heightFollowsWidth;

    /** @param prefScale the preferred size as a fraction of the logical size (thumbnails are small) */
    ScaledCanvas(double prefScale) {
        this.prefScale = prefScale;
        getStyleClass().add("present-canvas");
        page.getStyleClass().add("present-page");
        page.setMinSize(WIDTH, HEIGHT);
        page.setPrefSize(WIDTH, HEIGHT);
        page.setMaxSize(WIDTH, HEIGHT);
        page.setClip(new Rectangle(WIDTH, HEIGHT));
        page.getTransforms().add(scale);
        getChildren().add(page);
    }

    ScaledCanvas() {
        this(1);
    }

    /**
     * Makes the preferred height follow the width given (keeping the page's aspect), so that in a column
     * the canvas takes just the height its width needs, without bars above and below.
     */
    ScaledCanvas heightFollowsWidth() {
        heightFollowsWidth = true;
        return this;
    }

    @Override
    public javafx.geometry.Orientation getContentBias() {
        return heightFollowsWidth ? javafx.geometry.Orientation.HORIZONTAL : null;
    }

    /** The logical page: add what to show here. */
    StackPane page() {
        return page;
    }

    void show(Node node) {
        page.getChildren().setAll(node);
    }

    double scale() {
        return scale.getX();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        double s = Math.max(0.01, Math.min(w / WIDTH, h / HEIGHT));
        scale.setX(s);
        scale.setY(s);
        page.resizeRelocate(
                snappedLeftInset() + (w - WIDTH * s) / 2, snappedTopInset() + (h - HEIGHT * s) / 2, WIDTH, HEIGHT);
    }

    @Override
    protected double computePrefWidth(double height) {
        return WIDTH * prefScale + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        if (heightFollowsWidth && width > 0) {
            return (width - snappedLeftInset() - snappedRightInset()) * HEIGHT / WIDTH
                    + snappedTopInset()
                    + snappedBottomInset();
        }
        return HEIGHT * prefScale + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }
}
