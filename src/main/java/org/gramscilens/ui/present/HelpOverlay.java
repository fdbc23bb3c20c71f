package org.gramscilens.ui.present;

import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** "?": every key of the presentation on one sheet, over the slide, at a size readable from the back. */
final class HelpOverlay {
    private final ScaledCanvas canvas = new ScaledCanvas();

    HelpOverlay(PresentationModel model) {
        canvas.setId("present-help");
        canvas.getStyleClass().add("present-help");
        GridPane keys = new GridPane();
        keys.getStyleClass().add("present-help-keys");
        int row = 0;
        for (PresentationKeys.Help h : PresentationKeys.HELP) {
            Label key = new Label(h.keys());
            key.getStyleClass().add("present-help-key");
            Label action = new Label(Messages.get(h.action()));
            action.getStyleClass().add("present-help-action");
            keys.addRow(row++, key, action);
        }
        Label title = new Label(Messages.get("help.title"));
        title.getStyleClass().add("present-help-title");
        Label close = new Label(Messages.get("help.close"));
        close.getStyleClass().add("present-help-hint");
        VBox panel = new VBox(title, keys, close);
        panel.getStyleClass().add("present-help-panel");
        panel.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        StackPane page = new StackPane(panel);
        page.getStyleClass().add("present-help-page");
        canvas.show(page);
        canvas.visibleProperty().bind(model.helpShownProperty());
    }

    ScaledCanvas node() {
        return canvas;
    }
}
