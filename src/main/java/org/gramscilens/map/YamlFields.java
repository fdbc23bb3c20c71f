package org.gramscilens.map;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.gramscilens.course.Problem;
import org.gramscilens.course.YamlTree;

/**
 * Reads fields of a YAML tree, turning each wrong shape into a {@link Problem} with its line, and remembers
 * the lines of the fields {@link ConceptMapCheck} reports on later.
 */
final class YamlFields {
    private final YamlTree yaml;
    private final Path file;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Integer> lines = new HashMap<>();

    YamlFields(YamlTree yaml, Path file) {
        this.yaml = yaml;
        this.file = file;
    }

    List<Problem> problems() {
        return problems;
    }

    Map<String, Integer> lines() {
        return lines;
    }

    int line(JsonNode node) {
        return yaml.line(node);
    }

    Iterable<JsonNode> list(JsonNode root, String field) {
        JsonNode v = root.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            problem(line(v, 1), "'" + field + ":' must be a list of entries, each starting with '- '");
            return List.of();
        }
        return v;
    }

    String text(JsonNode entry, String field, String what) {
        JsonNode v = entry.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isContainerNode()) {
            problem(line(v, yaml.line(entry)), what + ": '" + field + "' must be text, not a list or mapping");
            return null;
        }
        return v.asText();
    }

    List<String> texts(JsonNode entry, String field, String what) {
        JsonNode v = entry.get(field);
        if (v != null && v.isObject()) {
            problem(line(v, yaml.line(entry)), what + ": '" + field + "' must be a list of texts");
            return List.of();
        }
        return YamlTree.texts(entry, field);
    }

    Double number(JsonNode entry, String field, String what) {
        JsonNode v = entry.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber()) {
            problem(line(v, yaml.line(entry)), what + ": '" + field + "' must be a number");
            return null;
        }
        return v.asDouble();
    }

    void unknownFields(JsonNode entry, String kind, String what) {
        for (Iterator<String> names = entry.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!ConceptMapLoader.FIELDS.get(kind).contains(name)) {
                problem(
                        line(entry.get(name), yaml.line(entry)),
                        what + ": unknown field '" + name + "' (known: "
                                + String.join(", ", ConceptMapLoader.FIELDS.get(kind)) + ")");
            }
        }
    }

    /** Remembers the lines of an entry's fields, keyed by the entry's own line (ids may repeat). */
    void record(String kind, JsonNode entry, String... fields) {
        for (String f : fields) {
            int l = yaml.line(entry.get(f));
            if (l > 0) {
                lines.put(kind + "/" + yaml.line(entry) + "/" + f, l);
            }
        }
    }

    int lineOf(JsonNode entry, String... fields) {
        for (String f : fields) {
            int l = yaml.line(entry.get(f));
            if (l > 0) {
                return l;
            }
        }
        return yaml.line(entry);
    }

    int line(JsonNode node, int fallback) {
        int l = yaml.line(node);
        return l > 0 ? l : fallback;
    }

    void problem(int line, String message) {
        problems.add(new Problem(file, line, message));
    }
}
