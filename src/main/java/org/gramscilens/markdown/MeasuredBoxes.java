package org.gramscilens.markdown;

import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Boxes for nested blocks (lists, list items, quotes) that remember their height for the last width
 * asked. JavaFX's {@code Parent} caches its preferred and minimum sizes only for width {@code -1}; text
 * wraps, so every height in a lesson is asked for a real width and recomputed from the leaves each time.
 * An {@code HBox} with baseline alignment asks each child's height two or three times per pass (for the
 * baseline, the area height and the layout), so a list nested n deep cost about 3^n measurements: 14
 * levels took seconds and 16 never finished. Remembering the answer until the next
 * {@link #requestLayout()} (which JavaFX sends up the tree on any change below, the same moment it clears
 * its own size cache) makes each level measured once per width: linear in depth.
 */
final class MeasuredBoxes {
    private MeasuredBoxes() {}

    /** The remembered heights of one box; NaN when unknown. */
    private static final class Heights {
        private double prefFor = Double.NaN;
        private double pref;
        private double minFor = Double.NaN;
        private double min;

        void clear() {
            prefFor = Double.NaN;
            minFor = Double.NaN;
        }
    }

    /** A vertical box for a list, a list item's content or a quote. */
    static final class Column extends VBox {
        private final Heights heights = new Heights();

        Column(Node... children) {
            super(children);
        }

        @Override
        protected double computePrefHeight(double width) {
            if (width != heights.prefFor) {
                heights.pref = super.computePrefHeight(width);
                heights.prefFor = width;
            }
            return heights.pref;
        }

        @Override
        protected double computeMinHeight(double width) {
            if (width != heights.minFor) {
                heights.min = super.computeMinHeight(width);
                heights.minFor = width;
            }
            return heights.min;
        }

        @Override
        public void requestLayout() {
            if (heights != null) { // null while the super constructor adds the children
                heights.clear();
            }
            super.requestLayout();
        }
    }

    /** A horizontal box for a list item: its marker and its content. */
    static final class Row extends HBox {
        private final Heights heights = new Heights();

        Row(Node... children) {
            super(children);
        }

        @Override
        protected double computePrefHeight(double width) {
            if (width != heights.prefFor) {
                heights.pref = super.computePrefHeight(width);
                heights.prefFor = width;
            }
            return heights.pref;
        }

        @Override
        protected double computeMinHeight(double width) {
            if (width != heights.minFor) {
                heights.min = super.computeMinHeight(width);
                heights.minFor = width;
            }
            return heights.min;
        }

        @Override
        public void requestLayout() {
            if (heights != null) { // null while the super constructor adds the children
                heights.clear();
            }
            super.requestLayout();
        }
    }
}
