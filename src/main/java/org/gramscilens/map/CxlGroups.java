package org.gramscilens.map;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.gramscilens.course.Problem;

/**
 * Groups for a map read from CXL, which has colours but no groups. A concept nested inside another
 * (CmapTools' nested nodes) belongs to a group named after the concept that holds it; otherwise concepts of
 * one background colour form a group, named as this app's export named it when the file carries those
 * names (see {@link CxlWriter}), else after the colour. When there are groups at all, uncoloured concepts
 * form one more, since every concept of a map with groups names one.
 */
final class CxlGroups {
    static final String PROPERTIES_ID = "gramsci-lens-groups";
    static final String PROPERTY_PREFIX = "group:";
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    /** A group named in the file's extra properties. */
    record Named(String id, String colour, String label) {}

    record Assigned(List<Group> groups, Map<String, String> groupOf) {}

    /** What the reader learned about one concept. */
    record Seen(String id, String label, String parent, String background, int line) {}

    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final Set<String> ids = new HashSet<>();
    private final Map<String, String> byKey = new LinkedHashMap<>();

    private CxlGroups() {}

    static boolean isHex(String colour) {
        return colour != null && HEX.matcher(colour).matches();
    }

    static Assigned assign(
            List<Seen> concepts, String defaultBackground, List<Named> named, List<Problem> warnings, Path file) {
        return new CxlGroups().run(concepts, defaultBackground, named, warnings, file);
    }

    private Assigned run(
            List<Seen> concepts, String defaultBackground, List<Named> named, List<Problem> warnings, Path file) {
        Map<String, Seen> byId = new LinkedHashMap<>();
        concepts.forEach(c -> byId.putIfAbsent(c.id(), c));
        String plain = rgb(defaultBackground);
        Map<String, String> groupOf = new LinkedHashMap<>();
        List<String> uncoloured = new ArrayList<>();
        for (Seen c : concepts) {
            Seen parent = c.parent() == null ? null : byId.get(c.parent());
            if (parent != null && parent != c) {
                String colour = hex(rgb(parent.background()));
                groupOf.put(
                        c.id(),
                        group(
                                "nest:" + parent.id(),
                                Slugs.of(parent.label(), "group"),
                                parent.label(),
                                colour == null || rgb(parent.background()).equals(plain) ? null : colour));
                continue;
            }
            if (c.parent() != null) {
                warnings.add(new Problem(
                        file,
                        c.line(),
                        "concept '" + c.label() + "' is nested in '" + c.parent()
                                + "', which the map does not have; it is grouped by its colour"));
            }
            String rgb = rgb(c.background());
            if (c.background() != null && rgb == null) {
                warnings.add(new Problem(
                        file,
                        c.line(),
                        "concept '" + c.label() + "' has a colour CmapTools does not" + " write ('" + c.background()
                                + "', expected r,g,b,alpha); it is left uncoloured"));
            }
            if (rgb == null || rgb.equals(plain)) {
                uncoloured.add(c.id());
                continue;
            }
            Named name = named.stream()
                    .filter(g -> rgb(CxlWriter.rgba(g.colour(), 0.82)).equals(rgb)
                            || rgb(CxlWriter.rgba(g.colour(), 0)).equals(rgb))
                    .findFirst()
                    .orElse(null);
            groupOf.put(
                    c.id(),
                    name != null
                            ? group("colour:" + rgb, name.id(), name.label(), name.colour())
                            : group(
                                    "colour:" + rgb,
                                    "colour-" + hex(rgb).substring(1),
                                    "Concepts in " + hex(rgb),
                                    hex(rgb)));
        }
        if (!groups.isEmpty()) {
            for (String id : uncoloured) {
                groupOf.put(id, group("plain", "other", "Other concepts", null));
            }
        }
        return new Assigned(List.copyOf(groups.values()), groupOf);
    }

    private String group(String key, String wantedId, String label, String colour) {
        String id = byKey.get(key);
        if (id == null) {
            id = Slugs.unique(wantedId, ids);
            byKey.put(key, id);
            groups.put(id, new Group(id, label, colour));
        }
        return id;
    }

    /** "r,g,b,alpha" (CmapTools' form) as "r,g,b", or null when absent, malformed or fully transparent. */
    static String rgb(String rgba) {
        if (rgba == null) {
            return null;
        }
        String[] parts = rgba.strip().split("\\s*,\\s*");
        if (parts.length < 3 || parts.length > 4) {
            return null;
        }
        int[] v = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                v[i] = Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                return null;
            }
            if (v[i] < 0 || v[i] > 255) {
                return null;
            }
        }
        if (parts.length == 4 && v[3] == 0) {
            return null;
        }
        return v[0] + "," + v[1] + "," + v[2];
    }

    private static String hex(String rgb) {
        if (rgb == null) {
            return null;
        }
        String[] p = rgb.split(",");
        return String.format(
                Locale.ROOT, "#%02x%02x%02x", Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
    }
}
