package org.gramscilens.map;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gramscilens.course.Problem;
import org.gramscilens.course.YamlTree;

/** Turns the YAML tree of concept-map.yaml into a {@link ConceptMap}, recording a problem per thing wrong. */
final class MapYamlReader {
    private static final String HEX_COLOUR = "#[0-9a-fA-F]{6}";

    private final YamlTree yaml;
    private final YamlFields f;

    MapYamlReader(YamlTree yaml, Path file) {
        this.yaml = yaml;
        this.f = new YamlFields(yaml, file);
    }

    List<Problem> problems() {
        return f.problems();
    }

    Map<String, Integer> lines() {
        return f.lines();
    }

    ConceptMap read() {
        JsonNode root = yaml.root();
        if (root.isMissingNode() || root.isNull()) {
            f.problem(1, "the file is empty; add 'concepts:' and 'propositions:' (see docs/concept-map-format.md)");
            return ConceptMap.empty();
        }
        if (!root.isObject()) {
            f.problem(1, "expected a mapping with 'groups:', 'concepts:', 'propositions:' and 'exercises:'");
            return ConceptMap.empty();
        }
        f.unknownFields(root, "map", "the map");
        String title = f.text(root, "title", "the map");
        Map<String, Group> groups = groups(root);
        Map<String, Concept> concepts = concepts(root, groups);
        List<Proposition> sound = new ArrayList<>();
        List<Proposition> broken = new ArrayList<>();
        propositions(root, concepts, sound, broken);
        List<Exercise> exercises = new ExerciseYamlReader(f).read(root, concepts, sound);
        List<String> distractors = f.texts(root, "distractor-phrases", "the map");
        return new ConceptMap(
                title,
                List.copyOf(groups.values()),
                List.copyOf(concepts.values()),
                sound,
                broken,
                exercises,
                distractors,
                Map.of());
    }

    private Map<String, Group> groups(JsonNode root) {
        Map<String, Group> out = new LinkedHashMap<>();
        Map<String, Integer> firstGroupLine = new HashMap<>();
        for (JsonNode e : f.list(root, "groups")) {
            int line = f.line(e);
            if (!e.isObject()) {
                f.problem(line, "each group must be a mapping with id, label and colour");
                continue;
            }
            String id = f.text(e, "id", "group entry");
            if (id == null || id.isBlank()) {
                f.problem(line, "group entry has no 'id'");
                continue;
            }
            String what = "group '" + id + "'";
            f.unknownFields(e, "group", what);
            if (out.containsKey(id)) {
                f.problem(line, "duplicate group id '" + id + "' (first at line " + firstGroupLine.get(id) + ")");
                continue;
            }
            firstGroupLine.put(id, line);
            String label = f.text(e, "label", what);
            if (label == null || label.isBlank()) {
                f.problem(line, what + " has no 'label'");
                label = id;
            }
            String colour = f.text(e, e.has("colour") ? "colour" : "color", what);
            if (colour != null && !colour.matches(HEX_COLOUR)) {
                f.problem(
                        f.lineOf(e, "colour", "color"),
                        what + ": colour '" + colour + "' is not a hex colour like #1f77b4");
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
            f.problem(f.line(list, 1), "the map has no concepts; add 'concepts:' with '- id: ...' entries");
        }
        for (JsonNode e : f.list(root, "concepts")) {
            int line = f.line(e);
            if (!e.isObject()) {
                f.problem(line, "each concept must be a mapping with id, label, definition, group and lesson");
                continue;
            }
            String id = f.text(e, "id", "concept entry");
            if (id == null || id.isBlank()) {
                f.problem(line, "concept entry has no 'id'");
                continue;
            }
            String what = "concept '" + id + "'";
            f.unknownFields(e, "concept", what);
            if (out.containsKey(id)) {
                f.problem(
                        line,
                        "duplicate concept id '" + id + "' (first at line "
                                + out.get(id).line() + ")");
                continue;
            }
            f.record("concept", e, "lesson", "glossary", "group");
            String label = f.text(e, "label", what);
            if (label == null || label.isBlank()) {
                f.problem(line, what + " has no 'label'");
                label = id;
            }
            String definition = f.text(e, "definition", what);
            if (definition == null || definition.isBlank()) {
                f.problem(line, what + " has no 'definition' (one or two sentences in your own words)");
            }
            String group = f.text(e, "group", what);
            if (group == null && !groups.isEmpty()) {
                f.problem(line, what + " has no 'group' (groups: " + String.join(", ", groups.keySet()) + ")");
            } else if (group != null && !groups.containsKey(group)) {
                f.problem(
                        f.lineOf(e, "group"),
                        what + ": unknown group '" + group + "' (groups: "
                                + (groups.isEmpty()
                                        ? "none defined; add 'groups:'"
                                        : String.join(", ", groups.keySet()))
                                + ")");
                group = null;
            }
            String lesson = f.text(e, "lesson", what);
            if (lesson == null || lesson.isBlank()) {
                f.problem(line, what + " has no 'lesson' (write lesson-id or lesson-id#heading-id)");
                lesson = null;
            }
            Double x = f.number(e, "x", what);
            Double y = f.number(e, "y", what);
            boolean given = e.hasNonNull("x") && e.hasNonNull("y");
            if ((x == null) != (y == null) && !given) {
                f.problem(line, what + ": give both 'x' and 'y', or neither");
            }
            if (x == null || y == null) {
                x = null;
                y = null;
            }
            out.put(id, new Concept(id, label, definition, group, lesson, f.text(e, "glossary", what), x, y, line));
        }
        return out;
    }

    private void propositions(
            JsonNode root, Map<String, Concept> concepts, List<Proposition> sound, List<Proposition> broken) {
        Map<String, Integer> ids = new HashMap<>();
        Map<String, List<Proposition>> byEnds = new HashMap<>();
        for (JsonNode e : f.list(root, "propositions")) {
            int line = f.line(e);
            if (!e.isObject()) {
                f.problem(line, "each proposition must be a mapping with id, from, phrase, to, lesson and source");
                continue;
            }
            String id = f.text(e, "id", "proposition entry");
            boolean ok = true;
            if (id == null || id.isBlank()) {
                f.problem(line, "proposition entry has no 'id'");
                id = "line-" + line;
                ok = false;
            }
            String what = "proposition '" + id + "'";
            f.unknownFields(e, "proposition", what);
            if (concepts.containsKey(id)) {
                f.problem(
                        f.lineOf(e, "id"),
                        "duplicate id '" + id + "': a concept at line "
                                + concepts.get(id).line() + " has it; concepts and propositions share one set of ids");
                ok = false;
            } else if (ids.containsKey(id)) {
                f.problem(
                        f.lineOf(e, "id"), "duplicate proposition id '" + id + "' (first at line " + ids.get(id) + ")");
                ok = false;
            } else {
                ids.put(id, line);
            }
            f.record("proposition", e, "from", "to", "phrase", "lesson", "source");
            String from = f.text(e, "from", what);
            String to = f.text(e, "to", what);
            String phrase = f.text(e, "phrase", what);
            ok &= endpoint(e, "from", from, concepts, what);
            ok &= endpoint(e, "to", to, concepts, what);
            if (phrase == null || phrase.isBlank()) {
                f.problem(line, what + " has no 'phrase' (the linking words, e.g. 'act as')");
                phrase = "";
                ok = false;
            }
            if (ok && from.equals(to)) {
                f.problem(f.lineOf(e, "to"), what + " links concept '" + from + "' to itself");
                ok = false;
            }
            String lesson = f.text(e, "lesson", what);
            if (lesson == null || lesson.isBlank()) {
                f.problem(line, what + " has no 'lesson' (write lesson-id or lesson-id#heading-id)");
                lesson = null;
            }
            // A missing basis is the validator's warning (ConceptMapCheck), not a reason to drop the link.
            Basis basis = Basis.parse(f.text(e, "source", what));
            Proposition p = new Proposition(
                    id,
                    from == null ? "" : from,
                    phrase,
                    to == null ? "" : to,
                    lesson,
                    basis,
                    f.texts(e, "synonyms", what),
                    line);
            if (ok) {
                // Only earlier links between the same two concepts can repeat this one (a scan of all was quadratic).
                List<Proposition> between =
                        byEnds.computeIfAbsent(p.from() + '\u0000' + p.to(), k -> new ArrayList<>());
                for (Proposition earlier : between) {
                    if (earlier.accepts(p.phrase())) {
                        f.problem(
                                line, what + " repeats proposition '" + earlier.id() + "' (same concepts and phrase)");
                        ok = false;
                        break;
                    }
                }
                if (ok) {
                    between.add(p);
                }
            }
            (ok ? sound : broken).add(p);
        }
    }

    private boolean endpoint(JsonNode e, String field, String value, Map<String, Concept> concepts, String what) {
        if (value == null || value.isBlank()) {
            f.problem(f.line(e), what + " has no '" + field + "' (a concept id)");
            return false;
        }
        if (!concepts.containsKey(value)) {
            f.problem(f.lineOf(e, field), what + ": '" + field + "' names unknown concept '" + value + "'");
            return false;
        }
        return true;
    }
}
