package org.gramscilens.ui.quiz;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.gramscilens.quiz.Question;
import org.gramscilens.ui.common.Focus;
import org.gramscilens.ui.common.Messages;

/**
 * One session on screen: a header (title; progress, score and "Leave quiz" on the line below, so the title
 * never rewraps when the score appears), then the current question with its answer, the feedback and the
 * buttons, or the summary. After checking an answer the page scrolls so the feedback and the Next button are
 * in view, at any window size.
 */
final class QuizPane {
    private final QuizSession session;
    private final Runnable retry;
    private final Runnable close;

    private final ScrollPane scroll = new ScrollPane();
    private final VBox page = new VBox();
    private final VBox card = new VBox();
    private final TextFlow question = new TextFlow();
    private final Text gap = new Text();
    private final VBox answerSlot = new VBox();
    private final javafx.scene.layout.FlowPane pictures = new javafx.scene.layout.FlowPane();
    private final javafx.scene.layout.FlowPane feedbackPictures = new javafx.scene.layout.FlowPane();
    private final Button submit = new Button(Messages.get("quiz.submit"));
    private final Button next = new Button();
    private final Button leave = new Button(Messages.get("quiz.leave"));
    private final HBox buttons = new HBox();
    private final FeedbackPane feedback;
    private final Label notice = new Label();
    private final Node header;
    private final BooleanProperty answerable = new SimpleBooleanProperty(true);
    private AnswerPane answer;
    private SummaryPane summary;

    QuizPane(QuizSession session, Consumer<String> openLessonTarget, Runnable retry, Runnable close) {
        this.session = session;
        this.retry = retry;
        this.close = close;
        this.leave.setOnAction(e -> close.run());
        this.feedback = new FeedbackPane(openLessonTarget);
        scroll.getStyleClass().add("quiz-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // Always there, so the page does not jump sideways when a long question needs it.
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.ALWAYS);
        VBox column = new VBox(page);
        column.getStyleClass().add("quiz-column");
        scroll.setContent(column);
        page.getStyleClass().add("quiz-page");
        header = header();
        page.getChildren().addAll(header, notice(), card);
        buildCard();
        session.indexProperty().addListener((o, was, now) -> showQuestion());
        session.phaseProperty().addListener((o, was, now) -> phaseChanged());
        session.responseProperty().addListener((o, was, now) -> responseChanged());
        session.feedbackProperty().addListener((o, was, now) -> feedback.show(now));
        if (session.phase() == QuizSession.Phase.FINISHED) {
            showSummary();
        } else {
            showQuestion();
        }
    }

    Node node() {
        return scroll;
    }

    QuizSession session() {
        return session;
    }

    private Node header() {
        Label title = new Label(session.title());
        title.getStyleClass().add("quiz-title");
        title.setWrapText(true);
        Label progress = new Label();
        progress.setId("quiz-progress");
        progress.getStyleClass().add("quiz-progress");
        progress.textProperty()
                .bind(Bindings.createStringBinding(
                        this::progressText, session.indexProperty(), session.phaseProperty()));
        Label score = new Label();
        score.setId("quiz-score");
        score.getStyleClass().add("quiz-score");
        score.textProperty()
                .bind(Bindings.createStringBinding(
                        this::scoreText,
                        session.scoreProperty(),
                        session.gradedCountProperty(),
                        session.phaseProperty()));
        progress.visibleProperty().bind(progress.textProperty().isNotEmpty());
        progress.managedProperty().bind(progress.visibleProperty());
        score.visibleProperty().bind(session.gradedCountProperty().greaterThan(0));
        score.managedProperty().bind(score.visibleProperty());
        progress.setMinWidth(Region.USE_PREF_SIZE);
        score.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        leave.setId("quiz-leave");
        leave.getStyleClass().add("quiz-leave");
        leave.setTooltip(new javafx.scene.control.Tooltip(Messages.get("quiz.leave.help")));
        leave.setMinWidth(Region.USE_PREF_SIZE);
        leave.visibleProperty().bind(Bindings.notEqual(QuizSession.Phase.FINISHED, session.phaseProperty()));
        leave.managedProperty().bind(leave.visibleProperty());
        HBox line = new HBox(progress, score, spacer, leave);
        line.getStyleClass().add("quiz-header-line");
        VBox header = new VBox(title, line);
        header.getStyleClass().add("quiz-header");
        return header;
    }

    private String progressText() {
        return session.phase() == QuizSession.Phase.FINISHED || session.size() == 0
                ? ""
                : Messages.get("quiz.progress", session.indexProperty().get() + 1, session.size());
    }

    private String scoreText() {
        return Messages.get(
                session.phase() == QuizSession.Phase.FINISHED ? "quiz.score.final" : "quiz.score",
                SummaryPane.format(session.scoreProperty().get()),
                session.gradedCountProperty().get());
    }

    private Node notice() {
        notice.setId("quiz-notice");
        notice.getStyleClass().add("quiz-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(session.noticeProperty());
        notice.visibleProperty().bind(session.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        return notice;
    }

    private void buildCard() {
        card.getStyleClass().add("quiz-card");
        question.setId("quiz-question");
        question.getStyleClass().add("quiz-question-text");
        gap.getStyleClass().add("quiz-gap");
        submit.setId("quiz-submit");
        submit.getStyleClass().add("quiz-primary");
        submit.disableProperty().bind(session.canSubmitProperty().not());
        submit.visibleProperty()
                .bind(Bindings.equal(QuizSession.Phase.ANSWERING, session.phaseProperty())
                        .and(answerable));
        submit.managedProperty().bind(submit.visibleProperty());
        submit.setOnAction(e -> session.submit());
        next.setId("quiz-next");
        next.visibleProperty().bind(session.canGoNextProperty());
        next.managedProperty().bind(next.visibleProperty());
        next.setOnAction(e -> session.next());
        buttons.getChildren().setAll(submit, next);
        buttons.getStyleClass().add("quiz-buttons");
        pictures.setId("quiz-pictures");
        feedbackPictures.setId("quiz-feedback-pictures");
        for (javafx.scene.layout.FlowPane p : List.of(pictures, feedbackPictures)) {
            p.getStyleClass().add("quiz-pictures");
            p.managedProperty().bind(p.visibleProperty());
        }
        card.getChildren().addAll(question, pictures, answerSlot, feedback.node(), feedbackPictures, buttons);
    }

    private void showQuestion() {
        if (session.current() == null) {
            return;
        }
        answer = new AnswerPane(session);
        question.getChildren().setAll(questionNodes());
        question.setAccessibleText(session.shown().text());
        answerSlot.getChildren().setAll(answer.node());
        showPictures();
        answerable.set(session.answerKind() != Question.Kind.DESCRIPTION);
        submit.setText(Messages.get(session.answerKind() == Question.Kind.ESSAY ? "quiz.save" : "quiz.submit"));
        next.setText(Messages.get(session.indexProperty().get() + 1 < session.size() ? "quiz.next" : "quiz.finish"));
        feedback.show(session.feedbackProperty().get());
        scroll.setVvalue(0);
        Focus.when(answer.focusFirst() != null ? answer.focusFirst() : next);
    }

    /** The question's pictures under its text; the general feedback's, once the answer is checked. */
    private void showPictures() {
        org.gramscilens.quiz.Question q = session.current().question();
        java.nio.file.Path folder = session.quizFolder();
        pictures.getChildren().setAll(QuestionPictures.nodes(q.text(), q.info().extras(), folder));
        pictures.setVisible(!pictures.getChildren().isEmpty());
        feedbackPictures
                .getChildren()
                .setAll(QuestionPictures.nodes(q.generalFeedback(), q.info().extras(), folder));
        feedbackPictures.visibleProperty().unbind();
        feedbackPictures
                .visibleProperty()
                .bind(Bindings.notEqual(QuizSession.Phase.ANSWERING, session.phaseProperty())
                        .and(Bindings.isNotEmpty(feedbackPictures.getChildren())));
    }

    private Node[] questionNodes() {
        if (answer.cloze() != null) {
            return answer.cloze().nodes().toArray(Node[]::new);
        }
        if (!session.shown().isMissingWord()) {
            return QuestionRuns.nodes(session.shown().runs());
        }
        gap.setText(session.gapFill());
        return new Node[] {
            new Text(session.shown().textBeforeGap()),
            gap,
            new Text(session.shown().textAfterGap())
        };
    }

    private void responseChanged() {
        if (answer != null) {
            answer.refresh();
        }
        if (session.shown().isMissingWord()) {
            gap.setText(session.gapFill());
        }
    }

    private void phaseChanged() {
        switch (session.phase()) {
            case SUBMITTED -> {
                answer.refresh();
                Focus.when(next);
                revealFeedback();
            }
            case FINISHED -> showSummary();
            default -> {}
        }
    }

    /**
     * Scrolls as little as needed to show the feedback down to the Next button; when that is taller than
     * the view, the feedback's top comes first.
     */
    private void revealFeedback() {
        if (scroll.getScene() == null) {
            return;
        }
        scroll.applyCss();
        scroll.layout();
        Node content = scroll.getContent();
        double viewHeight = scroll.getViewportBounds().getHeight();
        double range = content.getLayoutBounds().getHeight() - viewHeight;
        if (range <= 0) {
            return;
        }
        Node shown = feedback.node().isVisible() ? feedback.node() : buttons;
        javafx.geometry.Bounds top = content.sceneToLocal(shown.localToScene(shown.getLayoutBounds()));
        javafx.geometry.Bounds bottom = content.sceneToLocal(buttons.localToScene(buttons.getLayoutBounds()));
        double margin = 16;
        double y = scroll.getVvalue() * range;
        if (bottom.getMaxY() + margin > y + viewHeight) {
            y = bottom.getMaxY() + margin - viewHeight;
        }
        if (top.getMinY() - margin < y) {
            y = top.getMinY() - margin;
        }
        scroll.setVvalue(Math.max(0, Math.min(1, y / range)));
    }

    private void showSummary() {
        summary = new SummaryPane(session, retry, close);
        page.getChildren().setAll(header, notice, summary.node());
        scroll.setVvalue(0);
        Focus.when(summary.focusFirst());
    }

    /** The options of the current question, for the keyboard handler and tests. */
    AnswerPane answer() {
        return answer;
    }

    Button nextButton() {
        return next;
    }

    FeedbackPane feedback() {
        return feedback;
    }

    ScrollPane scroll() {
        return scroll;
    }

    /** Leaves the quiz (Escape or "Leave quiz"); what was answered is already recorded. */
    void leave() {
        close.run();
    }
}
