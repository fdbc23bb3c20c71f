package org.gramscilens.markdown;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;

/**
 * A code block: the code is never wrapped, and a horizontal scroll bar appears when a line is longer
 * than the column. Plain {@link ScrollPane} sizes its height without the scroll bar (which then
 * covers the code) and wraps height queries at the column width; this one asks for the unwrapped
 * height plus the scroll bar only when it will show.
 */
final class CodeBlockPane extends ScrollPane {

    CodeBlockPane(TextBlock code) {
        super(code);
        getStyleClass().add("md-code-block");
        setFitToWidth(false);
        setFitToHeight(true);
        setHbarPolicy(ScrollBarPolicy.AS_NEEDED);
        setVbarPolicy(ScrollBarPolicy.NEVER);
        // In the Tab order, so a keyboard user can scroll a long line with the arrow keys.
        setFocusTraversable(true);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefHeight(double width) {
        Node content = getContent();
        double height = snappedTopInset() + snappedBottomInset() + (content == null ? 0 : content.prefHeight(-1));
        double inner = width - snappedLeftInset() - snappedRightInset();
        if (content != null && width >= 0 && content.prefWidth(-1) > inner) {
            height += scrollBarHeight();
        }
        return height;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computeMaxHeight(double width) {
        return computePrefHeight(width);
    }

    private double scrollBarHeight() {
        for (Node node : lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL) {
                return bar.prefHeight(-1);
            }
        }
        return 0;
    }
}
