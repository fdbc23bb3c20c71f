package org.gramscilens.ui.progress;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;
import org.gramscilens.progress.Profiles;

/**
 * Shows the profile chooser, to look at (not a test). With {@code corrupt} as argument, the chosen
 * profile's progress.json is damaged first, so the report page shows. {@code -Dtheme=dark}.
 */
public final class ProfileChooserPreview extends Application {

    @Override
    public void start(Stage stage) throws Exception {
        Path data = Files.createTempDirectory("profiles");
        Profiles profiles = new Profiles(data);
        profiles.create("Amira Haddad");
        var ben = profiles.create("Ben Okafor");
        try (var s = profiles.choose(ben.id())) {
            s.recordReflection("q", "text");
        }
        if (getParameters().getRaw().contains("corrupt")) {
            Files.writeString(ben.folder().resolve("progress.json"), "{\"schemaVersion\": 2, \"attem");
        }
        String theme = System.getProperty("theme", "light");
        List<String> css = List.of("theme-" + theme + ".css", "app.css", "quiz.css").stream()
                .map(n -> getClass().getResource("/org/gramscilens/ui/" + n).toExternalForm())
                .toList();
        Object result = ProfileChooser.showAndWait(null, profiles, css);
        System.out.println("chosen: " + result);
    }

    /** A main class that is not an Application, so a classpath launch works. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(ProfileChooserPreview.class, args);
        }
    }
}
