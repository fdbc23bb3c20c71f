package org.gramscilens.ui;

import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.gramscilens.ui.common.Messages;

/**
 * A small window in the app's own theme (light or dark, the owner's stylesheets), not a stock grey Alert:
 * a heading, content that scrolls when the screen is small, and a Close button that Esc and Enter press.
 */
final class ThemedDialog {
    private ThemedDialog() {}

    static Stage show(Window owner, String id, String title, Node content) {
        Label heading = new Label(title);
        heading.getStyleClass().add("app-dialog-title");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("app-dialog-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Button close = new Button(Messages.get("dialog.close"));
        close.setId(id + "-close");
        close.setDefaultButton(true);
        close.setCancelButton(true);
        HBox buttons = new HBox(close);
        buttons.getStyleClass().add("app-dialog-buttons");
        VBox root = new VBox(heading, scroll, buttons);
        root.setId(id);
        root.getStyleClass().add("app-dialog");

        Stage stage = new Stage();
        stage.setTitle(title);
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        close.setOnAction(e -> stage.close());
        // Never taller or wider than the screen it opens on; the content scrolls instead.
        Rectangle2D screen = (owner == null
                        ? Screen.getPrimary()
                        : Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight())
                                .stream()
                                .findFirst()
                                .orElse(Screen.getPrimary()))
                .getVisualBounds();
        root.applyCss();
        root.layout();
        stage.setWidth(Math.min(root.prefWidth(-1) + 40, screen.getWidth() * 0.9));
        stage.setHeight(Math.min(root.prefHeight(-1) + 60, screen.getHeight() * 0.9));
        stage.show();
        close.requestFocus();
        return stage;
    }
}
