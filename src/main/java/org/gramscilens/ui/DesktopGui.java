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
            trace("toolkit ready");
            Startup s = loading.join();
            trace("course loaded");
            Stage stage = new Stage();
            MainWindow window = new MainWindow(stage, s.store(), s.settings(), s.renderer());
            trace("shell built");
            if (s.course() == null) {
                showFatal(s.error());
                return;
            }
            window.openCourse(s.course());
            trace("lesson built");
            stage.show();
            trace("window shown");
            if (s.error() != null) {
                window.showError(Messages.get("open.failed"), s.error());
            }
            if (s.store().warning() != null) {
                window.showError(Messages.get("settings.unreadable"), s.store().warning());
            }
            if (benchStartup) {
                BenchProbe.reportFirstPaint();
            }
        });
    }

    /** With -Dgramsci.trace=true, prints how long each start-up phase took since the process started. */
    private static void trace(String phase) {
        if (Boolean.getBoolean("gramsci.trace")) {
            java.time.Instant start = ProcessHandle.current().info().startInstant().orElse(java.time.Instant.now());
            System.err.println("trace " + java.time.Duration.between(start, java.time.Instant.now()).toMillis()
                    + " ms " + phase + " [" + Thread.currentThread().getName() + "]");
        }
    }

    private static Startup load(Path content, Path dataDir) {
        trace("loading");
        SettingsStore store = new SettingsStore(dataDir);
        Settings settings = store.load();
        trace("settings read");
        LessonRenderer renderer = new LessonRenderer(new org.gramscilens.markdown.syntax.MarkdownParser());
        trace("renderer ready");
        CourseLoader loader = new CourseLoader();
        try {
            Course course = loader.load(content);
            trace("course read");
            return new Startup(course, null, store, settings, renderer);
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
            BenchProbe.reportFirstPaint();
        });
    }

    @Override
    public void openForBenchmark(Path content, Path dataDir, String what) {
        UiBench.start(content, dataDir, what);
    }
}
