package org.gramscilens.ui.quiz;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/**
 * Matching lists whose long answers wrap instead of being cut, and whose open list stays as wide as the box:
 * a wider list would be pushed left over the items being matched.
 */
final class MatchCells {
    private MatchCells() {}

    static void wrapInside(ComboBox<String> box) {
        box.setCellFactory(list -> new Wrapping(box));
        box.setButtonCell(new Wrapping(box));
    }

    private static final class Wrapping extends ListCell<String> {
        Wrapping(ComboBox<String> box) {
            setWrapText(true);
            // Never wider than the box: the list takes the box's width and the text wraps inside it.
            prefWidthProperty()
                    .bind(box.widthProperty().subtract(box.getInsets().getLeft() + 2));
            setMaxWidth(USE_PREF_SIZE);
            getStyleClass().add("quiz-match-cell");
            listViewProperty().addListener((o, was, now) -> fix(now, box));
        }

        private static void fix(ListView<String> list, ComboBox<String> box) {
            if (list != null) {
                list.prefWidthProperty().bind(box.widthProperty());
                list.maxWidthProperty().bind(box.widthProperty());
            }
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item);
        }
    }
}
