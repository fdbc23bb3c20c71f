package org.gramscilens.ui.quiz;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.gramscilens.review.DisplayText;

/** Question text as Text nodes that keep Markdown's emphasis ({@code quiz-em}, {@code quiz-strong}, {@code quiz-code}). */
final class QuestionRuns {
    private QuestionRuns() {}

    static Node[] nodes(List<DisplayText.Run> runs) {
        return runs.stream().map(QuestionRuns::node).toArray(Node[]::new);
    }

    /** A wrapping flow of the runs, styled {@code styleClass}. */
    static TextFlow flow(List<DisplayText.Run> runs, String styleClass) {
        TextFlow flow = new TextFlow(nodes(runs));
        flow.getStyleClass().add(styleClass);
        flow.setAccessibleText(runs.stream().map(DisplayText.Run::text).reduce("", String::concat));
        return flow;
    }

    private static Text node(DisplayText.Run r) {
        Text t = new Text(r.text());
        if (r.italic()) {
            t.getStyleClass().add("quiz-em");
        }
        if (r.bold()) {
            t.getStyleClass().add("quiz-strong");
        }
        if (r.code()) {
            t.getStyleClass().add("quiz-code");
        }
        return t;
    }
}
