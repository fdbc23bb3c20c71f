package org.gramscilens.map;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gramscilens.course.Problem;

/**
 * Turns a map read from elsewhere (a CmapTools CXL file) into a course's {@code concept-map.yaml}
 * (docs/concept-map-format.md) that {@code validate} accepts. Ids are made from labels; every concept and
 * proposition is placed in one lesson, to be moved by hand; what the course format needs and the source
 * does not have is filled in as plainly as possible and named in a warning: a concept without a comment
 * gets its label as its definition, a proposition has no basis (validate warns), a linking phrase from a
 * concept to itself or a second copy of a proposition is left out.
 */
public final class MapYamlWriter {

    /** The YAML text and a warning for everything that was changed, filled in or left out. */
    public record Written(String yaml, List<Problem> warnings) {
        public Written {
            warnings = List.copyOf(warnings);
        }
    }

    private MapYamlWriter() {}

    /**
     * @param lesson the {@code lesson-id} (or {@code lesson-id#heading-id}) every entry is placed in
     * @param source the file the map came from, named in warnings
     */
    public static Written write(ConceptMap map, String lesson, Path source) {
        return write(map, lesson, source, false);
    }

    /**
     * @param keepIds keep the file's ids where they are valid ids here (true for a file this app exported, so
     *                a map that went to CmapTools and back keeps its ids); else ids are made from labels
     */
    public static Written write(ConceptMap map, String lesson, Path source, boolean keepIds) {
        List<Problem> warnings = new ArrayList<>();
        Set<String> used = new HashSet<>();
        Map<String, String> groupIds = new LinkedHashMap<>();
        StringBuilder y = new StringBuilder(8192);
        y.append("# Converted from ").append(source.getFileName()).append(" by gramsci-lens convert.\n");
        y.append("# Check each definition, move concepts and propositions to the lessons that teach them,\n");
        y.append("# and give each proposition its basis ('source:'), then run gramsci-lens validate.\n");
        if (map.title() != null && !map.title().isBlank()) {
            y.append("title: ").append(quote(map.title())).append('\n');
        }
        if (!map.groups().isEmpty()) {
            y.append("\ngroups:\n");
            Set<String> groupUsed = new HashSet<>();
            for (Group g : map.groups()) {
                String id = Slugs.unique(Slugs.of(g.id(), "group"), groupUsed);
                groupIds.put(g.id(), id);
                y.append("  - id: ").append(id).append('\n');
                y.append("    label: ").append(quote(g.label())).append('\n');
                if (CxlGroups.isHex(g.colour())) {
                    y.append("    colour: \"").append(g.colour()).append("\"\n");
                }
            }
        }
        Map<String, String> conceptIds = new HashMap<>();
        y.append("\nconcepts:\n");
        for (Concept c : map.concepts()) {
            String id = Slugs.unique(keepIds && Slugs.isId(c.id()) ? c.id() : Slugs.of(c.label(), "concept"), used);
            conceptIds.put(c.id(), id);
            String definition = c.definition();
            if (definition == null || definition.isBlank()) {
                warnings.add(Problem.warning(
                        source,
                        c.line(),
                        "concept '" + c.label() + "' has no comment to serve"
                                + " as its definition; its label stands in for one: write one or two sentences"));
                definition = c.label();
            }
            y.append("  - id: ").append(id).append('\n');
            y.append("    label: ").append(quote(c.label())).append('\n');
            y.append("    definition: ").append(quote(definition.strip())).append('\n');
            if (c.group() != null && groupIds.containsKey(c.group())) {
                y.append("    group: ").append(groupIds.get(c.group())).append('\n');
            }
            y.append("    lesson: ").append(quote(lesson)).append('\n');
            if (c.hasPosition()) {
                y.append("    x: ").append(Math.round(c.x())).append('\n');
                y.append("    y: ").append(Math.round(c.y())).append('\n');
            }
        }
        propositions(map, lesson, source, keepIds, used, conceptIds, warnings, y);
        return new Written(y.toString(), warnings);
    }

    private static void propositions(
            ConceptMap map,
            String lesson,
            Path source,
            boolean keepIds,
            Set<String> used,
            Map<String, String> conceptIds,
            List<Problem> warnings,
            StringBuilder y) {
        Set<String> seen = new HashSet<>();
        boolean any = false;
        for (Proposition p : map.propositions()) {
            String from = conceptIds.get(p.from());
            String to = conceptIds.get(p.to());
            String sentence = "'" + label(map, p.from()) + " " + p.phrase() + " " + label(map, p.to()) + "'";
            if (from == null || to == null) {
                continue;
            }
            if (from.equals(to)) {
                warnings.add(Problem.warning(
                        source,
                        p.line(),
                        "proposition " + sentence + " links a concept to itself,"
                                + " which a course map cannot hold; left out"));
                continue;
            }
            if (p.phrase() == null || p.phrase().isBlank()) {
                warnings.add(Problem.warning(
                        source,
                        p.line(),
                        "a link from '" + label(map, p.from()) + "' to '" + label(map, p.to())
                                + "' has no linking phrase; left out"));
                continue;
            }
            if (!seen.add(from + "\n" + Phrases.normalise(p.phrase()) + "\n" + to)) {
                warnings.add(Problem.warning(
                        source, p.line(), "proposition " + sentence + " is there twice;" + " the second is left out"));
                continue;
            }
            if (!any) {
                y.append("\npropositions:\n");
                any = true;
            }
            String id = Slugs.unique(
                    keepIds && Slugs.isId(p.id()) ? p.id() : from + "-" + Slugs.of(p.phrase(), "to") + "-" + to, used);
            y.append("  - id: ").append(id).append('\n');
            y.append("    from: ").append(from).append('\n');
            y.append("    phrase: ").append(quote(p.phrase())).append('\n');
            y.append("    to: ").append(to).append('\n');
            y.append("    lesson: ").append(quote(lesson)).append('\n');
        }
    }

    private static String label(ConceptMap map, String id) {
        return map.concept(id).map(Concept::label).orElse(id);
    }

    /** A YAML double-quoted scalar (JSON's escapes are YAML's). */
    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xFEFF) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
