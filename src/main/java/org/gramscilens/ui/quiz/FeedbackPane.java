package org.gramscilens.ui.quiz;

import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.gramscilens.review.SectionLinker.SectionLink;
import org.gramscilens.ui.common.Messages;

/**
 * What the learner sees after submitting: right or not (in words and a sign, never colour alone), the
 * feedback on the answer given, the right answer, the general feedback, and a link to the section to read.
 * When the author's feedback opens with its own verdict ("Right.", "Not quite."), that opener is the
 * heading after the sign, so the verdict is never said twice ("✓ Right" then "Right. …").
 */
final class FeedbackPane {
    private static final PseudoClass RIGHT = PseudoClass.getPseudoClass("right");
    private static final PseudoClass PARTLY = PseudoClass.getPseudoClass("partly");
    private static final PseudoClass WRONG = PseudoClass.getPseudoClass("wrong");

    private final VBox root = new VBox();
    private final Label verdict = label("quiz-verdict");
    private final Label answerFeedback = label("quiz-answer-feedback");
    private final Label rightAnswer = label("quiz-right-answer");
    private final Label general = label("quiz-general-feedback");
    private final Hyperlink read = new Hyperlink();
    private final Consumer<String> openLessonTarget;
    private SectionLink link;

    FeedbackPane(Consumer<String> openLessonTarget) {
        this.openLessonTarget = openLessonTarget;
        root.setId("quiz-feedback");
        root.getStyleClass().add("quiz-feedback");
        verdict.setId("quiz-verdict");
        rightAnswer.setId("quiz-right-answer");
        read.setId("quiz-read");
        read.getStyleClass().add("quiz-read");
        read.setWrapText(true);
        read.setOnAction(e -> openLink());
        root.getChildren().addAll(verdict, answerFeedback, rightAnswer, general, read);
        show(null);
    }

    private static Label label(String styleClass) {
        Label l = new Label();
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    Node node() {
        return root;
    }

    Hyperlink readLink() {
        return read;
    }

    void show(QuizFeedback f) {
        root.setVisible(f != null);
        root.setManaged(f != null);
        if (f == null) {
            return;
        }
        root.pseudoClassStateChanged(RIGHT, f.verdict() == QuizFeedback.Verdict.RIGHT);
        root.pseudoClassStateChanged(PARTLY, f.verdict() == QuizFeedback.Verdict.PARTLY_RIGHT);
        root.pseudoClassStateChanged(WRONG, f.verdict() == QuizFeedback.Verdict.WRONG);
        // Several answers' feedback, one per line, each opens with its own verdict: none of them speaks for all.
        boolean oneAnswer = !f.answerFeedback().strip().contains("\n");
        String opener =
                oneAnswer && (f.verdict() == QuizFeedback.Verdict.RIGHT || f.verdict() == QuizFeedback.Verdict.WRONG)
                        ? opener(f.answerFeedback().strip())
                        : "";
        String sign = f.verdict() == QuizFeedback.Verdict.RIGHT ? "\u2713 " : "\u2717 ";
        verdict.setText(
                !opener.isEmpty()
                        ? sign + opener
                        : switch (f.verdict()) {
                            case RIGHT -> Messages.get("quiz.verdict.right");
                            case PARTLY_RIGHT -> Messages.get("quiz.verdict.partly", Math.round(f.fraction() * 100));
                            case WRONG -> Messages.get("quiz.verdict.wrong");
                            case REFLECTION ->
                                Messages.get(f.saved() ? "quiz.verdict.reflection" : "quiz.verdict.reflectionNotSaved");
                            case SHOWN -> "";
                        });
        verdict.setVisible(!verdict.getText().isEmpty());
        set(
                answerFeedback,
                f.answerFeedback().strip().substring(opener.length()).strip());
        boolean showRight = !f.rightAnswer().isEmpty() && f.verdict() != QuizFeedback.Verdict.RIGHT;
        set(rightAnswer, showRight ? Messages.get("quiz.rightAnswer", f.rightAnswer()) : "");
        set(general, f.generalFeedback());
        link = f.read().orElse(null);
        read.setText(link == null ? "" : Messages.get("quiz.read", link.label()));
        read.setVisible(link != null);
        read.setManaged(link != null);
    }

    /**
     * A verdict the feedback opens with: a first sentence of one or two words ("Right.", "Not quite!");
     * empty when it opens otherwise.
     */
    static String opener(String feedback) {
        java.util.regex.Matcher m = OPENER.matcher(feedback);
        return m.lookingAt() ? m.group(1) : "";
    }

    private static final java.util.regex.Pattern OPENER =
            java.util.regex.Pattern.compile("(\\p{L}+(?:[ \\u00a0]\\p{L}+)?[.!])(?=\\s|$)");

    private static void set(Label l, String text) {
        l.setText(text);
        l.setVisible(!text.isBlank());
    }

    private void openLink() {
        if (link != null) {
            openLessonTarget.accept(link.target());
        }
    }
}
