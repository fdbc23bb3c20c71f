package org.gramscilens.ui;

import java.nio.file.Path;
import java.util.List;
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
import org.gramscilens.files.AppLog;
import org.gramscilens.markdown.LessonRenderer;
import org.gramscilens.progress.Profile;
import org.gramscilens.progress.Profiles;
import org.gramscilens.progress.ProgressStore;
import org.gramscilens.settings.Settings;
import org.gramscilens.settings.SettingsStore;
import org.gramscilens.ui.common.Messages;
import org.gramscilens.ui.progress.ProfileChooser;
import org.gramscilens.ui.progress.ProfileChooserModel;

/**
 * Starts JavaFX and opens the main window. The course, the settings and the Markdown parser are loaded
 * on another thread while the toolkit starts, so the first frame already shows the lesson.
 */
public final class DesktopGui implements Gui {
    private static final System.Logger LOG = System.getLogger(DesktopGui.class.getName());

    /** What is read before the window is built. {@code error} is set when the course could not be opened. */
    private record Startup(
            Course course,
            String error,
            SettingsStore store,
            Settings settings,
            LessonRenderer renderer,
            Profiles profiles,
            ProgressStore progress) {}

    @Override
    public void open(Path content, Path dataDir, boolean benchStartup) {
        AppLog.quietClassPathWarning();
        // The learner's progress and the course are read on two threads while the toolkit starts on a third.
        CompletableFuture<LearnerChoice> learner = CompletableFuture.supplyAsync(() -> {
            AppLog.install(dataDir);
            return learner(dataDir, benchStartup);
        });
        CompletableFuture<Startup> loading = CompletableFuture.supplyAsync(() -> load(content, dataDir, learner));
        // Once the toolkit runs, the first lesson's text is rendered on the loading thread while the FX thread
        // builds the window.
        CompletableFuture<Void> toolkit = new CompletableFuture<>();
        DeferredLinks firstLinks = new DeferredLinks();
        CompletableFuture<FirstLesson> first =
                loading.thenCombineAsync(toolkit, (s, ready) -> renderFirst(s, firstLinks));
        Platform.startup(() -> {
            trace("toolkit ready");
            toolkit.complete(null);
            Startup s = loading.join();
            trace("course loaded");
            if (s.course() == null) {
                showFatal(s.error());
                return;
            }
            if (s.progress() != null) {
                openWindow(s, s.progress(), benchStartup, first, firstLinks);
            } else {
                chooseLearner(s, benchStartup);
            }
        });
    }

    /**
     * Asks which learner is reading, then opens the window. Not with showAndWait: a nested event loop
     * inside the start-up runnable leaves the chooser unpainted on Linux.
     */
    private static void chooseLearner(Startup s, boolean benchStartup) {
        ProfileChooser chooser = new ProfileChooser(new ProfileChooserModel(s.profiles()));
        Stage stage = new Stage();
        stage.setTitle(Messages.get("app.title"));
        Scene scene = new Scene((javafx.scene.Parent) chooser.node(), 560, 520);
        scene.getStylesheets().setAll(MainWindow.stylesheets(s.settings().theme));
        stage.setScene(scene);
        chooser.setOnDone(() -> {
            stage.hide();
            chooser.model()
                    .store()
                    .ifPresentOrElse(store -> openWindow(s, store, benchStartup, null, null), Platform::exit);
        });
        stage.setOnCloseRequest(e -> Platform.exit());
        stage.show();
    }

    /** The lesson the window opens on, its text rendered ahead; null fields when there is none. */
    private record FirstLesson(String id, org.gramscilens.markdown.RenderedLesson body) {}

    private static FirstLesson renderFirst(Startup s, DeferredLinks links) {
        if (s.course() == null) {
            return new FirstLesson(null, null);
        }
        return MainWindow.startLesson(s.course(), s.settings())
                .map(l -> new FirstLesson(l.id(), LessonPage.renderBody(s.course(), l, s.renderer(), links)))
                .orElse(new FirstLesson(null, null));
    }

    private static void openWindow(
            Startup s,
            ProgressStore progress,
            boolean benchStartup,
            CompletableFuture<FirstLesson> first,
            DeferredLinks firstLinks) {
        {
            Stage stage = new Stage();
            MainWindow window = new MainWindow(stage, s.store(), s.settings(), s.renderer(), s.profiles(), progress);
            trace("shell built");
            FirstLesson f = first == null ? null : first.join();
            if (f != null && f.id() != null) {
                window.offerRendered(f.id(), f.body(), firstLinks);
            }
            trace("first lesson rendered");
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
            StoreNotice.showIfNeeded(stage, progress);
            if (benchStartup) {
                BenchProbe.reportFirstPaint();
            }
        }
    }

    /** With -Dgramsci.trace=true, prints how long each start-up phase took since the process started. */
    private static void trace(String phase) {
        if (Boolean.getBoolean("gramsci.trace")) {
            System.err.println("trace " + BenchProbe.sinceStart() + " ms " + phase + " ["
                    + Thread.currentThread().getName() + "]");
        }
    }

    /**
     * Reads what the window needs. With exactly one learner profile it is opened here, in the background;
     * with none or several the learner chooses on screen (a benchmark run makes its own profile).
     */
    /** The profiles, and the store of the only one (null when the learner must choose). */
    private record LearnerChoice(Profiles profiles, ProgressStore store) {}

    private static LearnerChoice learner(Path dataDir, boolean bench) {
        Profiles profiles = new Profiles(dataDir);
        List<Profile> known = profiles.list();
        if (known.isEmpty() && bench) {
            known = List.of(profiles.create("Benchmark"));
        }
        ProgressStore progress =
                known.size() == 1 ? profiles.choose(known.get(0).id()) : null;
        trace("progress opened");
        return new LearnerChoice(profiles, progress);
    }

    private static Startup load(Path content, Path dataDir, CompletableFuture<LearnerChoice> learner) {
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
            LearnerChoice l = learner.join();
            return new Startup(course, null, store, settings, renderer, l.profiles(), l.store());
        } catch (CourseNotFoundException e) {
            LOG.log(System.Logger.Level.WARNING, e.getMessage());
            // Say why, then fall back to the bundled course so the learner still has something to read.
            var bundled = BundledCourse.locate().filter(p -> !p.equals(e.folder()));
            if (bundled.isPresent()) {
                try {
                    Course course = loader.load(bundled.get());
                    LearnerChoice l = learner.join();
                    return new Startup(course, e.getMessage(), store, settings, renderer, l.profiles(), l.store());
                } catch (CourseNotFoundException again) {
                    return new Startup(null, e.getMessage(), store, settings, renderer, null, null);
                }
            }
            return new Startup(null, e.getMessage(), store, settings, renderer, null, null);
        }
    }

    private static void showFatal(String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message);
        a.setHeaderText(Messages.get("open.failed"));
        a.setOnHidden(e -> Platform.exit());
        a.show();
    }

    @Override
    public void writeMapPng(org.gramscilens.map.ConceptMap map, Path file) throws java.io.IOException {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Runnable draw = () -> {
            try {
                org.gramscilens.ui.map.MapView.writePng(map, new org.gramscilens.map.MapLayout().layout(map), file);
                done.complete(null);
            } catch (java.io.IOException | RuntimeException e) {
                done.completeExceptionally(e);
            }
        };
        try {
            Platform.startup(draw);
        } catch (IllegalStateException alreadyRunning) {
            Platform.runLater(draw);
        }
        try {
            done.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof java.io.IOException io ? io : new java.io.IOException(e.getCause());
        }
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
