package org.gramscilens.ui.quiz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.gramscilens.quiz.Cloze;
import org.gramscilens.quiz.ClozeGap;
import org.gramscilens.quiz.Grade;
import org.gramscilens.quiz.Question;
import org.gramscilens.quiz.Response;
import org.gramscilens.ui.common.Messages;

/**
 * The text of a cloze question with its gaps in place, for the question's text flow: a text field for a
 * short-answer or numerical gap, a drop-down list, options one under another or in a row, or tick boxes.
 * Every gap is reached with Tab. Once checked, each gap is followed by its own mark and feedback.
 */
final class ClozeGaps {

    private final QuizSession session;
    private final BooleanBinding answering;
    private final List<Node> nodes = new ArrayList<>();
    private final List<Label> results = new ArrayList<>();
    private final List<Integer> resultGap = new ArrayList<>();
    private Node focusFirst;

    ClozeGaps(QuizSession session, BooleanBinding answering) {
        this.session = session;
        this.answering = answering;
        Cloze cloze = (Cloze) session.current().question();
        for (Cloze.Part p : session.shown().clozeParts()) {
            if (!p.isGap()) {
                Text t = new Text(p.text());
                t.getStyleClass().add("quiz-question-run");
                nodes.add(t);
                continue;
            }
            Node control = control(cloze.gaps().get(p.gap()), p.gap());
            if (focusFirst == null) {
                focusFirst = control;
            }
            Label result = new Label();
            result.getStyleClass().add("quiz-gap-result");
            result.setId("quiz-gap-result-" + (p.gap() + 1));
            result.setWrapText(true);
            result.visibleProperty().bind(answering.not());
            result.managedProperty().bind(result.visibleProperty());
            results.add(result);
            resultGap.add(p.gap());
            nodes.add(control);
            nodes.add(result);
        }
    }

    List<Node> nodes() {
        return nodes;
    }

    Node focusFirst() {
        return focusFirst;
    }

    private Node control(ClozeGap gap, int i) {
        String accessible = Messages.get("quiz.gap.accessible", i + 1);
        List<String> choices = session.shown().gapChoices().get(i);
        Node node;
        if (gap.layout() == ClozeGap.Layout.TEXT) {
            boolean number = gap.question().kind() == Question.Kind.NUMERICAL;
            TextField field = new TextField();
            field.setPrefColumnCount(number ? 6 : 10);
            field.getStyleClass().add("quiz-gap-field");
            field.setAccessibleText(accessible);
            field.editableProperty().bind(answering);
            field.textProperty()
                    .addListener((o, was, now) ->
                            session.setGap(i, number ? new Response.NumberText(now) : new Response.ShortText(now)));
            node = field;
        } else if (gap.layout() == ClozeGap.Layout.DROPDOWN) {
            ComboBox<String> box = new ComboBox<>();
            box.getItems().setAll(choices);
            box.setPromptText(Messages.get("quiz.match.prompt"));
            box.getStyleClass().add("quiz-gap-choice");
            box.setAccessibleText(accessible);
            box.disableProperty().bind(answering.not());
            box.getSelectionModel()
                    .selectedIndexProperty()
                    .addListener((o, was, now) -> session.setGap(i, new Response.SingleChoice(now.intValue())));
            node = box;
        } else {
            Pane pane = gap.layout() == ClozeGap.Layout.HORIZONTAL ? new HBox() : new VBox();
            pane.getStyleClass().add("quiz-gap-options");
            pane.setAccessibleText(accessible);
            boolean several = gap.question().kind() == Question.Kind.MULTIPLE_ANSWER;
            ToggleGroup group = new ToggleGroup();
            Set<Integer> ticked = new HashSet<>();
            for (int k = 0; k < choices.size(); k++) {
                int index = k;
                if (several) {
                    CheckBox box = new CheckBox(choices.get(k));
                    box.disableProperty().bind(answering.not());
                    box.selectedProperty().addListener((o, was, now) -> {
                        if (now) {
                            ticked.add(index);
                        } else {
                            ticked.remove(index);
                        }
                        session.setGap(i, new Response.MultipleChoices(ticked));
                    });
                    pane.getChildren().add(box);
                } else {
                    RadioButton radio = new RadioButton(choices.get(k));
                    radio.setToggleGroup(group);
                    radio.disableProperty().bind(answering.not());
                    radio.selectedProperty().addListener((o, was, now) -> {
                        if (now) {
                            session.setGap(i, new Response.SingleChoice(index));
                        }
                    });
                    pane.getChildren().add(radio);
                }
            }
            node = pane;
        }
        node.setId("quiz-gap-" + (i + 1));
        return node;
    }

    /** After checking, each gap shows ✓, ◐ or ✗ with its feedback and, unless right, the right answer. */
    void refresh() {
        List<Grade> grades = session.gapGrades();
        for (int r = 0; r < results.size(); r++) {
            Label result = results.get(r);
            int gap = resultGap.get(r);
            if (gap >= grades.size()) {
                result.setText("");
                continue;
            }
            Grade g = grades.get(gap);
            String feedback = session.plainText(g.feedback());
            String right = session.plainText(g.rightAnswer());
            String key = g.correct() ? "quiz.gap.right" : g.fraction() > 0 ? "quiz.gap.partly" : "quiz.gap.wrong";
            result.setText(Messages.get(key, feedback, right)
                    .replaceAll("\\s{2,}", " ")
                    .strip());
            // In a text flow a label keeps its one-line width and is cut at the edge: long ones wrap in a box.
            result.setPrefWidth(result.getText().length() > 45 ? 360 : javafx.scene.layout.Region.USE_COMPUTED_SIZE);
            result.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            result.pseudoClassStateChanged(OptionRow.RIGHT, g.correct());
            result.pseudoClassStateChanged(OptionRow.WRONG, !g.correct());
        }
    }
}
