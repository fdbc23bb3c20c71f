package org.gramscilens.ui.present;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.gramscilens.slides.PacingCue;
import org.gramscilens.slides.PollQuestion;
import org.gramscilens.slides.Slide;

/**
 * The lecturer's screen: the slide the room sees and the next one, the speaker notes, slide N of M, the
 * talk's timer (pause, reset), the time of day, the pacing cue when the lesson has timings, and a line
 * saying what the next key press will do. Bound to the same {@link PresentationModel} as the projected
 * slide, so both always agree.
 */
final class SpeakerView {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final PseudoClass AHEAD = PseudoClass.getPseudoClass("ahead");
    private static final PseudoClass BEHIND = PseudoClass.getPseudoClass("behind");

    private final PresentationModel model;
    private final SlideFactory factory;
    private final SlideCache current;
    private final SlideCache next;
    private final Map<Integer, Node> notes = new HashMap<>();
    private final BorderPane root = new BorderPane();
    private final ScaledCanvas currentCanvas = new ScaledCanvas(0.5).heightFollowsWidth();
    private final ScaledCanvas nextCanvas = new ScaledCanvas(0.3);
    private final Label nextEnd = new Label(Messages.get("speaker.end"));
    private final ScrollPane notesPane = new ScrollPane();
    /** The notes' text size at notes zoom 1: readable at arm's length from a lectern screen. */
    static final double NOTES_FONT_PX = 21;

    private final Label status = new Label();
    private final Label answer = new Label();
    private final InvalidationListener statusListener = o -> updateStatus();
    private SlideState watched;

    SpeakerView(PresentationModel model, SlideFactory factory) {
        this.model = model;
        this.factory = factory;
        this.current = new SlideCache(factory);
        this.next = new SlideCache(factory);
        root.setId("present-speaker");
        root.getStyleClass().add("present-speaker");
        root.setTop(bar());
        root.setCenter(body());
        model.indexProperty().addListener((o, a, i) -> show(i.intValue()));
        model.blackoutProperty().addListener(statusListener);
        model.typedNumberProperty().addListener(statusListener);
        show(model.index());
    }

    Region node() {
        return root;
    }

    private HBox bar() {
        Label position = new Label();
        position.setId("speaker-position");
        position.getStyleClass().add("present-speaker-position");
        position.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.size() == 0
                                ? ""
                                : Messages.get("speaker.position", model.index() + 1, model.size()),
                        model.indexProperty()));
        Label title = new Label();
        title.getStyleClass().add("present-speaker-title");
        title.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> titleOf(model.slideProperty().get()), model.slideProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Label pacing = new Label();
        pacing.setId("speaker-pacing");
        pacing.getStyleClass().add("present-speaker-pacing");
        pacing.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> pacingText(model.pacingProperty().get()), model.pacingProperty()));
        pacing.visibleProperty().bind(model.pacingProperty().isNotNull());
        pacing.managedProperty().bind(pacing.visibleProperty());
        model.pacingProperty().addListener((o, a, cue) -> markPace(pacing, cue));
        markPace(pacing, model.pacingProperty().get());

        PresentationTimer timer = model.timer();
        Label elapsed = new Label();
        elapsed.setId("speaker-elapsed");
        elapsed.getStyleClass().add("present-speaker-elapsed");
        elapsed.textProperty()
                .bind(Bindings.createStringBinding(() -> elapsedText(timer.elapsed()), timer.elapsedProperty()));
        Button pause = new Button();
        pause.setId("speaker-pause");
        pause.textProperty()
                .bind(Bindings.when(timer.runningProperty())
                        .then(Messages.get("speaker.pause"))
                        .otherwise(Messages.get("speaker.resume")));
        pause.setTooltip(new Tooltip(Messages.get("speaker.pauseKey")));
        pause.setOnAction(e -> model.toggleTimer());
        Button reset = new Button(Messages.get("speaker.reset"));
        reset.setId("speaker-reset");
        reset.setTooltip(new Tooltip(Messages.get("speaker.resetKey")));
        reset.setOnAction(e -> model.resetTimer());
        Label clock = new Label();
        clock.setId("speaker-clock");
        clock.getStyleClass().add("present-speaker-clock");
        clock.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> clockText(timer.wallClockProperty().get()), timer.wallClockProperty()));

        HBox bar = new HBox(position, title, spacer, pacing, elapsed, pause, reset, clock);
        bar.getStyleClass().add("present-speaker-bar");
        return bar;
    }

    private GridPane body() {
        Label now = heading("speaker.current");
        Label upNext = heading("speaker.next");
        nextEnd.getStyleClass().add("present-speaker-end");
        VBox.setVgrow(nextCanvas, Priority.ALWAYS);
        nextCanvas.setMinHeight(120);
        VBox slides = new VBox(now, currentCanvas, upNext, nextCanvas, nextEnd);
        slides.getStyleClass().add("present-speaker-slides");

        status.setId("speaker-status");
        status.getStyleClass().add("present-speaker-status");
        status.setWrapText(true);
        answer.setId("speaker-answer");
        answer.getStyleClass().add("present-speaker-answer");
        answer.setWrapText(true);
        answer.managedProperty().bind(answer.visibleProperty());
        notesPane.setId("speaker-notes");
        notesPane.getStyleClass().add("present-notes");
        notesPane.setFitToWidth(true);
        VBox.setVgrow(notesPane, Priority.ALWAYS);
        notesPane
                .styleProperty()
                .bind(Bindings.createStringBinding(
                        () -> String.format(
                                java.util.Locale.ROOT,
                                "-fx-font-size: %.1fpx;",
                                NOTES_FONT_PX * model.notesZoomProperty().get()),
                        model.notesZoomProperty()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox notesHeader = new HBox(
                heading("speaker.notes"),
                gap,
                sizeButton("speaker-notes-smaller", "A\u2212", "speaker.notesSmaller", model::notesSmaller),
                sizeButton("speaker-notes-larger", "A+", "speaker.notesLarger", model::notesLarger));
        notesHeader.getStyleClass().add("present-notes-header");
        notesHeader.setAlignment(Pos.CENTER_LEFT);
        VBox side = new VBox(status, answer, notesHeader, notesPane);
        side.getStyleClass().add("present-speaker-side");

        GridPane grid = new GridPane();
        grid.getStyleClass().add("present-speaker-body");
        ColumnConstraints left = new ColumnConstraints();
        left.setPercentWidth(55);
        ColumnConstraints right = new ColumnConstraints();
        right.setPercentWidth(45);
        grid.getColumnConstraints().addAll(left, right);
        RowConstraints row = new RowConstraints();
        row.setVgrow(Priority.ALWAYS);
        row.setFillHeight(true);
        grid.getRowConstraints().add(row);
        grid.add(slides, 0, 0);
        grid.add(side, 1, 0);
        return grid;
    }

    /** A button that changes the notes' size; it never takes focus, so the keys still drive the slides. */
    private static Button sizeButton(String id, String text, String tipKey, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setFocusTraversable(false);
        b.getStyleClass().add("present-notes-size");
        b.setTooltip(new Tooltip(Messages.get(tipKey)));
        b.setAccessibleText(Messages.get(tipKey));
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Label heading(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("present-speaker-heading");
        return l;
    }

    private void show(int i) {
        if (model.size() == 0) {
            currentCanvas.show(PollView.wrapped(Messages.get("slide.empty"), "slide-placeholder"));
            return;
        }
        currentCanvas.show(current.get(i).node());
        boolean hasNext = i + 1 < model.size();
        if (hasNext) {
            nextCanvas.show(next.get(i + 1).node());
        }
        nextCanvas.setVisible(hasNext);
        nextCanvas.setManaged(hasNext);
        nextEnd.setVisible(!hasNext);
        nextEnd.setManaged(!hasNext);
        notesPane.setContent(notes.computeIfAbsent(i, this::notesOf));
        notesPane.setVvalue(0);
        SlideContent content = model.contents().of(i);
        answer.setText(content instanceof SlideContent.Poll poll ? answerText(poll.question()) : "");
        answer.setVisible(!answer.getText().isEmpty());
        if (watched != null) {
            watched.revealedProperty().removeListener(statusListener);
            watched.scrollProperty().removeListener(statusListener);
            watched.scrollPagesProperty().removeListener(statusListener);
        }
        watched = model.state(i);
        watched.revealedProperty().addListener(statusListener);
        watched.scrollProperty().addListener(statusListener);
        watched.scrollPagesProperty().addListener(statusListener);
        updateStatus();
    }

    private Node notesOf(int i) {
        String text = model.deck().slide(i).notes();
        if (text.isBlank()) {
            Label none = new Label(Messages.get("speaker.noNotes"));
            none.getStyleClass().add("present-notes-none");
            return none;
        }
        return factory.notes(text);
    }

    private void updateStatus() {
        status.setText(SpeakerStatus.of(model));
    }

    private static String answerText(PollQuestion poll) {
        String letters = String.join(
                ", ",
                poll.options().stream()
                        .filter(PollQuestion.Option::right)
                        .map(PollQuestion.Option::letter)
                        .toList());
        return Messages.get("speaker.answer", letters.isEmpty() ? poll.answer() : letters);
    }

    private static String titleOf(Slide slide) {
        return slide == null ? "" : slide.title();
    }

    static String elapsedText(Duration d) {
        long s = d.getSeconds();
        return s >= 3600
                ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%02d:%02d", s / 60, s % 60);
    }

    private static String clockText(LocalTime time) {
        return time == null ? "" : CLOCK.format(time);
    }

    static String pacingText(PacingCue cue) {
        if (cue == null) {
            return "";
        }
        return switch (cue.pace()) {
            case AHEAD -> Messages.get("speaker.ahead", cue.minutes());
            case BEHIND -> Messages.get("speaker.behind", cue.minutes());
            case ON_TIME -> Messages.get("speaker.onTime");
        };
    }

    private static void markPace(Label label, PacingCue cue) {
        label.pseudoClassStateChanged(AHEAD, cue != null && cue.pace() == PacingCue.Pace.AHEAD);
        label.pseudoClassStateChanged(BEHIND, cue != null && cue.pace() == PacingCue.Pace.BEHIND);
    }
}
