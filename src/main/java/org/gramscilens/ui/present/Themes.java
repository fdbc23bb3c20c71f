package org.gramscilens.ui.present;

import java.util.List;
import java.util.Objects;
import javafx.scene.Scene;
import org.gramscilens.markdown.LessonRenderer;

/** The stylesheets of the presentation's windows: the app's theme colours, then lesson text, then ours. */
final class Themes {
    static final String PRESENT_CSS = css("/org/gramscilens/ui/present/present.css");

    private Themes() {}

    static void apply(Scene scene, boolean dark) {
        scene.getStylesheets()
                .setAll(List.of(
                        css("/org/gramscilens/ui/theme-" + (dark ? "dark" : "light") + ".css"),
                        css("/org/gramscilens/ui/app.css"),
                        LessonRenderer.STYLESHEET,
                        PRESENT_CSS));
    }

    private static String css(String resource) {
        return Objects.requireNonNull(Themes.class.getResource(resource), resource)
                .toExternalForm();
    }
}
