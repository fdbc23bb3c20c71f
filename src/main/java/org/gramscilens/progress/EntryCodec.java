package org.gramscilens.progress;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * Entries as JSON objects. The same object is a line of the journal (with {@code type}) and an element
 * of one of the snapshot's arrays (without it: the array says the type).
 */
final class EntryCodec {

    static final List<String> TYPES =
            List.of("attempt", "lessonOpened", "lessonFinished", "reflection", "mapAttempt", "reviewState", "setting");

    private EntryCodec() {}

    static void write(JsonGenerator g, Entry e, boolean withType) throws IOException {
        g.writeStartObject();
        g.writeNumberField("seq", e.seq());
        if (withType) {
            g.writeStringField("type", e.type());
        }
        g.writeStringField("at", e.at().toString());
        if (e instanceof QuizAttempt a) {
            g.writeStringField("questionId", a.questionId());
            g.writeStringField("moduleId", a.moduleId());
            g.writeFieldName("answer");
            g.writeTree(a.answer());
            g.writeNumberField("score", a.score());
            g.writeNumberField("timeTakenMs", a.timeTakenMs());
        } else if (e instanceof LessonEvent l) {
            g.writeStringField("lessonId", l.lessonId());
        } else if (e instanceof Reflection r) {
            g.writeStringField("questionId", r.questionId());
            g.writeStringField("text", r.text());
        } else if (e instanceof MapAttempt m) {
            g.writeStringField("mapId", m.mapId());
            g.writeFieldName("payload");
            g.writeTree(m.payload());
            g.writeNumberField("score", m.score());
        } else if (e instanceof ReviewStateChange s) {
            g.writeStringField("questionId", s.questionId());
            g.writeFieldName("state");
            g.writeTree(s.state());
        } else if (e instanceof SettingChange s) {
            g.writeStringField("name", s.name());
            g.writeFieldName("value");
            g.writeTree(s.value());
        }
        g.writeEndObject();
    }

    /**
     * Reads one entry object; the parser is on its START_OBJECT and is left on its END_OBJECT.
     *
     * @param type the entry type, or null to read it from the object's {@code type} field (a journal line)
     */
    static Entry read(JsonParser p, String type) throws IOException, FormatException {
        return readFields(p).toEntry(type);
    }

    /** Reads an object's fields without judging them yet: a journal's first line is a header, not an entry. */
    static Fields readFields(JsonParser p) throws IOException, FormatException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new FormatException("an entry must be a JSON object");
        }
        Fields f = new Fields();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            switch (name) {
                case "seq" -> f.seq = t == JsonToken.VALUE_NUMBER_INT ? p.getLongValue() : -1;
                case "schemaVersion" -> f.schemaVersion = t == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : -1;
                case "score" -> f.score = t.isNumeric() ? p.getDoubleValue() : Double.NaN;
                case "timeTakenMs" -> f.timeTakenMs = t == JsonToken.VALUE_NUMBER_INT ? p.getLongValue() : -1;
                case "type", "at", "questionId", "moduleId", "lessonId", "mapId", "name", "text" -> {
                    if (t != JsonToken.VALUE_STRING) {
                        throw new FormatException("'" + name + "' is not text");
                    }
                    f.put(name, p.getText());
                }
                case "answer", "payload", "state", "value" -> f.value = Trees.read(p);
                default -> p.skipChildren(); // a field added later within this format version
            }
        }
        return f;
    }

    /** The fields of one entry as read, checked when the entry is built. */
    static final class Fields {
        long seq = -1;
        Integer schemaVersion;
        double score = Double.NaN;
        long timeTakenMs = -1;
        String type;
        String at;
        String id;
        String idField;
        String moduleId;
        String text;
        JsonNode value;

        void put(String name, String s) {
            switch (name) {
                case "type" -> type = s;
                case "at" -> at = s;
                case "moduleId" -> moduleId = s;
                case "text" -> text = s;
                default -> { // questionId, lessonId, mapId or name: each type has exactly one
                    id = s;
                    idField = name;
                }
            }
        }

        boolean isHeader() {
            return schemaVersion != null && type == null && seq < 0;
        }

        Entry toEntry(String arrayType) throws FormatException {
            String t = arrayType != null ? arrayType : required(type, "type");
            if (!TYPES.contains(t)) {
                // Not a newer program's record: a newer program that adds types raises the schema
                // version in the journal's header line. So this line is damaged.
                throw new FormatException("unknown record type '" + t + "'");
            }
            if (seq <= 0 || seq > Entry.MAX_SEQ) {
                throw new FormatException("'seq' is missing or is not a whole number from 1 to " + Entry.MAX_SEQ);
            }
            Instant when = Instants.parse(required(at, "at"));
            return switch (t) {
                case "attempt" ->
                    new QuizAttempt(
                            seq,
                            id("questionId"),
                            required(moduleId, "moduleId"),
                            required(value, "answer"),
                            score(),
                            duration(),
                            when);
                case "lessonOpened" -> new LessonEvent(seq, id("lessonId"), LessonEvent.Kind.OPENED, when);
                case "lessonFinished" -> new LessonEvent(seq, id("lessonId"), LessonEvent.Kind.FINISHED, when);
                case "reflection" -> new Reflection(seq, id("questionId"), required(text, "text"), when);
                case "mapAttempt" -> new MapAttempt(seq, id("mapId"), required(value, "payload"), score(), when);
                case "reviewState" -> new ReviewStateChange(seq, id("questionId"), required(value, "state"), when);
                default -> new SettingChange(seq, id("name"), required(value, "value"), when);
            };
        }

        private String id(String field) throws FormatException {
            if (!field.equals(idField)) {
                throw new FormatException("'" + field + "' is missing");
            }
            return id;
        }

        private double score() throws FormatException {
            if (!(score >= 0 && score <= 1)) {
                throw new FormatException("'score' is missing or is not a number from 0 to 1");
            }
            return score;
        }

        private long duration() throws FormatException {
            if (timeTakenMs < 0) {
                throw new FormatException("'timeTakenMs' is missing or is not a whole number of 0 or more");
            }
            return timeTakenMs;
        }

        private static <T> T required(T value, String field) throws FormatException {
            if (value == null) {
                throw new FormatException("'" + field + "' is missing");
            }
            return value;
        }
    }
}
