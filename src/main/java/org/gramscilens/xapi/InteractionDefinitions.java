package org.gramscilens.xapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.gramscilens.quiz.AcceptedAnswer;
import org.gramscilens.quiz.Choice;
import org.gramscilens.quiz.FormattedText;
import org.gramscilens.quiz.MatchPair;
import org.gramscilens.quiz.Matching;
import org.gramscilens.quiz.MissingWord;
import org.gramscilens.quiz.MultipleAnswer;
import org.gramscilens.quiz.MultipleChoice;
import org.gramscilens.quiz.NumericAnswer;
import org.gramscilens.quiz.Numerical;
import org.gramscilens.quiz.Question;
import org.gramscilens.quiz.ShortAnswer;
import org.gramscilens.quiz.TrueFalse;
import org.gramscilens.review.AnswerJson;

/**
 * The cmi.interaction activity definition of a question (xAPI 1.0.3, section 2.4.4.1 "Interaction
 * Activities"): its text, its choices (ids are the letters the progress store records, "A", "B" ...)
 * and its correct response pattern, so that any LRS report can show the question. Also turns an answer as
 * the progress store keeps it ({@link AnswerJson}) into the xAPI response string.
 */
public final class InteractionDefinitions {

    public static final String INTERACTION_TYPE = "http://adlnet.gov/expapi/activities/cmi.interaction";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Function<FormattedText, String> plain;
    private final String language;

    /**
     * @param plain turns question text into what a reader sees (citations resolved, markup removed)
     * @param language the language map key for texts (the course's language, e.g. "en")
     */
    public InteractionDefinitions(Function<FormattedText, String> plain, String language) {
        this.plain = plain;
        this.language = language == null || language.isBlank() ? "en" : language;
    }

    public String language() {
        return language;
    }

    public ObjectNode languageMap(String text) {
        ObjectNode map = NODES.objectNode();
        map.put(language, text);
        return map;
    }

    public ObjectNode definition(Question question) {
        Question q = question instanceof MissingWord m ? m.underlying() : question;
        ObjectNode def = NODES.objectNode();
        String title = question.title() == null || question.title().isBlank() ? question.id() : question.title();
        def.set("name", languageMap(title));
        def.set("description", languageMap(plain.apply(question.text())));
        def.put("type", INTERACTION_TYPE);
        switch (q.kind()) {
            case MULTIPLE_CHOICE -> choice(def, ((MultipleChoice) q).choices(), true);
            case MULTIPLE_ANSWER -> choice(def, ((MultipleAnswer) q).choices(), false);
            case TRUE_FALSE -> {
                def.put("interactionType", "true-false");
                def.putArray("correctResponsesPattern").add(String.valueOf(((TrueFalse) q).answer()));
            }
            case SHORT_ANSWER -> {
                def.put("interactionType", "fill-in");
                ArrayNode patterns = def.putArray("correctResponsesPattern");
                for (AcceptedAnswer a : ((ShortAnswer) q).answers()) {
                    if (a.weight() >= 100) {
                        patterns.add(a.text());
                    }
                }
            }
            case NUMERICAL -> {
                def.put("interactionType", "numeric");
                ArrayNode patterns = def.putArray("correctResponsesPattern");
                for (NumericAnswer a : ((Numerical) q).answers()) {
                    if (a.weight() >= 100 && !a.isAny()) {
                        patterns.add(number(a.min()) + "[:]" + number(a.max()));
                    }
                }
            }
            case MATCHING -> matching(def, (Matching) q);
            case ESSAY -> def.put("interactionType", "long-fill-in");
            default -> def.put("interactionType", "other");
        }
        return def;
    }

    private void choice(ObjectNode def, List<Choice> choices, boolean single) {
        def.put("interactionType", "choice");
        ArrayNode components = def.putArray("choices");
        List<String> right = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            String id = AnswerJson.letter(i);
            ObjectNode c = components.addObject();
            c.put("id", id);
            c.set("description", languageMap(plain.apply(choices.get(i).text())));
            if (single ? choices.get(i).weight() >= 100 : choices.get(i).weight() > 0) {
                right.add(id);
            }
        }
        ArrayNode patterns = def.putArray("correctResponsesPattern");
        if (single) {
            right.forEach(patterns::add); // any one full-credit choice is a correct response
        } else if (!right.isEmpty()) {
            patterns.add(String.join("[,]", right));
        }
    }

    private void matching(ObjectNode def, Matching m) {
        def.put("interactionType", "matching");
        List<MatchPair> items = m.subquestions();
        List<String> answers = m.answerChoices();
        ArrayNode source = def.putArray("source");
        for (int i = 0; i < items.size(); i++) {
            ObjectNode c = source.addObject();
            c.put("id", "L" + (i + 1));
            c.set("description", languageMap(plain.apply(items.get(i).left())));
        }
        ArrayNode target = def.putArray("target");
        for (int i = 0; i < answers.size(); i++) {
            ObjectNode c = target.addObject();
            c.put("id", "R" + (i + 1));
            c.set("description", languageMap(answers.get(i)));
        }
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            pairs.add("L" + (i + 1) + "[.]R" + (answers.indexOf(items.get(i).right()) + 1));
        }
        def.putArray("correctResponsesPattern").add(String.join("[,]", pairs));
    }

    /**
     * The xAPI response string for an answer as the store keeps it: "B", "A[,]D", "true", the typed text,
     * or matching pairs "L1[.]R2[,]L2[.]R1". Null when there is no answer.
     */
    public static String response(Question question, JsonNode answer) {
        if (answer == null || answer.isNull() || answer.isMissingNode()) {
            return null;
        }
        Question q = question instanceof MissingWord m ? m.underlying() : question;
        if (q != null && q.kind() == Question.Kind.MATCHING && answer.isArray()) {
            List<String> answers = ((Matching) q).answerChoices();
            List<String> pairs = new ArrayList<>();
            for (int i = 0; i < answer.size(); i++) {
                int r = answer.get(i).isNull()
                        ? -1
                        : answers.indexOf(answer.get(i).asText());
                if (r >= 0) {
                    pairs.add("L" + (i + 1) + "[.]R" + (r + 1));
                }
            }
            return String.join("[,]", pairs);
        }
        if (answer.isArray()) {
            List<String> parts = new ArrayList<>();
            answer.forEach(a -> parts.add(a.isNull() ? "" : a.asText()));
            return String.join("[,]", parts);
        }
        return answer.asText();
    }

    private static String number(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }
}
