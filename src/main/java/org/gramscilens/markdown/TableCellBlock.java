package org.gramscilens.markdown;

import javafx.scene.Node;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A table cell that never gets narrower than its longest word, so a column cannot collapse to one letter
 * per line. A word longer than {@link #MAX_WORD_EMS} ems (a URL, a chemical name) may still break, so one
 * such word cannot force the whole table wide.
 */
final class TableCellBlock extends TextBlock {
    static final double MAX_WORD_EMS = 14;
    private double longestWord = -1;

    TableCellBlock(BlockScope scope) {
        super(scope);
    }

    @Override
    protected double computeMinWidth(double height) {
        if (longestWord < 0) {
            longestWord = longestWord();
        }
        return snappedLeftInset() + longestWord + snappedRightInset();
    }

    /** Text, font or children changed: measure again on the next layout. */
    @Override
    public void requestLayout() {
        longestWord = -1;
        super.requestLayout();
    }

    private double longestWord() {
        Text measure = new Text();
        double widest = 0;
        for (Node child : getManagedChildren()) {
            if (child instanceof Text text) {
                Font font = text.getFont();
                double cap = MAX_WORD_EMS * font.getSize();
                measure.setFont(font);
                for (String word : text.getText().split("\\s+")) {
                    if (!word.isEmpty()) {
                        measure.setText(word);
                        widest = Math.max(
                                widest,
                                Math.min(
                                        cap, Math.ceil(measure.getLayoutBounds().getWidth())));
                    }
                }
            } else {
                widest = Math.max(
                        widest,
                        Math.min(
                                child.prefWidth(-1),
                                MAX_WORD_EMS * Font.getDefault().getSize()));
            }
        }
        return widest;
    }
}
