package org.gramscilens.quiz;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** Reading one question object of the JSON form (docs/quiz-json.md), with a clear message when it does not fit. */
final class QuizJsonTypes {

    /** A question object that does not follow the specification. */
    static final class BadQuestion extends Exception {
        BadQuestion(String message) {
            super(message, null, false, false);
        }
    }

    private QuizJsonTypes() {}

    static String name(Question.Kind kind) {
        return switch (kind) {
            case MULTIPLE_CHOICE -> "multichoice";
            case MULTIPLE_ANSWER -> "multianswer";
            case TRUE_FALSE -> "truefalse";
            case SHORT_ANSWER -> "shortanswer";
            case MATCHING -> "matching";
            case NUMERICAL -> "numerical";
            case MISSING_WORD -> "missingword";
            case ESSAY -> "essay";
            case DESCRIPTION -> "description";
            case CLOZE -> "cloze";
        };
    }

    /** The question, with the {@code id} the file states (the caller checks it against the rule). */
    static Question question(JsonNode o, SourcePosition at) throws BadQuestion {
        String type = string(o, "type", null);
        if (type == null) {
            throw new BadQuestion("the question has no \"type\"");
        }
        FormattedText text = text(o.get("text"), TextFormat.MOODLE, "text");
        TextFormat fmt = text.format();
        QuestionInfo info = new QuestionInfo(
                string(o, "id", ""),
                string(o, "title", ""),
                string(o, "category", ""),
                text,
                text(o.get("generalFeedback"), fmt, "generalFeedback"),
                at,
                extras(o));
        if (type.equals("missingword")) {
            JsonNode blank = o.get("blank");
            if (blank == null || !blank.isObject()) {
                throw new BadQuestion("a missingword question needs a \"blank\" object");
            }
            Question underlying = details(string(blank, "type", ""), blank, info, fmt);
            if (!MissingWord.canWrap(underlying)) {
                throw new BadQuestion("a missingword question needs a multichoice, multianswer, shortanswer,"
                        + " numerical or truefalse \"blank\" and exactly one blank (_____) in its text");
            }
            return new MissingWord(underlying);
        }
        return MissingWord.wrapIfBlank(details(type, o, info, fmt));
    }

    private static Question details(String type, JsonNode o, QuestionInfo info, TextFormat fmt) throws BadQuestion {
        switch (type) {
            case "multichoice":
                return new MultipleChoice(info, choices(o, fmt));
            case "multianswer":
                return new MultipleAnswer(info, choices(o, fmt));
            case "truefalse":
                JsonNode answer = o.get("answer");
                if (answer == null || !answer.isBoolean()) {
                    throw new BadQuestion("a truefalse question needs \"answer\": true or false");
                }
                return new TrueFalse(
                        info,
                        answer.booleanValue(),
                        text(o.get("trueFeedback"), fmt, "trueFeedback"),
                        text(o.get("falseFeedback"), fmt, "falseFeedback"));
            case "shortanswer":
                return shortAnswer(o, info, fmt);
            case "matching":
                return matching(o, info, fmt);
            case "numerical":
                return numerical(o, info, fmt);
            case "essay":
                return new Essay(info);
            case "description":
                return new Description(info);
            case "cloze":
                ClozeSyntax.Parsed parsed = ClozeSyntax.parse(info.text().text());
                if (!parsed.problems().isEmpty()) {
                    throw new BadQuestion("cloze question: " + String.join("; ", parsed.problems()));
                }
                return new Cloze(info.withText(new FormattedText(parsed.text(), fmt)), parsed.gaps());
            default:
                throw new BadQuestion("unknown question type '" + type + "'; see docs/quiz-json.md for the types");
        }
    }

    private static List<Choice> choices(JsonNode o, TextFormat fmt) throws BadQuestion {
        List<Choice> out = new ArrayList<>();
        for (JsonNode c : array(o, "choices")) {
            FormattedText text = text(c.get("text"), fmt, "choice text");
            if (text.isEmpty()) {
                throw new BadQuestion("empty answer in \"choices\"");
            }
            out.add(new Choice(text, weight(c, 0), text(c.get("feedback"), fmt, "feedback")));
        }
        if (out.size() < 2) {
            throw new BadQuestion("a multiple-choice question needs at least 2 \"choices\"; found " + out.size());
        }
        return out;
    }

    private static Question shortAnswer(JsonNode o, QuestionInfo info, TextFormat fmt) throws BadQuestion {
        List<AcceptedAnswer> out = new ArrayList<>();
        for (JsonNode a : array(o, "answers")) {
            String text = string(a, "text", "");
            if (text.isEmpty()) {
                throw new BadQuestion("empty answer in \"answers\"");
            }
            out.add(new AcceptedAnswer(text, weight(a, 100), text(a.get("feedback"), fmt, "feedback")));
        }
        if (out.isEmpty()) {
            throw new BadQuestion("a short-answer question needs at least one answer");
        }
        JsonNode cs = o.get("caseSensitive");
        return new ShortAnswer(info, out, cs != null && cs.asBoolean(false));
    }

    private static Question matching(JsonNode o, QuestionInfo info, TextFormat fmt) throws BadQuestion {
        List<MatchPair> pairs = new ArrayList<>();
        for (JsonNode p : array(o, "pairs")) {
            String right = string(p, "right", "");
            if (right.isEmpty()) {
                throw new BadQuestion("a matching pair needs a non-empty \"right\"");
            }
            pairs.add(new MatchPair(text(p.get("left"), fmt, "left"), right));
        }
        if (pairs.stream().filter(p -> !p.isDistractor()).count() < 2) {
            throw new BadQuestion("a matching question needs at least 2 pairs with a \"left\"");
        }
        return new Matching(info, pairs);
    }

    private static Question numerical(JsonNode o, QuestionInfo info, TextFormat fmt) throws BadQuestion {
        List<NumericAnswer> out = new ArrayList<>();
        for (JsonNode a : array(o, "answers")) {
            double weight = weight(a, 100);
            FormattedText feedback = text(a.get("feedback"), fmt, "feedback");
            if (a.path("any").asBoolean(false)) {
                out.add(NumericAnswer.any(weight, feedback));
            } else {
                out.add(new NumericAnswer(number(a, "value", true), number(a, "tolerance", false), weight, feedback));
            }
        }
        if (out.isEmpty()) {
            throw new BadQuestion("a numerical question needs at least one answer");
        }
        return new Numerical(info, out);
    }

    private static BigDecimal number(JsonNode o, String field, boolean required) throws BadQuestion {
        JsonNode n = o.get(field);
        if (n == null || n.isNull()) {
            if (required) {
                throw new BadQuestion("a numerical answer needs \"" + field + "\" (or \"any\": true)");
            }
            return BigDecimal.ZERO;
        }
        if (!n.isNumber()) {
            throw new BadQuestion("bad number: \"" + field + "\" is " + n + ", not a number");
        }
        try {
            return QuizNumbers.check(n.decimalValue());
        } catch (QuizNumbers.OutOfRange e) {
            throw new BadQuestion("bad number: \"" + field + "\" " + e.getMessage());
        } catch (NumberFormatException e) {
            throw new BadQuestion("bad number: \"" + field + "\" is not a finite number");
        }
    }

    private static double weight(JsonNode o, double defaultWeight) throws BadQuestion {
        JsonNode n = o.get("weight");
        if (n == null) {
            return defaultWeight;
        }
        if (!n.isNumber()) {
            throw new BadQuestion("bad weight: " + n + " is not a number");
        }
        OptionalDouble canonical = MoodleGrades.canonical(n.doubleValue());
        if (canonical.isEmpty()) {
            throw new BadQuestion("bad weight: " + MoodleGrades.notAllowedMessage(n.doubleValue()));
        }
        return canonical.getAsDouble();
    }

    private static List<JsonNode> array(JsonNode o, String field) throws BadQuestion {
        JsonNode n = o.get(field);
        if (n == null || !n.isArray()) {
            throw new BadQuestion("\"" + field + "\" must be an array");
        }
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode e : n) {
            if (!e.isObject()) {
                throw new BadQuestion("each entry of \"" + field + "\" must be an object");
            }
            out.add(e);
        }
        return out;
    }

    private static QuestionExtras extras(JsonNode o) throws BadQuestion {
        List<String> tags = new ArrayList<>();
        for (JsonNode t : optionalList(o, "tags")) {
            if (!t.isTextual()) {
                throw new BadQuestion("\"tags\" must be a list of strings");
            }
            tags.add(t.textValue());
        }
        List<QuestionExtras.MoodleElement> kept = new ArrayList<>();
        for (JsonNode e : optionalList(o, "moodleXml")) {
            kept.add(new QuestionExtras.MoodleElement(string(e, "element", ""), string(e, "xml", "")));
        }
        List<QuestionExtras.MediaFile> files = new ArrayList<>();
        for (JsonNode f : optionalList(o, "files")) {
            String name = string(f, "name", "");
            if (name.isEmpty()) {
                throw new BadQuestion("a file in \"files\" has no \"name\"");
            }
            files.add(new QuestionExtras.MediaFile(
                    string(f, "field", "questiontext"), string(f, "path", "/"), name, string(f, "base64", "")));
        }
        return new QuestionExtras(string(o, "idNumber", ""), tags, kept, files);
    }

    private static Iterable<JsonNode> optionalList(JsonNode o, String field) throws BadQuestion {
        JsonNode n = o.get(field);
        if (n == null || n.isNull()) {
            return List.of();
        }
        if (!n.isArray()) {
            throw new BadQuestion("\"" + field + "\" must be a list");
        }
        return n;
    }

    private static String string(JsonNode o, String field, String defaultValue) throws BadQuestion {
        JsonNode n = o.get(field);
        if (n == null || n.isNull()) {
            return defaultValue;
        }
        if (!n.isTextual()) {
            throw new BadQuestion("\"" + field + "\" must be a string");
        }
        return n.textValue();
    }

    /** A text object {@code {"text": ..., "format": ...}}, or a plain string in the default format. */
    private static FormattedText text(JsonNode n, TextFormat defaultFormat, String what) throws BadQuestion {
        if (n == null || n.isNull()) {
            return FormattedText.EMPTY;
        }
        if (n.isTextual()) {
            return new FormattedText(n.textValue(), defaultFormat);
        }
        if (!n.isObject()) {
            throw new BadQuestion("\"" + what + "\" must be a string or {\"text\": ..., \"format\": ...}");
        }
        String format = string(n, "format", defaultFormat.giftName());
        TextFormat f = TextFormat.fromGiftName(format)
                .orElseThrow(() -> new BadQuestion(
                        "unknown format '" + format + "' in \"" + what + "\"; use moodle, html, plain or markdown"));
        return new FormattedText(string(n, "text", ""), f);
    }
}
