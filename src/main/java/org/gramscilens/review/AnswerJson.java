package org.gramscilens.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.TreeSet;
import org.gramscilens.quiz.Response;

/**
 * How a learner's answer is kept in an attempt's {@code answer} field (docs/progress-format.md shows
 * {@code "B"} and {@code ["A","D"]}):
 * <ul>
 *   <li>one choice: its letter, {@code "A"} for the first choice ({@code null} for none);</li>
 *   <li>several choices: the letters in order, {@code ["A","D"]};</li>
 *   <li>true/false: {@code true} or {@code false};</li>
 *   <li>short answer and numerical: the text as typed;</li>
 *   <li>matching: the chosen right-hand answer per item, in order, {@code null} where none was chosen;</li>
 *   <li>essay: the text (essays are normally recorded as reflections, not attempts);</li>
 *   <li>cloze: one entry per gap, in order, each as above ({@code ["Berlin", "3.1", "B", ["A","C"]]}).</li>
 * </ul>
 * Letters run A to Z, then continue as numbers ({@code "27"}), which no course question reaches.
 */
public final class AnswerJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AnswerJson() {}

    public static JsonNode toJson(Response response) {
        if (response instanceof Response.SingleChoice s) {
            return s.index() < 0 ? NullNode.getInstance() : NODES.textNode(letter(s.index()));
        } else if (response instanceof Response.MultipleChoices m) {
            ArrayNode a = NODES.arrayNode();
            new TreeSet<>(m.indices()).forEach(i -> a.add(letter(i)));
            return a;
        } else if (response instanceof Response.TrueOrFalse t) {
            return NODES.booleanNode(t.answer());
        } else if (response instanceof Response.ShortText t) {
            return NODES.textNode(t.text());
        } else if (response instanceof Response.NumberText t) {
            return NODES.textNode(t.text());
        } else if (response instanceof Response.Matches m) {
            ArrayNode a = NODES.arrayNode();
            m.chosen().forEach(a::add);
            return a;
        } else if (response instanceof Response.EssayText e) {
            return NODES.textNode(e.text());
        } else if (response instanceof Response.Gaps g) {
            ArrayNode a = NODES.arrayNode();
            g.parts().forEach(p -> a.add(toJson(p)));
            return a;
        }
        return NullNode.getInstance();
    }

    /** The letter of a choice: 0 is "A". */
    public static String letter(int index) {
        return index < 26 ? String.valueOf((char) ('A' + index)) : String.valueOf(index + 1);
    }
}
