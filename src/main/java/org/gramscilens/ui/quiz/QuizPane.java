package org.gramscilens.ui.quiz;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import org.gramscilens.ui.Focus;
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
import org.gramscilens.ui.Messages;

/** One session on screen: a header, then the current question with its answer and feedback, or the summary. */
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
    private final Button submit = new Button(Messages.get("quiz.submit"));
    private final Button next = new Button();
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
        this.feedback = new FeedbackPane(openLessonTarget);
        scroll.getStyleClass().add("quiz-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
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
        progress.textProperty().bind(Bindings.createStringBinding(this::progressText, session.indexProperty(),
                session.phaseProperty()));
        Label score = new Label();
        score.setId("quiz-score");
        score.getStyleClass().add("quiz-score");
        score.textProperty().bind(Bindings.createStringBinding(this::scoreText, session.scoreProperty(),
                session.gradedCountProperty()));
        score.visibleProperty().bind(session.gradedCountProperty().greaterThan(0));
        score.managedProperty().bind(score.visibleProperty());
        progress.setMinWidth(Region.USE_PREF_SIZE);
        score.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(title, spacer, progress, score);
        header.getStyleClass().add("quiz-header");
        return header;
    }

    private String progressText() {
        return session.phase() == QuizSession.Phase.FINISHED || session.size() == 0 ? ""
                : Messages.get("quiz.progress", session.indexProperty().get() + 1, session.size());
    }

    private String scoreText() {
        return Messages.get("quiz.score", SummaryPane.format(session.scoreProperty().get()),
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
        submit.visibleProperty().bind(Bindings.equal(QuizSession.Phase.ANSWERING, session.phaseProperty())
                .and(answerable));
        submit.managedProperty().bind(submit.visibleProperty());
        submit.setOnAction(e -> session.submit());
        next.setId("quiz-next");
        next.visibleProperty().bind(session.canGoNextProperty());
        next.managedProperty().bind(next.visibleProperty());
        next.setOnAction(e -> session.next());
        HBox buttons = new HBox(submit, next);
        buttons.getStyleClass().add("quiz-buttons");
        card.getChildren().addAll(question, answerSlot, buttons, feedback.node());
    }

    private void showQuestion() {
        if (session.current() == null) {
            return;
        }
        question.getChildren().setAll(questionNodes());
        question.setAccessibleText(session.shown().text());
        answer = new AnswerPane(session);
        answerSlot.getChildren().setAll(answer.node());
        answerable.set(session.answerKind() != Question.Kind.DESCRIPTION);
        submit.setText(Messages.get(session.answerKind() == Question.Kind.ESSAY
                ? "quiz.save" : "quiz.submit"));
        next.setText(Messages.get(session.indexProperty().get() + 1 < session.size() ? "quiz.next" : "quiz.finish"));
        feedback.show(session.feedbackProperty().get());
        scroll.setVvalue(0);
        Focus.when(answer.focusFirst() != null ? answer.focusFirst() : next);
    }

    private Node[] questionNodes() {
        if (!session.shown().isMissingWord()) {
            return new Node[] {new Text(session.shown().text())};
        }
        gap.setText(session.gapFill());
        return new Node[] {new Text(session.shown().textBeforeGap()), gap, new Text(session.shown().textAfterGap())};
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
            }
            case FINISHED -> showSummary();
            default -> { }
        }
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
}
