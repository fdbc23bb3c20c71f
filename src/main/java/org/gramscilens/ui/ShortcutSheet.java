package org.gramscilens.ui;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.gramscilens.ui.common.Messages;

/** F1: every keyboard shortcut of {@link Shortcut}, grouped as the menus are, in the app's theme. */
final class ShortcutSheet {
    private ShortcutSheet() {}

    static void show(Window owner) {
        ThemedDialog.show(owner, "shortcut-dialog", Messages.get("shortcut.title"), content());
    }

    /** Two columns: going places on the left, the rest on the right, so the sheet fits a 640 px screen. */
    static HBox content() {
        VBox left = new VBox(group(Shortcut.Group.GO));
        VBox right = new VBox(group(Shortcut.Group.FILE), group(Shortcut.Group.VIEW), group(Shortcut.Group.TEXT));
        left.getStyleClass().add("shortcut-column");
        right.getStyleClass().add("shortcut-column");
        HBox sheet = new HBox(left, right);
        sheet.setId("shortcut-sheet");
        sheet.getStyleClass().add("shortcut-sheet");
        return sheet;
    }

    private static VBox group(Shortcut.Group group) {
        Label title = new Label(Messages.get(group.titleKey));
        title.getStyleClass().add("shortcut-group");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("shortcut-grid");
        int row = 0;
        for (Shortcut s : List.of(Shortcut.values())) {
            if (s.group != group) {
                continue;
            }
            Label key = new Label(s.key.getDisplayText());
            key.getStyleClass().add("shortcut-key");
            key.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label what = new Label(s.description());
            what.getStyleClass().add("shortcut-description");
            what.setWrapText(true);
            grid.addRow(row++, key, what);
        }
        return new VBox(title, grid);
    }
}
