package org.gramscilens.progress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Brings an older snapshot document up to {@link SnapshotCodec#CURRENT_VERSION}, one version at a
 * time. docs/progress-format.md describes every version's shape.
 */
final class Migrations {

    private Migrations() {}

    static int versionOf(JsonNode doc) throws FormatException {
        JsonNode v = doc.get("schemaVersion");
        if (v == null || !v.canConvertToInt() || !v.isIntegralNumber() || v.intValue() < 1) {
            throw new FormatException("'schemaVersion' is missing or is not a whole number of 1 or more");
        }
        int version = v.intValue();
        if (version > SnapshotCodec.CURRENT_VERSION) {
            throw new NewerFormatException("it has format version " + version
                    + ", and this version of Gramsci Lens reads up to " + SnapshotCodec.CURRENT_VERSION);
        }
        return version;
    }

    static ObjectNode toCurrent(ObjectNode doc) throws FormatException {
        int version = versionOf(doc);
        ObjectNode current = doc;
        while (version < SnapshotCodec.CURRENT_VERSION) {
            current = switch (version) {
                case 1 -> v1ToV2(current);
                default -> throw new FormatException("no migration from format version " + version);
            };
            version++;
        }
        return current;
    }

    /**
     * Version 1 rewrote the whole file on every answer and had no sequence numbers. It kept one
     * open and one finish time per lesson and only the latest reflection per question. Entries are
     * numbered in the order version 1 listed them; nothing is dropped.
     */
    static ObjectNode v1ToV2(ObjectNode v1) throws FormatException {
        String savedAt = textOr(v1.get("savedAt"), "1970-01-01T00:00:00Z");
        ObjectNode v2 = Json.NODES.objectNode();
        v2.put("schemaVersion", 2);
        ArrayNode attempts = v2.putArray("attempts");
        ArrayNode opened = v2.putArray("lessonsOpened");
        ArrayNode finished = v2.putArray("lessonsFinished");
        ArrayNode reflections = v2.putArray("reflections");
        v2.putArray("mapAttempts");
        ArrayNode reviewStates = v2.putArray("reviewStates");
        v2.putArray("settings");
        long seq = 0;
        for (JsonNode a : array(v1, "attempts")) {
            ObjectNode e = attempts.addObject();
            e.put("seq", ++seq);
            e.set("at", a.get("time"));
            e.set("questionId", a.get("question"));
            e.set("moduleId", a.get("module"));
            e.set("answer", a.has("answer") ? a.get("answer") : Json.NODES.nullNode());
            e.set("score", a.get("score"));
            JsonNode seconds = a.get("seconds");
            if (seconds != null && seconds.isNumber()) {
                e.put("timeTakenMs", Math.round(seconds.doubleValue() * 1000));
            }
        }
        for (Map.Entry<String, JsonNode> l : fields(v1, "lessons")) {
            if (l.getValue().hasNonNull("opened")) {
                opened.addObject()
                        .put("seq", ++seq)
                        .put("lessonId", l.getKey())
                        .set("at", l.getValue().get("opened"));
            }
            if (l.getValue().hasNonNull("finished")) {
                finished.addObject()
                        .put("seq", ++seq)
                        .put("lessonId", l.getKey())
                        .set("at", l.getValue().get("finished"));
            }
        }
        for (Map.Entry<String, JsonNode> r : fields(v1, "reflections")) {
            ObjectNode e = reflections.addObject().put("seq", ++seq).put("questionId", r.getKey());
            e.set("at", r.getValue().get("time"));
            e.set("text", r.getValue().get("text"));
        }
        for (Map.Entry<String, JsonNode> s : fields(v1, "review")) {
            ObjectNode e = reviewStates
                    .addObject()
                    .put("seq", ++seq)
                    .put("at", savedAt)
                    .put("questionId", s.getKey());
            e.set("state", s.getValue());
        }
        v2.put("lastSeq", seq);
        return v2;
    }

    private static String textOr(JsonNode n, String fallback) {
        return n != null && n.isTextual() ? n.textValue() : fallback;
    }

    private static Iterable<JsonNode> array(JsonNode doc, String field) throws FormatException {
        JsonNode n = doc.get(field);
        if (n == null || n.isNull()) {
            return Json.NODES.arrayNode();
        }
        if (!n.isArray()) {
            throw new FormatException("'" + field + "' is not a list");
        }
        return n;
    }

    private static Iterable<Map.Entry<String, JsonNode>> fields(JsonNode doc, String field) throws FormatException {
        JsonNode n = doc.get(field);
        if (n == null || n.isNull()) {
            return java.util.List.of();
        }
        if (!n.isObject()) {
            throw new FormatException("'" + field + "' is not an object");
        }
        for (Iterator<JsonNode> it = n.elements(); it.hasNext(); ) {
            if (!it.next().isObject() && !field.equals("review")) {
                throw new FormatException("an entry of '" + field + "' is not an object");
            }
        }
        return n::fields;
    }
}
