package org.gramscilens.ui.quiz;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.gramscilens.quiz.Question;
import org.gramscilens.ui.common.Messages;

/**
 * Where the learner answers the current question: numbered options, a text field, a list per matching
 * item, or a text area for an essay, with a line saying which keys to use. Built for one question.
 */
final class AnswerPane {
    private final QuizSession session;
    private final VBox root = new VBox();
    private final List<OptionRow> options = new ArrayList<>();
    private final List<ComboBox<String>> matches = new ArrayList<>();
    private final List<Label> matchResults = new ArrayList<>();
    private final BooleanBinding answering;
    private Node focusFirst;
    private TextInputControl textInput;
    private ClozeGaps cloze;

    AnswerPane(QuizSession session) {
        this.session = session;
        root.getStyleClass().add("quiz-answer-area");
        answering = Bindings.equal(QuizSession.Phase.ANSWERING, session.phaseProperty());
        Question.Kind kind = session.answerKind();
        switch (kind) {
            case MULTIPLE_CHOICE, MULTIPLE_ANSWER, TRUE_FALSE -> buildOptions(kind);
            case SHORT_ANSWER, NUMERICAL -> buildTextField(kind);
            case MATCHING -> buildMatching();
            case ESSAY -> buildEssay();
            case CLOZE -> {
                cloze = new ClozeGaps(session, answering);
                focusFirst = cloze.focusFirst();
            }
            default -> {}
        }
        root.getChildren().add(hint(kind));
        refresh();
    }

    Node node() {
        return root;
    }

    /** The control to focus when the question appears; null when there is none (a description). */
    Node focusFirst() {
        return focusFirst;
    }

    private void buildOptions(Question.Kind kind) {
        List<String> texts = session.shown().options();
        VBox list = new VBox();
        list.getStyleClass().add("quiz-options");
        for (int i = 0; i < texts.size(); i++) {
            int index = i;
            OptionRow row = new OptionRow(
                    i + 1, texts.get(i), kind == Question.Kind.MULTIPLE_ANSWER, () -> session.choose(index));
            row.disableProperty().bind(answering.not());
            options.add(row);
        }
        list.getChildren().addAll(options);
        root.getChildren().add(list);
        focusFirst = options.isEmpty() ? null : options.get(0);
    }

    private void buildTextField(Question.Kind kind) {
        TextField field = new TextField();
        field.setId("quiz-answer");
        field.getStyleClass().add("quiz-text-answer");
        field.setPromptText(Messages.get(kind == Question.Kind.NUMERICAL ? "quiz.prompt.number" : "quiz.prompt.text"));
        field.setAccessibleText(Messages.get("quiz.answer.accessible"));
        field.textProperty().bindBidirectional(session.answerTextProperty());
        field.editableProperty().bind(answering);
        textInput = field;
        root.getChildren().add(field);
        focusFirst = field;
    }

    private void buildMatching() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("quiz-matching");
        ColumnConstraints left = new ColumnConstraints();
        left.setPercentWidth(42);
        ColumnConstraints right = new ColumnConstraints();
        right.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(left, right);
        List<String> items = session.shown().matchItems();
        for (int i = 0; i < items.size(); i++) {
            Label item = new Label(items.get(i));
            item.getStyleClass().add("quiz-match-item");
            item.setWrapText(true);
            ComboBox<String> box = new ComboBox<>();
            box.getStyleClass().add("quiz-match-choice");
            box.getItems().setAll(session.shown().matchChoices());
            box.setPromptText(Messages.get("quiz.match.prompt"));
            box.setAccessibleText(items.get(i));
            box.setMaxWidth(Double.MAX_VALUE);
            box.disableProperty().bind(answering.not());
            box.visibleProperty().bind(answering);
            box.managedProperty().bind(answering);
            MatchCells.wrapInside(box);
            Label result = new Label();
            result.getStyleClass().add("quiz-match-result");
            result.setWrapText(true);
            result.setMaxWidth(Double.MAX_VALUE);
            result.visibleProperty().bind(answering.not());
            result.managedProperty().bind(result.visibleProperty());
            matchResults.add(result);
            int index = i;
            box.valueProperty().addListener((o, was, now) -> session.setMatch(index, now));
            item.setLabelFor(box);
            grid.addRow(i, item, new VBox(box, result));
            matches.add(box);
        }
        root.getChildren().add(grid);
        focusFirst = matches.isEmpty() ? null : matches.get(0);
    }

    private void buildEssay() {
        TextArea area = new TextArea();
        area.setId("quiz-answer");
        area.getStyleClass().add("quiz-essay");
        area.setWrapText(true);
        area.setPrefRowCount(8);
        area.setPromptText(Messages.get("quiz.prompt.essay"));
        area.setAccessibleText(Messages.get("quiz.answer.accessible"));
        area.textProperty().bindBidirectional(session.answerTextProperty());
        area.editableProperty().bind(answering);
        textInput = area;
        root.getChildren().add(area);
        focusFirst = area;
    }

    private Label hint(Question.Kind kind) {
        int n = session.shown().options().size();
        String text = switch (kind) {
            case MULTIPLE_CHOICE -> Messages.get("quiz.hint.choice", n);
            case MULTIPLE_ANSWER -> Messages.get("quiz.hint.several", n);
            case TRUE_FALSE -> Messages.get("quiz.hint.trueFalse");
            case SHORT_ANSWER, NUMERICAL -> Messages.get("quiz.hint.text");
            case MATCHING -> Messages.get("quiz.hint.matching");
            case ESSAY -> Messages.get("quiz.hint.essay");
            case CLOZE -> Messages.get("quiz.hint.cloze");
            default -> Messages.get("quiz.hint.description");
        };
        Label hint = new Label(text);
        hint.getStyleClass().add("quiz-hint");
        hint.setWrapText(true);
        if (kind != Question.Kind.DESCRIPTION) {
            hint.visibleProperty().bind(answering);
            hint.managedProperty().bind(answering);
        }
        return hint;
    }

    /** Shows which options are chosen and, once submitted, which are right. */
    void refresh() {
        boolean marked = session.phase() != QuizSession.Phase.ANSWERING;
        for (int i = 0; i < options.size(); i++) {
            options.get(i).show(session.isChosen(i), marked, session.shown().isRightOption(i));
        }
        for (int i = 0; i < matchResults.size(); i++) {
            showMatch(i);
        }
        if (cloze != null) {
            cloze.refresh();
        }
    }

    /** For a cloze question, its text with the gaps in place, for the question's text flow; else null. */
    ClozeGaps cloze() {
        return cloze;
    }

    /** After checking, a matching item shows the answer given, in full, with ✓ or ✗ and the right one. */
    private void showMatch(int i) {
        Label result = matchResults.get(i);
        String chosen = session.responseProperty().get() instanceof org.gramscilens.quiz.Response.Matches m
                        && i < m.chosen().size()
                ? m.chosen().get(i)
                : null;
        String right = i < session.shown().matchRights().size()
                ? session.shown().matchRights().get(i)
                : "";
        boolean ok = chosen != null && chosen.equals(right);
        result.setText(
                ok
                        ? Messages.get("quiz.match.right", chosen)
                        : Messages.get(
                                "quiz.match.wrong", chosen == null ? Messages.get("quiz.answer.none") : chosen, right));
        result.pseudoClassStateChanged(OptionRow.RIGHT, ok);
        result.pseudoClassStateChanged(OptionRow.WRONG, !ok);
    }

    List<OptionRow> options() {
        return options;
    }

    TextInputControl textInput() {
        return textInput;
    }
}
