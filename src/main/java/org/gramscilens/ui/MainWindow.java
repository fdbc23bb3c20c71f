package org.gramscilens.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import org.gramscilens.course.Course;
import org.gramscilens.course.CourseLoader;
import org.gramscilens.course.CourseNotFoundException;
import org.gramscilens.course.Lesson;
import org.gramscilens.markdown.LessonRenderer;
import org.gramscilens.markdown.LinkHandler;
import org.gramscilens.progress.Profiles;
import org.gramscilens.progress.ProgressStore;
import org.gramscilens.settings.Settings;
import org.gramscilens.settings.SettingsStore;
import org.gramscilens.ui.common.Messages;
import org.gramscilens.ui.progress.ProfileChooser;

/**
 * The main window: builds the shell on a stage, restores and remembers window, theme, zoom and reading
 * position, and opens courses.
 */
public final class MainWindow implements ShellView.Actions {
    private static final System.Logger LOG = System.getLogger(MainWindow.class.getName());
    private static final String APP_CSS = "/org/gramscilens/ui/app.css";
    private static final String LESSON_CSS = "/org/gramscilens/markdown/lesson.css";
    /** Feature stylesheets, added after the theme and the shell's own. */
    private static final List<String> FEATURE_CSS =
            List.of("/org/gramscilens/ui/quiz.css", "/org/gramscilens/ui/map/map.css");

    private final Stage stage;
    private final SettingsStore settingsStore;
    private final Settings settings;
    private final ShellModel model;
    private final ReaderView reader;
    private final OutlineView outline;
    private final ShellView shell;
    private final LessonRenderer renderer;
    private final Profiles profiles;
    private ProgressStore store;
    private Learner learner;
    private final LearnerPages learnerPages;
    private final LinkHandler shellLinks = new ShellLinks();
    private final org.gramscilens.settings.SettingsWriter writer;
    private final org.gramscilens.ui.classview.ClassLink classLink;

    /**
     * @param profiles the learner profiles of the data folder (for switching learner)
     * @param store the chosen learner's progress; the window owns it from now on and closes it
     */
    public MainWindow(
            Stage stage,
            SettingsStore settingsStore,
            Settings settings,
            LessonRenderer renderer,
            Profiles profiles,
            ProgressStore store) {
        this.stage = stage;
        this.settingsStore = settingsStore;
        this.settings = settings;
        this.writer = new org.gramscilens.settings.SettingsWriter(
                settingsStore.file(), m -> LOG.log(System.Logger.Level.WARNING, m));
        this.renderer = renderer;
        this.profiles = profiles;
        this.store = store;
        this.model = new ShellModel(renderer.parser());
        LinkHandler links = shellLinks;
        learnerPages = new LearnerPages(model, renderer.parser());
        reader = new ReaderView(model, renderer, links, learnerPages::page, this::lessonFinished);
        outline = new OutlineView(model);
        shell = new ShellView(model, outline, reader, this);
        model.setTheme(settings.theme);
        model.setZoom(settings.zoom);
        shell.setSidebarVisible(settings.sidebarVisible);
        classLink = new org.gramscilens.ui.classview.ClassLink(
                stage, java.time.Duration.ofSeconds(Long.getLong("gramsci.syncSeconds", 5)));
        shell.addToolbarStatus(classLink.statusNode());

        Scene scene = new Scene(shell.node(), settings.windowWidth, settings.windowHeight);
        applyTheme(scene, model.themeProperty().get());
        model.themeProperty().addListener((o, a, t) -> {
            applyTheme(scene, t);
            saveSoon();
        });
        model.zoomProperty().addListener((o, a, z) -> saveSoon());
        model.locationProperty().addListener((o, a, loc) -> {
            rememberLocation(loc);
            recordVisit(a, loc);
        });
        reader.onScrollSettled(this::rememberReadingBlock);
        addAccelerators(scene);
        stage.setScene(scene);
        stage.setTitle(Messages.get("app.title"));
        placeOnScreen();
        stage.setMaximized(settings.maximized);
        stage.setOnHiding(e -> {
            saveNow();
            classLink.close();
            if (learner != null) {
                learner.close();
            } else {
                this.store.close();
            }
        });
    }

    /** The remembered size and place, fitted to a screen that is attached now (see {@link WindowPlacement}). */
    private void placeOnScreen() {
        java.util.List<WindowPlacement.Box> screens = new java.util.ArrayList<>();
        javafx.stage.Screen primary = javafx.stage.Screen.getPrimary();
        for (javafx.stage.Screen sc : javafx.stage.Screen.getScreens()) {
            javafx.geometry.Rectangle2D b = sc.getVisualBounds();
            screens.add(
                    sc.equals(primary) ? 0 : screens.size(),
                    new WindowPlacement.Box(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()));
        }
        WindowPlacement.Box box = WindowPlacement.place(
                settings.windowWidth, settings.windowHeight, settings.windowX, settings.windowY, screens);
        stage.setMinWidth(Math.min(560, box.width()));
        stage.setMinHeight(Math.min(400, box.height()));
        stage.setWidth(box.width());
        stage.setHeight(box.height());
        stage.setX(box.x());
        stage.setY(box.y());
    }

    public ShellModel model() {
        return model;
    }

    public Stage stage() {
        return stage;
    }

    /** The lesson a course opens on: where reading stopped, else the first lesson. */
    static java.util.Optional<Lesson> startLesson(Course course, Settings settings) {
        Location last = Location.decode(settings.course(course.root().toString()).last);
        return last != null
                        && last.kind() == Location.Kind.LESSON
                        && course.lesson(last.id()).isPresent()
                ? course.lesson(last.id())
                : course.firstLesson();
    }

    /**
     * Takes a lesson's text rendered at start-up on another thread; its links, rendered before this
     * window existed, now lead here.
     */
    void offerRendered(String lessonId, org.gramscilens.markdown.RenderedLesson body, DeferredLinks links) {
        links.setTarget(shellLinks);
        reader.offerRendered(lessonId, body);
    }

    /** Opens {@code course} where the learner last was in it. */
    public void openCourse(Course course) {
        Settings.CourseState state = settings.course(course.root().toString());
        String name = profileName(store);
        learner = new Learner(store, name, course, renderer.parser(), java.time.Clock.systemUTC());
        learner.dueProperty().addListener((o, a, n) -> model.setDue(n.intValue()));
        model.setDue(0);
        model.setLearner(name);
        learnerPages.reset(learner);
        classLink.open(store, course, renderer.parser());
        var view = store.view();
        model.openCourse(course, Location.decode(state.last), view.lessonsOpened(), view.lessonsFinished());
        restoreReadingPlace(state);
        stage.setTitle(course.info().title() + " — " + Messages.get("app.title"));
        shell.setBanner(store.readOnlyReason()
                .map(r -> Messages.get("store.readOnly", r))
                .orElse(null));
        prebuildLessons(course);
        reader.focus();
    }

    /** Back to the paragraph where reading stopped, once the lesson it stopped in is laid out. */
    private void restoreReadingPlace(Settings.CourseState state) {
        Location here = model.location();
        int block = state.block;
        if (block > 0
                && here != null
                && here.kind() == Location.Kind.LESSON
                && here.equals(Location.decode(state.last))) {
            BenchProbe.afterFirstPaint(() -> {
                if (here.equals(model.location())) {
                    reader.scrollToBlock(block);
                }
            });
        }
    }

    /** Remembers the paragraph at the top of the lesson being read (when scrolling stops). */
    private void rememberReadingBlock() {
        if (captureReadingBlock()) {
            saveSoon();
        }
    }

    private boolean captureReadingBlock() {
        Location here = model.location();
        if (model.course() != null && here != null && here.kind() == Location.Kind.LESSON) {
            settings.course(model.course().root().toString()).block = reader.readingBlock();
            return true;
        }
        return false;
    }

    private String profileName(ProgressStore s) {
        String folder = s.folder().getFileName().toString();
        return profiles.find(folder).map(p -> p.displayName()).orElse(folder);
    }

    /** Where reading is in the lesson shown (see {@link ReaderView#readingBlock}), for tests. */
    int readingBlock() {
        return reader.readingBlock();
    }

    /** The learner now reading, for tests. */
    ProgressStore store() {
        return store;
    }

    private void recordVisit(Location before, Location now) {
        if (now != null
                && now.kind() == Location.Kind.LESSON
                && learner != null
                && (before == null || !before.samePage(now))) {
            learner.lessonOpened(now.id());
        }
        if (before != null
                && learner != null
                && (before.kind() == Location.Kind.QUIZ || before.kind() == Location.Kind.REVIEW)) {
            learner.refreshDue();
        }
    }

    private void lessonFinished(String lessonId) {
        model.finished().add(lessonId);
        if (learner != null) {
            learner.lessonFinished(lessonId);
        }
    }

    /** View → Present This Lesson (F5): seminar mode on the lesson being read, or the first. */
    @Override
    public void present() {
        Course course = model.course();
        Location here = model.location();
        Lesson lesson = (here != null && here.kind() == Location.Kind.LESSON
                        ? course.lesson(here.id())
                        : course.firstLesson())
                .orElse(null);
        if (lesson != null) {
            org.gramscilens.ui.present.Presenter.present(
                    stage,
                    course,
                    lesson,
                    org.gramscilens.ui.present.Presenter.Options.defaults()
                            .withDark("dark".equals(model.themeProperty().get()))
                            .withRenderer(renderer)
                            .withLivePolls(classLink.livePolls().orElse(null)));
        }
    }

    /** Settings → Class: the class LRS and whether to send progress there. */
    @Override
    public void classSettings() {
        classLink.showSettings();
    }

    /** File → Class Results…: the class's answers from the LRS or from handed-in statement files. */
    @Override
    public void classResults() {
        classLink.showResults();
    }

    /** The class link (sync, settings), for tests. */
    org.gramscilens.ui.classview.ClassLink classLink() {
        return classLink;
    }

    /** File → Export Handout: the lesson being read (or the first), or the whole course. */
    @Override
    public void exportHandout(boolean wholeCourse) {
        Course course = model.course();
        Location here = model.location();
        Lesson lesson = wholeCourse
                ? null
                : (here != null && here.kind() == Location.Kind.LESSON
                                ? course.lesson(here.id())
                                : course.firstLesson())
                        .orElse(null);
        if (!wholeCourse && lesson == null) {
            return;
        }
        HandoutExport.choose(stage, course, lesson, renderer.parser());
    }

    /** File → Switch Learner…: another learner's progress, same course and place. */
    @Override
    public void switchLearner() {
        Optional<ProgressStore> chosen =
                ProfileChooser.showAndWait(stage, profiles, stage.getScene().getStylesheets());
        chosen.ifPresent(s -> {
            learner.close();
            store = s;
            openCourse(model.course());
        });
    }

    /**
     * Once the first frame is painted, builds the search index in the background and the other lesson
     * pages one per frame, so that neither delays start-up and switching lessons later is a swap.
     */
    private void prebuildLessons(Course course) {
        List<Lesson> lessons = course.lessons().filter(l -> !l.broken()).toList();
        BenchProbe.afterFirstPaint(() -> {
            model.buildSearchIndex();
            learner.refreshDue();
            new javafx.animation.AnimationTimer() {
                private int next;

                @Override
                public void handle(long now) {
                    if (model.course() != course || next >= lessons.size()) {
                        stop();
                        return;
                    }
                    reader.prebuild(lessons.get(next++));
                }
            }.start();
        });
    }

    private static void applyTheme(Scene scene, String theme) {
        scene.getStylesheets().setAll(stylesheets(theme));
    }

    /** The stylesheets of every window of the app, in order: theme, shell, lessons, features. */
    static List<String> stylesheets(String theme) {
        List<String> sheets = new java.util.ArrayList<>();
        sheets.add(css("/org/gramscilens/ui/theme-" + ("dark".equals(theme) ? "dark" : "light") + ".css"));
        sheets.add(css(APP_CSS));
        sheets.add(css(LESSON_CSS));
        FEATURE_CSS.stream()
                .filter(r -> MainWindow.class.getResource(r) != null)
                .map(MainWindow::css)
                .forEach(sheets::add);
        return sheets;
    }

    private static String css(String resource) {
        return Objects.requireNonNull(MainWindow.class.getResource(resource), resource)
                .toExternalForm();
    }

    private void addAccelerators(Scene scene) {
        // Navigation keys must work wherever focus is; the outline's TreeView would otherwise take
        // Ctrl+PageUp/PageDown for itself before the menu accelerators see them.
        java.util.Map<Shortcut, Runnable> global = java.util.Map.of(
                Shortcut.NEXT,
                model::nextLesson,
                Shortcut.PREVIOUS,
                model::previousLesson,
                Shortcut.BACK,
                model::back,
                Shortcut.FORWARD,
                model::forward);
        scene.addEventFilter(
                javafx.scene.input.KeyEvent.KEY_PRESSED,
                e -> global.forEach((shortcut, action) -> {
                    if (!e.isConsumed() && shortcut.key.match(e)) {
                        e.consume();
                        action.run();
                    }
                }));
        scene.getAccelerators().put(Shortcut.SEARCH_ALSO.key, shell::focusSearch);
        scene.getAccelerators().put(Shortcut.BACK_ALSO.key, model::back);
    }

    private void rememberLocation(Location loc) {
        if (loc == null || model.course() == null) {
            return;
        }
        Settings.CourseState state = settings.course(model.course().root().toString());
        if (loc.kind() == Location.Kind.LESSON
                || loc.kind() == Location.Kind.GLOSSARY
                || loc.kind() == Location.Kind.REFERENCES) {
            if (!loc.encode().equals(state.last)) {
                state.block = 0;
            }
            state.last = loc.encode();
            saveSoon();
        }
    }

    private void captureWindow() {
        settings.maximized = stage.isMaximized();
        // Before the window is first shown its position is NaN: keep what was saved before.
        if (!stage.isMaximized()
                && stage.getWidth() > 0
                && Double.isFinite(stage.getX())
                && Double.isFinite(stage.getY())) {
            settings.windowX = stage.getX();
            settings.windowY = stage.getY();
            settings.windowWidth = stage.getWidth();
            settings.windowHeight = stage.getHeight();
        }
        settings.theme = model.themeProperty().get();
        settings.zoom = model.zoomProperty().get();
        settings.sidebarVisible = shell.sidebarVisible();
    }

    /** Writes settings off the FX thread, at most twice a second; the snapshot is taken now. */
    private void saveSoon() {
        captureWindow();
        try {
            writer.saveLater(SettingsStore.bytes(settings));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not save settings: " + e.getMessage());
        }
    }

    /** Writes settings now (on closing): what is pending, then the window as it is. */
    public void saveNow() {
        captureReadingBlock();
        saveSoon();
        writer.close();
    }

    @Override
    public void openCourseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.get("open.title"));
        // Open in a real folder (beside the course being read, else home), not on the toolkit's empty "Recent" list.
        Path parent = model.course() == null
                ? null
                : model.course().root().toAbsolutePath().getParent();
        java.io.File near = parent == null ? null : parent.toFile();
        java.io.File home = new java.io.File(System.getProperty("user.home"));
        chooser.setInitialDirectory(near != null && near.isDirectory() ? near : home.isDirectory() ? home : null);
        java.io.File dir = chooser.showDialog(stage);
        if (dir != null) {
            openCourseFolder(dir.toPath());
        }
    }

    /** Loads a course in the background and opens it, or explains why it cannot. */
    public void openCourseFolder(Path dir) {
        Task<Course> load = new Task<>() {
            @Override
            protected Course call() throws Exception {
                return new CourseLoader().load(dir);
            }
        };
        stage.getScene().setCursor(javafx.scene.Cursor.WAIT);
        load.setOnSucceeded(e -> {
            stage.getScene().setCursor(null);
            openCourse(load.getValue());
        });
        load.setOnFailed(e -> {
            stage.getScene().setCursor(null);
            Throwable t = load.getException();
            showError(
                    Messages.get("open.failed"),
                    t instanceof CourseNotFoundException
                            ? t.getMessage()
                            : Messages.get("open.failedDetail", dir, String.valueOf(t)));
        });
        Thread t = new Thread(load, "course-loader");
        t.setDaemon(true);
        t.start();
    }

    void showError(String header, String detail) {
        Alert a = new Alert(Alert.AlertType.ERROR, detail);
        a.initOwner(stage);
        a.setHeaderText(header);
        a.getDialogPane().setId("error-dialog");
        a.show();
    }

    @Override
    public void showShortcuts() {
        ShortcutSheet.show(stage);
    }

    @Override
    public void showAbout() {
        AboutDialog.show(stage);
    }

    @Override
    public void quit() {
        stage.close();
    }

    /** Where rendered links go. */
    private final class ShellLinks implements LinkHandler {
        @Override
        public void openLesson(String lessonId, String anchor) {
            model.navigate(Location.lesson(lessonId, anchor, null));
        }

        @Override
        public void openAnchor(String anchor) {
            Location here = model.location();
            if (here != null && here.kind() == Location.Kind.LESSON) {
                model.navigate(Location.lesson(here.id(), anchor, null));
            }
        }

        @Override
        public void openGlossary(String termId) {
            model.navigate(Location.glossary(termId));
        }

        @Override
        public void openReference(String key) {
            model.navigate(Location.references(key));
        }

        @Override
        public void openExternal(String url) {
            ExternalLinks.confirmAndOpen(stage, url);
        }
    }
}
