package org.gramscilens.ui.quiz;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;

/**
 * A quiz on screen, one question at a time, answerable entirely by keyboard (see {@link QuizKeys}).
 * After each answer it shows the feedback, the right answer and a "Read:" link that passes
 * {@code lesson-id#heading-id} to {@code openLessonTarget}; at the end, a summary with "Retry missed"
 * (which starts a new session here) and "Back to lesson" (which runs {@code close}). Escape or "Leave quiz"
 * also runs {@code close} part-way through; the answers given so far are already recorded.
 *
 * <p>Ids for tests: {@code #quiz-question}, {@code #quiz-submit}, {@code #quiz-next}, {@code #quiz-feedback},
 * {@code #quiz-read}, {@code #quiz-summary}, {@code #quiz-retry}, {@code #quiz-close}, {@code #quiz-answer},
 * {@code #quiz-leave}.
 * Styles: {@code quiz.css}.
 */
public final class QuizView {
    private final StackPane root = new StackPane();
    private final Consumer<String> openLessonTarget;
    private final Runnable close;
    private QuizPane pane;
    /** Set while an Enter picks an item from an open list: that Enter must not also check the answer. */
    private boolean enterChoosesFromList;

    public QuizView(QuizSession session, Consumer<String> openLessonTarget, Runnable close) {
        this.openLessonTarget = Objects.requireNonNull(openLessonTarget, "openLessonTarget");
        this.close = Objects.requireNonNull(close, "close");
        root.getStyleClass().add("quiz-view");
        root.setId("quiz-view");
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::keyBeforeTarget);
        root.addEventHandler(KeyEvent.KEY_PRESSED, this::keyAfterTarget);
        show(Objects.requireNonNull(session, "session"));
    }

    public Node node() {
        return root;
    }

    /** The session on screen (a new one after "Retry missed"). */
    public QuizSession session() {
        return pane.session();
    }

    private void show(QuizSession session) {
        pane = new QuizPane(session, openLessonTarget, this::retryMissed, close);
        root.getChildren().setAll(pane.node());
    }

    private void retryMissed() {
        show(pane.session().retryMissed());
    }

    private void keyBeforeTarget(KeyEvent e) {
        QuizKeys.Command c = QuizKeys.beforeTarget(e).command();
        enterChoosesFromList = c == QuizKeys.Command.CLOSE_LIST;
        if (c == QuizKeys.Command.SUBMIT) {
            e.consume();
            pane.session().submit();
        }
    }

    private void keyAfterTarget(KeyEvent e) {
        if (enterChoosesFromList) {
            enterChoosesFromList = false;
            return;
        }
        QuizKeys.Action action = QuizKeys.afterTarget(e);
        QuizSession s = pane.session();
        switch (action.command()) {
            case CHOOSE -> s.choose(action.option());
            case TRUE -> s.answerTrueFalse(true);
            case FALSE -> s.answerTrueFalse(false);
            case PRESS_FOCUSED -> ((ButtonBase) e.getTarget()).fire();
            case ENTER -> enter(s);
            case NEXT -> s.next();
            case SUBMIT -> s.submit();
            case LEAVE -> pane.leave();
            case CLOSE_LIST, NONE -> {
                return;
            }
        }
        e.consume();
    }

    private static void enter(QuizSession s) {
        if (s.phase() == QuizSession.Phase.ANSWERING && s.canSubmitProperty().get()) {
            s.submit();
        } else {
            s.next();
        }
    }
}
