package org.gramscilens.map;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gramscilens.course.Problem;
import org.gramscilens.course.YamlTree;

/** Turns the YAML tree of concept-map.yaml into a {@link ConceptMap}, recording a problem per thing wrong. */
final class MapYamlReader {
    private static final String HEX_COLOUR = "#[0-9a-fA-F]{6}";

    private final YamlTree yaml;
    private final Path file;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Integer> lines = new HashMap<>();

    MapYamlReader(YamlTree yaml, Path file) {
        this.yaml = yaml;
        this.file = file;
    }

    List<Problem> problems() {
        return problems;
    }

    Map<String, Integer> lines() {
        return lines;
    }

    ConceptMap read() {
        JsonNode root = yaml.root();
        if (root.isMissingNode() || root.isNull()) {
            problem(1, "the file is empty; add 'concepts:' and 'propositions:' (see docs/concept-map-format.md)");
            return ConceptMap.empty();
        }
        if (!root.isObject()) {
            problem(1, "expected a mapping with 'groups:', 'concepts:', 'propositions:' and 'exercises:'");
            return ConceptMap.empty();
        }
        unknownFields(root, "map", "the map");
        String title = text(root, "title", "the map");
        Map<String, Group> groups = groups(root);
        Map<String, Concept> concepts = concepts(root, groups);
        List<Proposition> sound = new ArrayList<>();
        List<Proposition> broken = new ArrayList<>();
        propositions(root, concepts, sound, broken);
        List<Exercise> exercises = exercises(root, concepts, sound);
        List<String> distractors = texts(root, "distractor-phrases", "the map");
        return new ConceptMap(title, List.copyOf(groups.values()), List.copyOf(concepts.values()), sound, broken,
                exercises, distractors, Map.of());
    }

    private Map<String, Group> groups(JsonNode root) {
        Map<String, Group> out = new LinkedHashMap<>();
        Map<String, Integer> firstGroupLine = new HashMap<>();
        for (JsonNode e : list(root, "groups")) {
            int line = yaml.line(e);
            if (!e.isObject()) {
                problem(line, "each group must be a mapping with id, label and colour");
                continue;
            }
            String id = text(e, "id", "group entry");
            if (id == null || id.isBlank()) {
                problem(line, "group entry has no 'id'");
                continue;
            }
            String what = "group '" + id + "'";
            unknownFields(e, "group", what);
            if (out.containsKey(id)) {
                problem(line, "duplicate group id '" + id + "' (first at line " + firstGroupLine.get(id) + ")");
                continue;
            }
            firstGroupLine.put(id, line);
            String label = text(e, "label", what);
            if (label == null || label.isBlank()) {
                problem(line, what + " has no 'label'");
                label = id;
            }
            String colour = text(e, e.has("colour") ? "colour" : "color", what);
            if (colour != null && !colour.matches(HEX_COLOUR)) {
                problem(lineOf(e, "colour", "color"), what + ": colour '" + colour
                        + "' is not a hex colour like #1f77b4");
                colour = null;
            }
            out.put(id, new Group(id, label, colour));
        }
        return out;
    }

    private Map<String, Concept> concepts(JsonNode root, Map<String, Group> groups) {
        Map<String, Concept> out = new LinkedHashMap<>();
        JsonNode list = root.get("concepts");
        if (list == null || !list.isArray() || list.isEmpty()) {
            problem(line(list, 1), "the map has no concepts; add 'concepts:' with '- id: ...' entries");
        }
        for (JsonNode e : list(root, "concepts")) {
            int line = yaml.line(e);
            if (!e.isObject()) {
                problem(line, "each concept must be a mapping with id, label, definition, group and lesson");
                continue;
            }
            String id = text(e, "id", "concept entry");
            if (id == null || id.isBlank()) {
                problem(line, "concept entry has no 'id'");
                continue;
            }
            String what = "concept '" + id + "'";
            unknownFields(e, "concept", what);
            if (out.containsKey(id)) {
                problem(line, "duplicate concept id '" + id + "' (first at line " + out.get(id).line() + ")");
                continue;
            }
            record("concept", e, "lesson", "glossary", "group");
            String label = text(e, "label", what);
            if (label == null || label.isBlank()) {
                problem(line, what + " has no 'label'");
                label = id;
            }
            String definition = text(e, "definition", what);
            if (definition == null || definition.isBlank()) {
                problem(line, what + " has no 'definition' (one or two sentences in your own words)");
            }
            String group = text(e, "group", what);
            if (group == null && !groups.isEmpty()) {
                problem(line, what + " has no 'group' (groups: " + String.join(", ", groups.keySet()) + ")");
            } else if (group != null && !groups.containsKey(group)) {
                problem(lineOf(e, "group"), what + ": unknown group '" + group + "' (groups: "
                        + (groups.isEmpty() ? "none defined; add 'groups:'" : String.join(", ", groups.keySet())) + ")");
                group = null;
            }
            String lesson = text(e, "lesson", what);
            if (lesson == null || lesson.isBlank()) {
                problem(line, what + " has no 'lesson' (write lesson-id or lesson-id#heading-id)");
                lesson = null;
            }
            Double x = number(e, "x", what);
            Double y = number(e, "y", what);
            boolean given = e.hasNonNull("x") && e.hasNonNull("y");
            if ((x == null) != (y == null) && !given) {
                problem(line, what + ": give both 'x' and 'y', or neither");
            }
            if (x == null || y == null) {
                x = null;
                y = null;
            }
            out.put(id, new Concept(id, label, definition, group, lesson, text(e, "glossary", what), x, y, line));
        }
        return out;
    }

    private void propositions(JsonNode root, Map<String, Concept> concepts, List<Proposition> sound,
                              List<Proposition> broken) {
        Map<String, Integer> ids = new HashMap<>();
        for (JsonNode e : list(root, "propositions")) {
            int line = yaml.line(e);
            if (!e.isObject()) {
                problem(line, "each proposition must be a mapping with id, from, phrase, to, lesson and source");
                continue;
            }
            String id = text(e, "id", "proposition entry");
            boolean ok = true;
            if (id == null || id.isBlank()) {
                problem(line, "proposition entry has no 'id'");
                id = "line-" + line;
                ok = false;
            }
            String what = "proposition '" + id + "'";
            unknownFields(e, "proposition", what);
            if (concepts.containsKey(id)) {
                problem(lineOf(e, "id"), "duplicate id '" + id + "': a concept at line " + concepts.get(id).line()
                        + " has it; concepts and propositions share one set of ids");
                ok = false;
            } else if (ids.containsKey(id)) {
                problem(lineOf(e, "id"), "duplicate proposition id '" + id + "' (first at line " + ids.get(id) + ")");
                ok = false;
            } else {
                ids.put(id, line);
            }
            record("proposition", e, "from", "to", "phrase", "lesson", "source");
            String from = text(e, "from", what);
            String to = text(e, "to", what);
            String phrase = text(e, "phrase", what);
            ok &= endpoint(e, "from", from, concepts, what);
            ok &= endpoint(e, "to", to, concepts, what);
            if (phrase == null || phrase.isBlank()) {
                problem(line, what + " has no 'phrase' (the linking words, e.g. 'act as')");
                phrase = "";
                ok = false;
            }
            if (ok && from.equals(to)) {
                problem(lineOf(e, "to"), what + " links concept '" + from + "' to itself");
                ok = false;
            }
            String lesson = text(e, "lesson", what);
            if (lesson == null || lesson.isBlank()) {
                problem(line, what + " has no 'lesson' (write lesson-id or lesson-id#heading-id)");
                lesson = null;
            }
            String source = sourceKey(text(e, "source", what));
            if (source == null) {
                problem(line, what + " has no 'source' (a key from references.yaml)");
            }
            Proposition p = new Proposition(id, from == null ? "" : from, phrase, to == null ? "" : to, lesson, source,
                    texts(e, "synonyms", what), line);
            if (ok) {
                for (Proposition earlier : sound) {
                    if (earlier.from().equals(p.from()) && earlier.to().equals(p.to()) && earlier.accepts(p.phrase())) {
                        problem(line, what + " repeats proposition '" + earlier.id() + "' (same concepts and phrase)");
                        ok = false;
                        break;
                    }
                }
            }
            (ok ? sound : broken).add(p);
        }
    }

    private boolean endpoint(JsonNode e, String field, String value, Map<String, Concept> concepts, String what) {
        if (value == null || value.isBlank()) {
            problem(yaml.line(e), what + " has no '" + field + "' (a concept id)");
            return false;
        }
        if (!concepts.containsKey(value)) {
            problem(lineOf(e, field), what + ": '" + field + "' names unknown concept '" + value + "'");
            return false;
        }
        return true;
    }

    /** "[@key]" and "@key" are forgiven: the file asks for the bare key. */
    private static String sourceKey(String source) {
        if (source == null || source.isBlank()) {
            return null;
        }
        String s = source.strip();
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s.startsWith("@") ? s.substring(1) : s;
    }

    private List<Exercise> exercises(JsonNode root, Map<String, Concept> concepts, List<Proposition> sound) {
        Map<String, Exercise> out = new LinkedHashMap<>();
        Map<String, Proposition> byId = new HashMap<>();
        sound.forEach(p -> byId.put(p.id(), p));
        for (JsonNode e : list(root, "exercises")) {
            int line = yaml.line(e);
            if (!e.isObject()) {
                problem(line, "each exercise must be a mapping with id, title and concepts");
                continue;
            }
            String id = text(e, "id", "exercise entry");
            if (id == null || id.isBlank()) {
                problem(line, "exercise entry has no 'id'");
                continue;
            }
            String what = "exercise '" + id + "'";
            unknownFields(e, "exercise", what);
            if (out.containsKey(id)) {
                problem(line, "duplicate exercise id '" + id + "' (first at line " + out.get(id).line() + ")");
                continue;
            }
            String title = text(e, "title", what);
            if (title == null || title.isBlank()) {
                problem(line, what + " has no 'title'");
                title = id;
            }
            Set<String> chosen = new LinkedHashSet<>();
            JsonNode list = e.get("concepts");
            if (list != null && list.isTextual() && list.asText().strip().equals("all")) {
                chosen.addAll(concepts.keySet());
            } else if (list != null && list.isArray()) {
                for (JsonNode c : list) {
                    String cid = c.isContainerNode() || c.isNull() ? null : c.asText();
                    if (cid == null || !concepts.containsKey(cid)) {
                        problem(line(c, line), what + ": unknown concept '" + (cid == null ? c : cid) + "'");
                    } else if (!chosen.add(cid)) {
                        problem(line(c, line), what + " lists concept '" + cid + "' twice");
                    }
                }
            } else {
                problem(line(list, line), what + ": 'concepts' must be a list of concept ids, or 'all'");
            }
            if (chosen.size() < 2) {
                problem(line, what + " needs at least two concepts");
                continue;
            }
            List<String> scaffold = new ArrayList<>();
            JsonNode scaffoldNode = e.get("scaffold");
            if (scaffoldNode != null && scaffoldNode.isArray()) {
                for (JsonNode s : scaffoldNode) {
                    String pid = s.isContainerNode() || s.isNull() ? null : s.asText();
                    Proposition p = pid == null ? null : byId.get(pid);
                    if (p == null) {
                        problem(line(s, line), what + ": scaffold '" + (pid == null ? s : pid)
                                + "' is not the id of a proposition of the map");
                    } else if (!chosen.contains(p.from()) || !chosen.contains(p.to())) {
                        problem(line(s, line), what + ": scaffold '" + pid + "' links a concept the exercise does not offer");
                    } else {
                        scaffold.add(pid);
                    }
                }
            } else if (scaffoldNode != null && !scaffoldNode.isNull()) {
                problem(line(scaffoldNode, line), what + ": 'scaffold' must be a list of proposition ids");
            }
            long toFind = sound.stream().filter(p -> chosen.contains(p.from()) && chosen.contains(p.to())
                    && !scaffold.contains(p.id())).count();
            if (toFind == 0) {
                problem(line, what + " has nothing to find: no proposition of the map links two of its concepts");
            }
            out.put(id, new Exercise(id, title, List.copyOf(chosen), scaffold, texts(e, "distractors", what), line));
        }
        return List.copyOf(out.values());
    }

    // --- small readers ---

    private Iterable<JsonNode> list(JsonNode root, String field) {
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

    private String text(JsonNode entry, String field, String what) {
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

    private List<String> texts(JsonNode entry, String field, String what) {
        JsonNode v = entry.get(field);
        if (v != null && v.isObject()) {
            problem(line(v, yaml.line(entry)), what + ": '" + field + "' must be a list of texts");
            return List.of();
        }
        return YamlTree.texts(entry, field);
    }

    private Double number(JsonNode entry, String field, String what) {
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

    private void unknownFields(JsonNode entry, String kind, String what) {
        for (Iterator<String> names = entry.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!ConceptMapLoader.FIELDS.get(kind).contains(name)) {
                problem(line(entry.get(name), yaml.line(entry)), what + ": unknown field '" + name + "' (known: "
                        + String.join(", ", ConceptMapLoader.FIELDS.get(kind)) + ")");
            }
        }
    }

    /** Remembers the lines of an entry's fields, keyed by the entry's own line (ids may repeat). */
    private void record(String kind, JsonNode entry, String... fields) {
        for (String f : fields) {
            int l = yaml.line(entry.get(f));
            if (l > 0) {
                lines.put(kind + "/" + yaml.line(entry) + "/" + f, l);
            }
        }
    }

    private int lineOf(JsonNode entry, String... fields) {
        for (String f : fields) {
            int l = yaml.line(entry.get(f));
            if (l > 0) {
                return l;
            }
        }
        return yaml.line(entry);
    }

    private int line(JsonNode node, int fallback) {
        int l = yaml.line(node);
        return l > 0 ? l : fallback;
    }

    private void problem(int line, String message) {
        problems.add(new Problem(file, line, message));
    }
}
