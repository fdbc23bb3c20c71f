package org.gramscilens.map;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the {@code exercises:} of concept-map.yaml, once concepts and propositions are known. */
final class ExerciseYamlReader {
    private final YamlFields f;

    ExerciseYamlReader(YamlFields fields) {
        this.f = fields;
    }

    List<Exercise> read(JsonNode root, Map<String, Concept> concepts, List<Proposition> sound) {
        Map<String, Exercise> out = new LinkedHashMap<>();
        Map<String, Proposition> byId = new HashMap<>();
        sound.forEach(p -> byId.put(p.id(), p));
        for (JsonNode e : f.list(root, "exercises")) {
            int line = f.line(e);
            if (!e.isObject()) {
                f.problem(line, "each exercise must be a mapping with id, title and concepts");
                continue;
            }
            String id = f.text(e, "id", "exercise entry");
            if (id == null || id.isBlank()) {
                f.problem(line, "exercise entry has no 'id'");
                continue;
            }
            String what = "exercise '" + id + "'";
            f.unknownFields(e, "exercise", what);
            if (out.containsKey(id)) {
                f.problem(
                        line,
                        "duplicate exercise id '" + id + "' (first at line "
                                + out.get(id).line() + ")");
                continue;
            }
            String title = f.text(e, "title", what);
            if (title == null || title.isBlank()) {
                f.problem(line, what + " has no 'title'");
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
                        f.problem(f.line(c, line), what + ": unknown concept '" + (cid == null ? c : cid) + "'");
                    } else if (!chosen.add(cid)) {
                        f.problem(f.line(c, line), what + " lists concept '" + cid + "' twice");
                    }
                }
            } else {
                f.problem(f.line(list, line), what + ": 'concepts' must be a list of concept ids, or 'all'");
            }
            if (chosen.size() < 2) {
                f.problem(line, what + " needs at least two concepts");
                continue;
            }
            List<String> scaffold = new ArrayList<>();
            JsonNode scaffoldNode = e.get("scaffold");
            if (scaffoldNode != null && scaffoldNode.isArray()) {
                for (JsonNode s : scaffoldNode) {
                    String pid = s.isContainerNode() || s.isNull() ? null : s.asText();
                    Proposition p = pid == null ? null : byId.get(pid);
                    if (p == null) {
                        f.problem(
                                f.line(s, line),
                                what + ": scaffold '" + (pid == null ? s : pid)
                                        + "' is not the id of a proposition of the map");
                    } else if (!chosen.contains(p.from()) || !chosen.contains(p.to())) {
                        f.problem(
                                f.line(s, line),
                                what + ": scaffold '" + pid + "' links a concept the exercise does not offer");
                    } else {
                        scaffold.add(pid);
                    }
                }
            } else if (scaffoldNode != null && !scaffoldNode.isNull()) {
                f.problem(f.line(scaffoldNode, line), what + ": 'scaffold' must be a list of proposition ids");
            }
            long toFind = sound.stream()
                    .filter(p -> chosen.contains(p.from()) && chosen.contains(p.to()) && !scaffold.contains(p.id()))
                    .count();
            if (toFind == 0) {
                f.problem(line, what + " has nothing to find: no proposition of the map links two of its concepts");
            }
            out.put(id, new Exercise(id, title, List.copyOf(chosen), scaffold, f.texts(e, "distractors", what), line));
        }
        return List.copyOf(out.values());
    }
}
