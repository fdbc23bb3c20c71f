package org.gramscilens.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** F1: every keyboard shortcut on one sheet. */
final class ShortcutSheet {
    /** Key, then the message key of what it does. */
    static final String[][] SHORTCUTS = {
        {"Ctrl+F", "shortcut.search"},
        {"Alt+←  /  Alt+→", "shortcut.backForward"},
        {"Ctrl+PageDown  /  Ctrl+PageUp", "shortcut.nextPrevious"},
        {"Ctrl++  /  Ctrl+-  /  Ctrl+0", "shortcut.zoom"},
        {"Ctrl+Shift+D", "shortcut.theme"},
        {"F9", "shortcut.sidebar"},
        {"Ctrl+G", "shortcut.glossary"},
        {"Ctrl+R", "shortcut.references"},
        {"Ctrl+M", "shortcut.map"},
        {"Ctrl+Shift+Q / R / P", "shortcut.quiz"},
        {"F5", "shortcut.present"},
        {"Ctrl+O", "shortcut.open"},
        {"Ctrl+C", "shortcut.copy"},
        {"Tab  /  Shift+Tab", "shortcut.tab"},
        {"Enter", "shortcut.enter"},
        {"F1", "shortcut.help"},
        {"Ctrl+Q", "shortcut.quit"},
    };

    private ShortcutSheet() {
    }

    static void show(Window owner) {
        GridPane grid = new GridPane();
        grid.setId("shortcut-sheet");
        grid.getStyleClass().add("shortcut-sheet");
        for (int i = 0; i < SHORTCUTS.length; i++) {
            Label key = new Label(SHORTCUTS[i][0]);
            key.getStyleClass().add("shortcut-key");
            grid.addRow(i, key, new Label(Messages.get(SHORTCUTS[i][1])));
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", javafx.scene.control.ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("shortcut.title"));
        alert.setHeaderText(Messages.get("shortcut.title"));
        alert.getDialogPane().setContent(grid);
        if (owner != null && owner.getScene() != null) {
            alert.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        alert.show();
    }
}
