package org.gramscilens.progress;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads and writes the snapshot document ({@code progress.json}, backups, JSON export). */
final class SnapshotCodec {

    static final int CURRENT_VERSION = 2;

    /** Snapshot array name to the entry type its elements have. */
    private static final Map<String, String> ARRAYS = new LinkedHashMap<>();

    static {
        ARRAYS.put("attempts", "attempt");
        ARRAYS.put("lessonsOpened", "lessonOpened");
        ARRAYS.put("lessonsFinished", "lessonFinished");
        ARRAYS.put("reflections", "reflection");
        ARRAYS.put("mapAttempts", "mapAttempt");
        ARRAYS.put("reviewStates", "reviewState");
        ARRAYS.put("settings", "setting");
    }

    /** A snapshot and the schema version its file had (lower than current if it was migrated). */
    record Read(Snapshot snapshot, int fileVersion) {}

    private SnapshotCodec() {}

    static void write(Snapshot s, Instant savedAt, OutputStream out) throws IOException {
        try (JsonGenerator g = Json.FACTORY.createGenerator(out)) {
            write(s, savedAt, g);
        }
    }

    static void write(Snapshot s, Instant savedAt, Writer out) throws IOException {
        try (JsonGenerator g = Json.FACTORY.createGenerator(out)) {
            write(s, savedAt, g);
        }
    }

    private static void write(Snapshot s, Instant savedAt, JsonGenerator g) throws IOException {
        g.setPrettyPrinter(new SnapshotPrinter());
        g.writeStartObject();
        g.writeNumberField("schemaVersion", CURRENT_VERSION);
        g.writeNumberField("lastSeq", s.lastSeq());
        g.writeStringField("savedAt", savedAt.toString());
        writeArray(g, "attempts", s.attempts());
        List<LessonEvent> opened = new ArrayList<>();
        List<LessonEvent> finished = new ArrayList<>();
        for (LessonEvent e : s.lessonEvents()) {
            (e.kind() == LessonEvent.Kind.OPENED ? opened : finished).add(e);
        }
        writeArray(g, "lessonsOpened", opened);
        writeArray(g, "lessonsFinished", finished);
        writeArray(g, "reflections", s.reflections());
        writeArray(g, "mapAttempts", s.mapAttempts());
        writeArray(g, "reviewStates", s.reviewStates());
        writeArray(g, "settings", s.settings());
        g.writeEndObject();
    }

    private static void writeArray(JsonGenerator g, String name, List<? extends Entry> entries) throws IOException {
        g.writeArrayFieldStart(name);
        for (Entry e : entries) {
            EntryCodec.write(g, e, false);
        }
        g.writeEndArray();
    }

    /**
     * Reads a snapshot document of any version this program knows, migrating older ones.
     *
     * @throws NewerFormatException if a newer program wrote it
     * @throws FormatException if it is not a readable snapshot; the message says why in plain words
     */
    static Read read(byte[] bytes) throws FormatException {
        try {
            // The common case, a current file we wrote ourselves, is parsed in one streaming pass.
            try (JsonParser p = Json.MAPPER.createParser(bytes)) {
                if (p.nextToken() == JsonToken.START_OBJECT
                        && p.nextToken() == JsonToken.FIELD_NAME
                        && "schemaVersion".equals(p.currentName())
                        && p.nextToken() == JsonToken.VALUE_NUMBER_INT
                        && p.getIntValue() == CURRENT_VERSION) {
                    return new Read(readFields(p), CURRENT_VERSION);
                }
            }
            JsonNode tree = Json.STRICT.readTree(bytes);
            if (tree == null || !tree.isObject()) {
                throw new FormatException("it is empty or is not a JSON object");
            }
            int version = Migrations.versionOf(tree);
            ObjectNode current = Migrations.toCurrent((ObjectNode) tree);
            try (JsonParser p = current.traverse(Json.MAPPER)) {
                p.nextToken();
                return new Read(readFields(p), version);
            }
        } catch (JsonEOFException e) {
            throw new FormatException("it is cut short: it ends in the middle of the data" + where(e), e);
        } catch (JsonProcessingException e) {
            throw new FormatException("it is damaged: it stops being valid JSON" + where(e), e);
        } catch (IOException e) {
            throw new FormatException("it could not be parsed: " + e.getMessage(), e);
        }
    }

    private static String where(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    /** Reads the fields of a current-version document; the parser is inside the root object. */
    private static Snapshot readFields(JsonParser p) throws IOException, FormatException {
        long lastSeq = -1;
        Map<String, List<Entry>> lists = new LinkedHashMap<>();
        ARRAYS.keySet().forEach(k -> lists.put(k, new ArrayList<>()));
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (name.equals("lastSeq")) {
                if (!p.currentToken().isNumeric()) {
                    throw new FormatException("'lastSeq' is not a number");
                }
                lastSeq = p.getLongValue();
            } else if (ARRAYS.containsKey(name)) {
                readArray(p, name, lists.get(name));
            } else {
                p.skipChildren(); // schemaVersion, savedAt, and fields added later within version 2
            }
        }
        if (t != JsonToken.END_OBJECT) {
            throw new FormatException("it is not a JSON object");
        }
        if (p.nextToken() != null) {
            throw new FormatException("there is more text after the end of the document");
        }
        if (lastSeq < 0) {
            throw new FormatException("'lastSeq' is missing");
        }
        if (lastSeq > Entry.MAX_SEQ) {
            throw new FormatException(
                    "'lastSeq' is " + lastSeq + ", above the largest sequence number " + Entry.MAX_SEQ);
        }
        List<LessonEvent> lessons = new ArrayList<>();
        lists.get("lessonsOpened").forEach(e -> lessons.add((LessonEvent) e));
        lists.get("lessonsFinished").forEach(e -> lessons.add((LessonEvent) e));
        lessons.sort(Comparator.comparingLong(LessonEvent::seq));
        return new Snapshot(
                lastSeq,
                sorted(lists.get("attempts")),
                lessons,
                sorted(lists.get("reflections")),
                sorted(lists.get("mapAttempts")),
                sorted(lists.get("reviewStates")),
                sorted(lists.get("settings")));
    }

    private static void readArray(JsonParser p, String name, List<Entry> into) throws IOException, FormatException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new FormatException("'" + name + "' is not a list");
        }
        String type = ARRAYS.get(name);
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw new FormatException("'" + name + "' is cut short");
            }
            try {
                into.add(EntryCodec.read(p, type));
            } catch (FormatException e) {
                throw new FormatException("entry " + (into.size() + 1) + " of '" + name + "': " + e.getMessage());
            }
        }
    }

    /** Files we write are already in order; checking is far cheaper than sorting 100,000 entries. */
    @SuppressWarnings("unchecked")
    private static <T extends Entry> List<T> sorted(List<Entry> entries) {
        List<T> list = (List<T>) (List<?>) entries;
        for (int i = 1; i < list.size(); i++) {
            if (list.get(i - 1).seq() > list.get(i).seq()) {
                list.sort(Comparator.comparingLong(Entry::seq));
                break;
            }
        }
        return list;
    }
}
