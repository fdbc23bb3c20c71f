package org.gramscilens.course;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads {@code references.yaml}. */
public final class ReferenceReader {
    static final Path FILE = Path.of("references.yaml");

    private ReferenceReader() {}

    /** The references of the course folder {@code root}, by key; problems met are added to {@code problems}. */
    public static Map<String, Reference> read(Path root, List<Problem> problems) {
        Map<String, Reference> out = new LinkedHashMap<>();
        YamlTree yaml = CourseLoader.readYaml(root, FILE, problems);
        if (yaml == null) {
            return out;
        }
        JsonNode list = yaml.root().path("references");
        if (!list.isArray()) {
            problems.add(new Problem(FILE, 1, "expected 'references:' followed by a list of entries"));
            return out;
        }
        for (JsonNode e : list) {
            int line = yaml.line(e);
            String key = YamlTree.text(e, "key");
            if (key == null || key.isBlank()) {
                problems.add(new Problem(FILE, line, "reference entry has no 'key'"));
                continue;
            }
            if (out.containsKey(key)) {
                problems.add(new Problem(FILE, line, "duplicate reference key '" + key + "'"));
                continue;
            }
            String title = YamlTree.text(e, "title");
            if (title == null) {
                problems.add(new Problem(FILE, line, "reference '" + key + "' has no 'title'"));
                title = key;
            }
            Integer year = null;
            JsonNode y = e.get("year");
            if (y != null && y.canConvertToInt()) {
                year = y.asInt();
            } else if (y != null && !y.isNull()) {
                problems.add(new Problem(FILE, yaml.line(y), "reference '" + key + "': year must be a number"));
            }
            out.put(
                    key,
                    new Reference(
                            key,
                            YamlTree.text(e, "type"),
                            YamlTree.texts(e, "authors"),
                            YamlTree.texts(e, "editors"),
                            year,
                            title,
                            YamlTree.text(e, "journal"),
                            YamlTree.text(e, "container"),
                            YamlTree.text(e, "volume"),
                            YamlTree.text(e, "issue"),
                            YamlTree.text(e, "pages"),
                            YamlTree.text(e, "publisher"),
                            YamlTree.text(e, "place"),
                            YamlTree.text(e, "url"),
                            YamlTree.text(e, "note"),
                            line));
        }
        return out;
    }
}
