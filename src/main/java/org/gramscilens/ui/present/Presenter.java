package org.gramscilens.ui.present;

import java.time.Clock;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.gramscilens.course.Course;
import org.gramscilens.course.Lesson;
import org.gramscilens.map.ConceptMap;
import org.gramscilens.map.ConceptMapLoader;
import org.gramscilens.markdown.LessonRenderer;
import org.gramscilens.markdown.syntax.MarkdownParser;
import org.gramscilens.review.CourseQuestions;
import org.gramscilens.slides.Directive;
import org.gramscilens.slides.SlideDeck;
import org.gramscilens.slides.SlideSplitter;

/**
 * Seminar mode's entry point: presents one lesson as slides. What the shell calls, on the FX thread:
 *
 * <pre>{@code
 * Presenter.present(mainStage, course, lesson);                       // screen and theme chosen for you
 * Presenter.present(mainStage, course, lesson, Presenter.Options.defaults()
 *         .withScreen(screen).withDark("dark".equals(theme)).withRenderer(renderer));
 * }</pre>
 *
 * <p>The slides go full screen on the chosen screen (by default the largest screen that is not the primary
 * one, else the primary). With a second screen the speaker view opens on the primary one (maximised);
 * on a single screen S swaps the projected slide for the speaker view and back. Closing either window or
 * Ctrl+W ends the presentation. The course's quizzes and concept map are read only if the lesson has poll
 * or map slides, in the background once the slides are up. The timer starts when the slides appear.
 */
public final class Presenter {
    private static final Duration TICK = Duration.millis(250);

    /**
     * @param screen where the slides go; null for {@link #defaultScreen()}
     * @param speakerScreen where the speaker view's own window goes; null to put it on another screen than
     *     the slides' if there is one (the primary, else any), and else to show it in the slides' window
     *     on S
     * @param dark dark slides (light text on dark) rather than light ones; D toggles while presenting
     * @param fullScreen start full screen (F toggles); false is for previews and tests
     * @param clock the timer's and wall clock's time source
     * @param renderer the app's lesson renderer, to share its parser and glossary matcher; null for a new one
     * @param livePolls where poll slides read live answers (the class LRS); null for the show of hands alone
     */
    public record Options(
            Screen screen,
            Screen speakerScreen,
            boolean dark,
            boolean fullScreen,
            Clock clock,
            LessonRenderer renderer,
            LivePollSource livePolls) {
        public static Options defaults() {
            return new Options(null, null, false, true, Clock.systemDefaultZone(), null, null);
        }

        /** Poll slides also show the answers learners give in their own copies (the class LRS); null: none. */
        public Options withLivePolls(LivePollSource source) {
            return new Options(screen, speakerScreen, dark, fullScreen, clock, renderer, source);
        }

        public Options withScreen(Screen s) {
            return new Options(s, speakerScreen, dark, fullScreen, clock, renderer, livePolls);
        }

        public Options withSpeakerScreen(Screen s) {
            return new Options(screen, s, dark, fullScreen, clock, renderer, livePolls);
        }

        public Options withDark(boolean d) {
            return new Options(screen, speakerScreen, d, fullScreen, clock, renderer, livePolls);
        }

        public Options withFullScreen(boolean f) {
            return new Options(screen, speakerScreen, dark, f, clock, renderer, livePolls);
        }

        public Options withClock(Clock c) {
            return new Options(screen, speakerScreen, dark, fullScreen, Objects.requireNonNull(c), renderer, livePolls);
        }

        public Options withRenderer(LessonRenderer r) {
            return new Options(screen, speakerScreen, dark, fullScreen, clock, r, livePolls);
        }
    }

    private final PresentationModel model;
    private final PresentationWindow window;
    private final SpeakerView speaker;
    private final Stage speakerStage;
    private final Timeline ticker;

    private Presenter(PresentationModel model, PresentationWindow window, SpeakerView speaker, Stage speakerStage) {
        this.model = model;
        this.window = window;
        this.speaker = speaker;
        this.speakerStage = speakerStage;
        this.ticker = new Timeline(new KeyFrame(TICK, e -> model.timer().tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
    }

    public static Presenter present(Stage owner, Course course, Lesson lesson) {
        return present(owner, course, lesson, Options.defaults());
    }

    public static Presenter present(Stage owner, Course course, Lesson lesson, Screen screen) {
        return present(owner, course, lesson, Options.defaults().withScreen(screen));
    }

    /**
     * Opens the presentation of {@code lesson} and returns at once.
     *
     * @param owner the main window (the presentation closes with it), or null
     */
    public static Presenter present(Stage owner, Course course, Lesson lesson, Options options) {
        LessonRenderer renderer =
                options.renderer() != null ? options.renderer() : new LessonRenderer(new MarkdownParser());
        MarkdownParser parser = renderer.parser();
        SlideDeck deck = new SlideSplitter(parser).split(lesson);
        Memo<CourseQuestions> questions = new Memo<>(() -> CourseQuestions.load(course));
        Memo<ConceptMap> map = new Memo<>(() -> ConceptMapLoader.load(course).map());
        SlideContents contents = new SlideContents(deck, course, questions, map, parser);
        PresentationModel model = new PresentationModel(contents, options.clock());
        model.setDark(options.dark());
        model.setFullScreen(options.fullScreen());
        // the LRS stamps statements with the real time, whatever clock the timer runs on
        LivePolls polls =
                options.livePolls() == null ? null : new LivePolls(model, options.livePolls(), Clock.systemUTC());
        if (polls != null) {
            model.endedProperty().addListener((o, a, ended) -> polls.close());
        }
        SlideFactory factory = new SlideFactory(model, renderer, polls);
        PresentationKeys keys = new PresentationKeys(model);

        Screen screen = options.screen() != null ? options.screen() : defaultScreen();
        PresentationWindow window = new PresentationWindow(owned(owner), model, factory, keys, screen);
        SpeakerView speaker = new SpeakerView(model, factory);
        Optional<Screen> other = Optional.ofNullable(options.speakerScreen())
                .or(() -> Screen.getScreens().stream()
                        .filter(s -> !s.equals(screen))
                        .min(Comparator.comparing(s -> !s.equals(Screen.getPrimary()))));
        Stage speakerStage = null;
        if (other.isPresent()) {
            speakerStage = speakerWindow(owner, speaker, keys, model, other.get());
        } else {
            window.embedSpeaker(speaker.node());
        }
        Presenter presenter = new Presenter(model, window, speaker, speakerStage);
        presenter.start(deck, questions, map);
        return presenter;
    }

    /** The largest screen that is not the primary one (the projector, usually), else the primary. */
    public static Screen defaultScreen() {
        return Screen.getScreens().stream()
                .filter(s -> !s.equals(Screen.getPrimary()))
                .max(Comparator.comparingDouble(
                        s -> s.getBounds().getWidth() * s.getBounds().getHeight()))
                .orElse(Screen.getPrimary());
    }

    private static Stage owned(Stage owner) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        return stage;
    }

    private static Stage speakerWindow(
            Stage owner, SpeakerView speaker, PresentationKeys keys, PresentationModel model, Screen screen) {
        Stage stage = owned(owner);
        Rectangle2D area = screen.getVisualBounds();
        Scene scene = new Scene(speaker.node(), area.getWidth(), area.getHeight());
        Themes.apply(scene, model.darkProperty().get());
        model.darkProperty().addListener((o, a, dark) -> Themes.apply(scene, dark));
        keys.install(scene);
        stage.setScene(scene);
        stage.setTitle(Messages.get("speaker.title", model.deck().lesson().title()));
        stage.setX(area.getMinX());
        stage.setY(area.getMinY());
        stage.setMaximized(true);
        model.setSpeakerShown(true);
        return stage;
    }

    private void start(SlideDeck deck, Memo<CourseQuestions> questions, Memo<ConceptMap> map) {
        model.endedProperty().addListener((o, a, ended) -> close());
        window.stage().setOnHidden(e -> model.end());
        if (speakerStage != null) {
            model.speakerShownProperty().addListener((o, a, shown) -> showSpeaker(shown));
            speakerStage.setOnHidden(e -> model.setSpeakerShown(false));
            speakerStage.show();
        }
        window.stage().show();
        window.stage().toFront();
        model.timer().start();
        ticker.play();
        warmUp(deck, questions, map);
    }

    private void showSpeaker(boolean shown) {
        if (shown && !speakerStage.isShowing()) {
            speakerStage.show();
        } else if (!shown && speakerStage.isShowing()) {
            speakerStage.hide();
        }
    }

    /** Reads the quizzes and the map off the FX thread before the first poll or map slide needs them. */
    private static void warmUp(SlideDeck deck, Memo<CourseQuestions> questions, Memo<ConceptMap> map) {
        boolean polls = deck.placed().stream().anyMatch(p -> p.directive() instanceof Directive.QuizPoll);
        boolean maps = deck.placed().stream().anyMatch(p -> p.directive() instanceof Directive.MapReveal);
        if (!polls && !maps) {
            return;
        }
        Thread t = new Thread(
                () -> {
                    if (polls) {
                        questions.get();
                    }
                    if (maps) {
                        map.get();
                    }
                },
                "presentation-content");
        t.setDaemon(true);
        t.start();
    }

    public PresentationModel model() {
        return model;
    }

    /** The window with the slides. */
    public Stage presentationStage() {
        return window.stage();
    }

    /** The speaker view's own window, when there is a second screen for it. */
    public Optional<Stage> speakerStage() {
        return Optional.ofNullable(speakerStage);
    }

    PresentationWindow window() {
        return window;
    }

    SpeakerView speaker() {
        return speaker;
    }

    /** Ends the presentation and closes its windows. */
    public void close() {
        ticker.stop();
        if (!model.endedProperty().get()) {
            model.end();
            return;
        }
        window.stage().hide();
        if (speakerStage != null) {
            speakerStage.hide();
        }
    }

    /** A value computed once, on whichever thread asks first; the others wait for it. */
    private static final class Memo<T> implements Supplier<T> {
        private final Supplier<T> source;
        private T value;

        Memo(Supplier<T> source) {
            this.source = source;
        }

        @Override
        public synchronized T get() {
            if (value == null) {
                value = source.get();
            }
            return value;
        }
    }
}
