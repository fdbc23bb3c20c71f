package org.gramscilens.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.gramscilens.ui.common.Messages;

/** Help → About: what the app is, which version, and where its log file is, in the app's theme. */
final class AboutDialog {
    private AboutDialog() {}

    static void show(Window owner) {
        Label version = new Label(Messages.get("about.version", version()));
        version.setId("about-version");
        version.getStyleClass().add("about-version");
        Label text = new Label(Messages.get("about.text"));
        text.setWrapText(true);
        text.setMaxWidth(460);
        text.getStyleClass().add("about-text");
        VBox content = new VBox(version, text);
        org.gramscilens.files.AppLog.file().ifPresent(log -> {
            Label where = new Label(Messages.get("about.log", log.toString()));
            where.setId("about-log");
            where.setWrapText(true);
            where.setMaxWidth(460);
            where.getStyleClass().add("about-text");
            content.getChildren().add(where);
        });
        content.getStyleClass().add("about-content");
        ThemedDialog.show(owner, "about-dialog", Messages.get("app.title"), content);
    }

    /** The jar's Implementation-Version, or the bundle's words for a build run from the sources. */
    static String version() {
        String v = AboutDialog.class.getPackage().getImplementationVersion();
        return v == null ? Messages.get("about.devBuild") : v;
    }
}
