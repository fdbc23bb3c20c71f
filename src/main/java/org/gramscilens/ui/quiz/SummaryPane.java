package org.gramscilens.ui.quiz;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.gramscilens.ui.common.Messages;

/**
 * The end of a session: the score, then "Retry missed" and "Back to lesson" (at the top, so nine tall cards
 * never bury them), then each missed question with the learner's answer beside the right one.
 */
final class SummaryPane {
    /** A full score: shown in the theme's success colour, never the accent red. */
    static final PseudoClass FULL = PseudoClass.getPseudoClass("full");

    private final VBox root = new VBox();
    private final Button retry = new Button(Messages.get("quiz.retry"));
    private final Button close = new Button(Messages.get("quiz.close"));

    SummaryPane(QuizSession session, Runnable retryMissed, Runnable back) {
        root.setId("quiz-summary");
        root.getStyleClass().add("quiz-summary");
        QuizSummary s = session.summary();
        Label heading = new Label(Messages.get(session.size() == 0 ? "quiz.summary.empty" : "quiz.summary.title"));
        heading.getStyleClass().add("quiz-summary-title");
        heading.setWrapText(true);
        root.getChildren().add(heading);
        if (s.graded() > 0) {
            Label score = new Label(
                    Messages.get("quiz.summary.score", format(s.score()), s.graded(), Math.round(s.share() * 100)));
            score.setId("quiz-summary-score");
            score.getStyleClass().add("quiz-summary-score");
            score.setWrapText(true);
            score.pseudoClassStateChanged(FULL, s.missed().isEmpty());
            root.getChildren().add(score);
        }
        if (s.reflections() > 0) {
            root.getChildren()
                    .add(note(Messages.get(
                            session.isSaving() ? "quiz.summary.reflections" : "quiz.summary.reflectionsNotSaved",
                            s.reflections())));
        }
        retry.setId("quiz-retry");
        retry.setOnAction(e -> retryMissed.run());
        retry.setVisible(!s.missed().isEmpty());
        retry.setManaged(!s.missed().isEmpty());
        retry.getStyleClass().add("quiz-primary");
        close.setId("quiz-close");
        close.setOnAction(e -> back.run());
        HBox buttons = new HBox(retry, close);
        buttons.getStyleClass().add("quiz-buttons");
        root.getChildren().add(buttons);
        if (s.missed().isEmpty() && s.graded() > 0) {
            root.getChildren().add(note(Messages.get("quiz.summary.noneMissed")));
        } else if (!s.missed().isEmpty()) {
            root.getChildren()
                    .add(note(Messages.get("quiz.summary.missed", s.missed().size())));
            VBox list = new VBox();
            list.setId("quiz-missed-list");
            list.getStyleClass().add("quiz-missed-list");
            for (QuizResult r : s.missed()) {
                list.getChildren().add(missed(session, r));
            }
            root.getChildren().add(list);
        }
    }

    private static Label note(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("quiz-summary-note");
        l.setWrapText(true);
        return l;
    }

    private static VBox missed(QuizSession session, QuizResult r) {
        Node q = QuestionRuns.flow(session.questionRuns(r.question()), "quiz-missed-question");
        Label yours = new Label(Messages.get("quiz.yourAnswer", session.yourAnswer(r)));
        yours.getStyleClass().add("quiz-missed-yours");
        yours.setWrapText(true);
        Label right = new Label(Messages.get("quiz.rightAnswer", session.rightAnswer(r)));
        right.getStyleClass().add("quiz-missed-answer");
        right.setWrapText(true);
        VBox box = new VBox(q, yours, right);
        box.getStyleClass().add("quiz-missed");
        return box;
    }

    /** 7, 7.5 or 7.33: marks as a person writes them. */
    static String format(double marks) {
        double rounded = Math.round(marks * 100) / 100.0;
        return rounded == Math.rint(rounded)
                ? String.valueOf((long) rounded)
                : java.text.NumberFormat.getNumberInstance().format(rounded);
    }

    Node node() {
        return root;
    }

    /** Retry when there is something to retry, else back. */
    Node focusFirst() {
        return retry.isVisible() ? retry : close;
    }
}
