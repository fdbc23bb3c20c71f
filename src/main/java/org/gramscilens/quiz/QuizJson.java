package org.gramscilens.quiz;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The quiz JSON form, specified in {@code docs/quiz-json.md}: {@code {"formatVersion": 1, "questions":
 * [...]}} with one object per question whose {@code type} says which fields follow. The JSON is
 * written and read field by field (not by reflecting over the records), so the documented form stays
 * put when the Java model changes.
 */
public final class QuizJson {

    /** The version this code writes, and the newest it reads. */
    public static final int FORMAT_VERSION = 1;

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            // Numbers are read as decimals, never through a binary double: 0.1 stays 0.1.
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    public String write(List<Question> questions) {
        ObjectNode root = mapper.createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        ArrayNode list = root.putArray("questions");
        for (Question q : questions) {
            list.add(question(q));
        }
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a tree of plain nodes always serialises", e);
        }
    }

    private ObjectNode question(Question q) {
        ObjectNode o = mapper.createObjectNode();
        o.put("type", QuizJsonTypes.name(q.kind()));
        o.put("id", q.id());
        putIfNotEmpty(o, "title", q.title());
        putIfNotEmpty(o, "category", q.category());
        o.set(
                "text",
                text(
                        q instanceof Cloze c
                                ? new FormattedText(c.embeddedText(), q.text().format())
                                : q.text()));
        if (!q.generalFeedback().isEmpty()) {
            o.set("generalFeedback", text(q.generalFeedback()));
        }
        extras(o, q.info().extras());
        if (q instanceof MissingWord mw) {
            ObjectNode blank = o.putObject("blank");
            blank.put("type", QuizJsonTypes.name(mw.underlying().kind()));
            details(blank, mw.underlying());
        } else {
            details(o, q);
        }
        return o;
    }

    private void details(ObjectNode o, Question q) {
        switch (q.kind()) {
            case MULTIPLE_CHOICE -> choices(o, ((MultipleChoice) q).choices());
            case MULTIPLE_ANSWER -> choices(o, ((MultipleAnswer) q).choices());
            case TRUE_FALSE -> {
                TrueFalse tf = (TrueFalse) q;
                o.put("answer", tf.answer());
                feedback(o, "trueFeedback", tf.trueFeedback());
                feedback(o, "falseFeedback", tf.falseFeedback());
            }
            case SHORT_ANSWER -> {
                ShortAnswer sa = (ShortAnswer) q;
                o.put("caseSensitive", sa.caseSensitive());
                ArrayNode answers = o.putArray("answers");
                for (AcceptedAnswer a : sa.answers()) {
                    ObjectNode n = answers.addObject();
                    n.put("text", a.text());
                    n.put("weight", weight(a.weight()));
                    feedback(n, "feedback", a.feedback());
                }
            }
            case MATCHING -> {
                ArrayNode pairs = o.putArray("pairs");
                for (MatchPair p : ((Matching) q).pairs()) {
                    ObjectNode n = pairs.addObject();
                    if (!p.isDistractor()) {
                        n.set("left", text(p.left()));
                    }
                    n.put("right", p.right());
                }
            }
            case NUMERICAL -> {
                ArrayNode answers = o.putArray("answers");
                for (NumericAnswer a : ((Numerical) q).answers()) {
                    ObjectNode n = answers.addObject();
                    if (a.isAny()) {
                        n.put("any", true);
                    } else {
                        n.put("value", a.value());
                        n.put("tolerance", a.tolerance());
                    }
                    n.put("weight", weight(a.weight()));
                    feedback(n, "feedback", a.feedback());
                }
            }
            default -> {}
        }
    }

    private void choices(ObjectNode o, List<Choice> choices) {
        ArrayNode list = o.putArray("choices");
        for (Choice c : choices) {
            ObjectNode n = list.addObject();
            n.set("text", text(c.text()));
            n.put("weight", weight(c.weight()));
            feedback(n, "feedback", c.feedback());
        }
    }

    private ObjectNode text(FormattedText t) {
        ObjectNode n = mapper.createObjectNode();
        n.put("text", t.text());
        n.put("format", t.format().giftName());
        return n;
    }

    private void feedback(ObjectNode o, String field, FormattedText t) {
        if (!t.isEmpty()) {
            o.set(field, text(t));
        }
    }

    /** Id number, tags, kept Moodle XML elements and embedded files, each only when there is one. */
    private void extras(ObjectNode o, QuestionExtras x) {
        putIfNotEmpty(o, "idNumber", x.idNumber());
        if (!x.tags().isEmpty()) {
            x.tags().forEach(o.putArray("tags")::add);
        }
        if (!x.moodleElements().isEmpty()) {
            var list = o.putArray("moodleXml");
            x.moodleElements()
                    .forEach(e -> list.addObject().put("element", e.name()).put("xml", e.xml()));
        }
        if (!x.files().isEmpty()) {
            var list = o.putArray("files");
            x.files()
                    .forEach(f -> list.addObject()
                            .put("field", f.field())
                            .put("path", f.path())
                            .put("name", f.name())
                            .put("base64", f.base64()));
        }
    }

    private static void putIfNotEmpty(ObjectNode o, String field, String value) {
        if (!value.isEmpty()) {
            o.put(field, value);
        }
    }

    private static BigDecimal weight(double percent) {
        return new BigDecimal(MoodleGrades.format(percent));
    }

    public ParseResult read(Path file) throws IOException {
        return read(
                org.gramscilens.files.TextFiles.readUtf8(file), file.toString().replace('\\', '/'));
    }

    /** Reads the JSON form; each question that does not fit the specification is reported and left out. */
    public ParseResult read(String json, String path) {
        List<GiftProblem> problems = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        Integer version = null;
        SourcePosition versionAt = new SourcePosition(1, 1);
        try (JsonParser p = mapper.getFactory().createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                problems.add(GiftProblem.at(
                        path,
                        position(p),
                        "a quiz JSON file is an object with \"formatVersion\"" + " and \"questions\""));
                return new ParseResult(questions, problems);
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("formatVersion")) {
                    versionAt = position(p);
                    version = value == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : -1;
                } else if (field.equals("questions") && value == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        SourcePosition at = position(p);
                        var array = p.getParsingContext().getParent();
                        JsonNode node;
                        try {
                            node = mapper.readTree(p);
                        } catch (NumberFormatException | com.fasterxml.jackson.databind.exc.InvalidFormatException e) {
                            // A number Jackson cannot hold (1e99999999999): this question only (issue 15 D1).
                            problems.add(GiftProblem.at(
                                    path,
                                    position(p),
                                    "bad number: '" + p.getText() + "' is too large or too small (at most 1e"
                                            + QuizNumbers.MAX_EXPONENT + " in size)"));
                            while (p.getParsingContext() != array && p.nextToken() != null) {
                                // skip the rest of this question
                            }
                            continue;
                        }
                        try {
                            questions.add(QuizJsonTypes.question(node, at));
                        } catch (QuizJsonTypes.BadQuestion e) {
                            problems.add(GiftProblem.at(path, at, e.getMessage()));
                        }
                    }
                } else {
                    p.skipChildren();
                }
            }
        } catch (IOException e) {
            SourcePosition at = e instanceof JsonProcessingException jpe && jpe.getLocation() != null
                    ? new SourcePosition(
                            jpe.getLocation().getLineNr(), jpe.getLocation().getColumnNr())
                    : SourcePosition.NONE;
            String message = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
            problems.add(GiftProblem.at(path, at, "not valid JSON: " + message));
        }
        if (version == null) {
            problems.add(GiftProblem.at(path, new SourcePosition(1, 1), "\"formatVersion\" is missing"));
        } else if (version < 1 || version > FORMAT_VERSION) {
            problems.add(GiftProblem.at(
                    path,
                    versionAt,
                    "formatVersion " + version + " is not one this version reads" + " (1 to " + FORMAT_VERSION
                            + "); a newer Gramsci Lens may have written it"));
            return new ParseResult(List.of(), problems);
        }
        List<Question> withIds = QuestionIds.assign(
                questions,
                (q, earlier) -> problems.add(GiftProblem.warningAt(
                        path,
                        q.source(),
                        "the question at line " + earlier.source().line() + " has the same title or idNumber '"
                                + earlier.id() + "', so this one's progress is stored as '" + q.id() + "'")));
        for (int i = 0; i < withIds.size(); i++) {
            String stated = questions.get(i).id();
            if (!stated.isEmpty() && !stated.equals(withIds.get(i).id())) {
                problems.add(GiftProblem.at(
                        path,
                        withIds.get(i).source(),
                        "\"id\" is '" + stated + "' but the rule" + " in docs/quiz-json.md gives '"
                                + withIds.get(i).id() + "'; the id comes from the title"));
            }
        }
        problems.sort((a, b) ->
                a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(a.column(), b.column()));
        return new ParseResult(withIds, problems);
    }

    private static SourcePosition position(JsonParser p) {
        var l = p.currentTokenLocation();
        return new SourcePosition(l.getLineNr(), l.getColumnNr());
    }
}
