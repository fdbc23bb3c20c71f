package org.gramscilens.course;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads {@code glossary.yaml}. */
final class GlossaryReader {
    static final Path FILE = Path.of("glossary.yaml");

    private GlossaryReader() {}

    static Map<String, GlossaryTerm> read(Path root, List<Problem> problems) {
        Map<String, GlossaryTerm> out = new LinkedHashMap<>();
        YamlTree yaml = CourseLoader.readYaml(root, FILE, problems);
        if (yaml == null) {
            return out;
        }
        JsonNode list = yaml.root().path("terms");
        if (!list.isArray()) {
            problems.add(new Problem(FILE, 1, "expected 'terms:' followed by a list of entries"));
            return out;
        }
        for (JsonNode e : list) {
            int line = yaml.line(e);
            String id = YamlTree.text(e, "id");
            String term = YamlTree.text(e, "term");
            String definition = YamlTree.text(e, "definition");
            if (id == null || id.isBlank()) {
                problems.add(new Problem(FILE, line, "glossary entry has no 'id'"));
                continue;
            }
            if (out.containsKey(id)) {
                problems.add(new Problem(FILE, line, "duplicate glossary id '" + id + "'"));
                continue;
            }
            if (term == null || definition == null) {
                problems.add(new Problem(FILE, line, "glossary entry '" + id + "' needs both 'term' and 'definition'"));
                continue;
            }
            out.put(
                    id,
                    new GlossaryTerm(
                            id,
                            term,
                            YamlTree.texts(e, "aliases"),
                            definition,
                            YamlTree.texts(e, "taught-in"),
                            YamlTree.texts(e, "see-also"),
                            YamlTree.texts(e, "sources"),
                            line));
        }
        return out;
    }
}
