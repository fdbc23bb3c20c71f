package org.gramscilens.ui.present;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Orientation;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;

/**
 * Holds a slide's text so that it is never cut off silently: text that is too long for the space is drawn
 * smaller (laid out wider and scaled down, so the type shrinks evenly and lines reflow) down to
 * {@link #MIN_SCALE}; text still too long past that is paged: {@link #pageProperty()} scrolls it by most of a
 * screen at a time, and {@link #moreBelowProperty()} says when there is more (the slide shows a marker).
 */
final class FitPane extends Region {
    /**
     * The smallest the text is drawn before paging: 0.85 of 26 px is 22 px on a 1280×720 page, still read from
     * the back of a room. The splitter keeps slides short (continuation slides), so this is a last resort.
     */
    static final double MIN_SCALE = 0.85;

    private static final double PAGE = 0.85;

    private final Region content;
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final Rectangle clip = new Rectangle();
    private final IntegerProperty page = new SimpleIntegerProperty(this, "page", 0);
    private final ReadOnlyIntegerWrapper pages = new ReadOnlyIntegerWrapper(this, "pages", 0);
    private final ReadOnlyDoubleWrapper fitScale = new ReadOnlyDoubleWrapper(this, "fitScale", 1);
    private final ReadOnlyBooleanWrapper moreBelow = new ReadOnlyBooleanWrapper(this, "moreBelow");

    FitPane(Region content) {
        this.content = content;
        getStyleClass().add("slide-fit");
        content.getTransforms().add(scale);
        setClip(clip);
        getChildren().add(content);
        page.addListener((o, a, b) -> requestLayout());
    }

    /** The page of overlong text shown, from 0; bound to the slide's scroll state. */
    IntegerProperty pageProperty() {
        return page;
    }

    /** Pages below the first that overlong text needs; 0 when it fits. */
    ReadOnlyIntegerProperty pagesProperty() {
        return pages.getReadOnlyProperty();
    }

    /** How much the text is scaled down to fit: 1 when it fits at full size. */
    ReadOnlyDoubleProperty fitScaleProperty() {
        return fitScale.getReadOnlyProperty();
    }

    /** Whether there is text below what is shown. */
    ReadOnlyBooleanProperty moreBelowProperty() {
        return moreBelow.getReadOnlyProperty();
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width < 0 ? content.prefWidth(-1) : width - snappedLeftInset() - snappedRightInset();
        return content.prefHeight(w) + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double w = Math.max(1, getWidth() - left - snappedRightInset());
        double h = Math.max(1, getHeight() - top - snappedBottomInset());
        clip.setWidth(getWidth());
        clip.setHeight(getHeight());

        double s = scaleToFit(w, h);
        double laidOutWidth = w / s;
        double laidOutHeight = content.prefHeight(laidOutWidth);
        double overflow = Math.max(0, laidOutHeight * s - h);
        double step = h * PAGE;
        int needed = overflow <= 0.5 ? 0 : (int) Math.ceil(overflow / step);
        int shown = Math.min(page.get(), needed);
        double offset = Math.min(overflow, shown * step);

        scale.setX(s);
        scale.setY(s);
        content.resizeRelocate(left, top - offset, laidOutWidth, laidOutHeight);
        fitScale.set(s);
        pages.set(needed);
        moreBelow.set(shown < needed);
    }

    /** The largest scale, from {@link #MIN_SCALE} to 1, at which the text fits {@code w} × {@code h}. */
    private double scaleToFit(double w, double h) {
        if (content.prefHeight(w) <= h) {
            return 1;
        }
        if (content.prefHeight(w / MIN_SCALE) * MIN_SCALE > h) {
            return MIN_SCALE;
        }
        double lo = MIN_SCALE;
        double hi = 1;
        for (int i = 0; i < 12 && hi - lo > 0.005; i++) {
            double mid = (lo + hi) / 2;
            if (content.prefHeight(w / mid) * mid <= h) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
