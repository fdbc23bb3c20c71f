package org.gramscilens.ui;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.gramscilens.cli.Gui;
import org.gramscilens.course.BundledCourse;
import org.gramscilens.course.Course;
import org.gramscilens.course.CourseLoader;
import org.gramscilens.course.CourseNotFoundException;
import org.gramscilens.markdown.LessonRenderer;
import org.gramscilens.settings.Settings;
import org.gramscilens.settings.SettingsStore;

/**
 * Starts JavaFX and opens the main window. The course, the settings and the Markdown parser are loaded
 * on another thread while the toolkit starts, so the first frame already shows the lesson.
 */
public final class DesktopGui implements Gui {

    /** What is read before the window is built. {@code error} is set when the course could not be opened. */
    private record Startup(Course course, String error, SettingsStore store, Settings settings, LessonRenderer renderer) { }

    @Override
    public void open(Path content, Path dataDir, boolean benchStartup) {
        CompletableFuture<Startup> loading = CompletableFuture.supplyAsync(() -> load(content, dataDir));
        Platform.startup(() -> {
            Startup s = loading.join();
            Stage stage = new Stage();
            MainWindow window = new MainWindow(stage, s.store(), s.settings(), s.renderer());
            if (s.course() == null) {
                showFatal(s.error());
                return;
            }
            window.openCourse(s.course());
            stage.show();
            if (s.error() != null) {
                window.showError(Messages.get("open.failed"), s.error());
            }
            if (s.store().warning() != null) {
                window.showError(Messages.get("settings.unreadable"), s.store().warning());
            }
            if (benchStartup) {
                BenchProbe.reportFirstPaint(stage.getScene());
            }
        });
    }

    private static Startup load(Path content, Path dataDir) {
        SettingsStore store = new SettingsStore(dataDir);
        Settings settings = store.load();
        LessonRenderer renderer = new LessonRenderer();
        CourseLoader loader = new CourseLoader();
        try {
            return new Startup(loader.load(content), null, store, settings, renderer);
        } catch (CourseNotFoundException e) {
            System.err.println("gramsci-lens: " + e.getMessage());
            // Say why, then fall back to the bundled course so the learner still has something to read.
            var bundled = BundledCourse.locate().filter(p -> !p.equals(e.folder()));
            if (bundled.isPresent()) {
                try {
                    return new Startup(loader.load(bundled.get()), e.getMessage(), store, settings, renderer);
                } catch (CourseNotFoundException again) {
                    return new Startup(null, e.getMessage(), store, settings, renderer);
                }
            }
            return new Startup(null, e.getMessage(), store, settings, renderer);
        }
    }

    private static void showFatal(String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message);
        a.setHeaderText(Messages.get("open.failed"));
        a.showAndWait();
        Platform.exit();
    }

    @Override
    public void openEmptyWindowForBenchmark() {
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(), 1200, 800));
            stage.setTitle("empty");
            stage.show();
            BenchProbe.reportFirstPaint(stage.getScene());
        });
    }
}
