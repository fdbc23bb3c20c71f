package org.gramscilens.map;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.gramscilens.course.Problem;

/**
 * Imports a CmapTools CXL file as a {@link ConceptMap}. A linking phrase joined to several concepts on
 * either side gives one proposition per pair. A file that is not XML, or not a CXL map, is refused with a
 * {@link CxlException}; smaller faults (a connection to nothing, a phrase with no concept on one side) are
 * skipped and listed in {@link Imported#warnings()}. DTDs and external entities are never read.
 */
public final class CxlReader {

    /** What was imported, and what was skipped and why. */
    public record Imported(ConceptMap map, List<Problem> warnings, boolean fromThisApp) {
        public Imported {
            warnings = List.copyOf(warnings);
        }

        public Imported(ConceptMap map, List<Problem> warnings) {
            this(map, warnings, false);
        }
    }

    private record Item(String id, String label, String comment, String parent, int line) {}

    private record Link(String from, String to, int line) {}

    private CxlReader() {}

    public static Imported read(Path file) throws CxlException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw fail(file, 0, "no such file");
        } catch (AccessDeniedException e) {
            throw fail(file, 0, "cannot read: permission denied");
        } catch (IOException e) {
            throw fail(file, 0, "cannot read: " + e.getMessage());
        }
        return parse(bytes, file);
    }

    /** @param name the file name to put in messages */
    public static Imported parse(byte[] xml, Path name) throws CxlException {
        if (new String(xml, StandardCharsets.ISO_8859_1).isBlank()) {
            throw fail(name, 0, "the file is empty; expected a concept map saved from CmapTools as CXL");
        }
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        Parts parts = new Parts(name);
        try {
            XMLStreamReader r = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
            boolean root = true;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    parts.end(r.getLocalName());
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String element = r.getLocalName();
                int line = r.getLocation().getLineNumber();
                if (root) {
                    if (!element.equals("cmap")) {
                        throw fail(
                                name,
                                line,
                                "not a CmapTools CXL map: the root element is <" + element + ">, expected <cmap>");
                    }
                    root = false;
                    continue;
                }
                parts.start(r, element, line);
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
            throw fail(name, line, "not well-formed XML: " + reason(e));
        } catch (java.util.MissingResourceException e) {
            // The JDK's parser fails on its own message for a control character inside a DOCTYPE (issue 15).
            throw controlCharacter(xml, name);
        }
        if (!parts.sawMap) {
            throw fail(name, 0, "not a CmapTools CXL map: there is no <map> element inside <cmap>");
        }
        List<Problem> warnings = parts.warnings;
        for (Link picture : parts.pictures) {
            warnings.add(new Problem(
                    name,
                    picture.line(),
                    "the picture in the box of '" + labelOf(parts, picture.from())
                            + "' is not kept (a map here draws text only)"));
        }
        for (Link resource : parts.resources) {
            warnings.add(new Problem(
                    name,
                    resource.line(),
                    "the resources (links, files) attached to '" + labelOf(parts, resource.from()) + "' are not kept"));
        }
        return new Imported(build(parts, warnings, name), warnings, CxlWriter.PUBLISHER.equals(parts.publisher));
    }

    /** What the file holds, gathered element by element. */
    private static final class Parts {
        final Path name;
        final Map<String, Item> concepts = new LinkedHashMap<>();
        final Map<String, Item> phrases = new LinkedHashMap<>();
        final List<Link> links = new ArrayList<>();
        final List<Link> resources = new ArrayList<>();
        final List<Link> pictures = new ArrayList<>();
        final Map<String, double[]> places = new LinkedHashMap<>();
        final Map<String, String> backgrounds = new LinkedHashMap<>();
        final List<CxlGroups.Named> named = new ArrayList<>();
        final List<Problem> warnings = new ArrayList<>();
        String title;
        String publisher;
        String defaultBackground;
        String styleSheet;
        String propertiesList;
        boolean sawMap;
        boolean inMap;

        Parts(Path name) {
            this.name = name;
        }

        void end(String element) {
            switch (element) {
                case "map" -> inMap = false;
                case "style-sheet" -> styleSheet = null;
                case "properties-list" -> propertiesList = null;
                default -> {}
            }
        }

        void start(XMLStreamReader r, String element, int line) throws XMLStreamException {
            if (element.equals("title") && !inMap && title == null) {
                title = r.getElementText().strip();
                return;
            }
            if (element.equals("publisher") && !inMap && publisher == null) {
                publisher = r.getElementText().strip();
                return;
            }
            if (element.equals("map") && !sawMap) {
                sawMap = true;
                inMap = true;
                return;
            }
            if (!inMap) {
                return;
            }
            switch (element) {
                case "concept" -> item(r, line, "concept", concepts, phrases, warnings, name);
                case "linking-phrase" -> item(r, line, "linking phrase", phrases, concepts, warnings, name);
                case "connection" -> {
                    String from = r.getAttributeValue(null, "from-id");
                    String to = r.getAttributeValue(null, "to-id");
                    if (from == null || to == null) {
                        warnings.add(new Problem(name, line, "connection without from-id or to-id; skipped"));
                    } else {
                        links.add(new Link(from, to, line));
                    }
                }
                case "concept-appearance", "linking-phrase-appearance" -> {
                    place(r, line, places, warnings, name);
                    String id = r.getAttributeValue(null, "id");
                    String background = r.getAttributeValue(null, "background-color");
                    if (id != null && background != null) {
                        backgrounds.putIfAbsent(id, background);
                    }
                    String image = r.getAttributeValue(null, "background-image");
                    if (image != null && !image.isBlank() && !image.equals("none")) {
                        pictures.add(new Link(id, null, line));
                    }
                }
                case "style-sheet" -> styleSheet = r.getAttributeValue(null, "id");
                case "concept-style" -> {
                    if ("_Default_".equals(styleSheet)) {
                        defaultBackground = r.getAttributeValue(null, "background-color");
                    }
                }
                case "properties-list" -> propertiesList = r.getAttributeValue(null, "id");
                case "property" -> property(r);
                case "resource-group" -> resources.add(new Link(r.getAttributeValue(null, "parent-id"), null, line));
                default -> {}
            }
        }

        /** A group this app's export named: key {@code group:ID}, value {@code #rrggbb LABEL}. */
        private void property(XMLStreamReader r) {
            String key = r.getAttributeValue(null, "key");
            String value = r.getAttributeValue(null, "value");
            if (!CxlGroups.PROPERTIES_ID.equals(propertiesList)
                    || key == null
                    || value == null
                    || !key.startsWith(CxlGroups.PROPERTY_PREFIX)) {
                return;
            }
            String id = key.substring(CxlGroups.PROPERTY_PREFIX.length()).strip();
            String colour = value.strip().split("\\s+", 2)[0];
            String label = value.strip().length() > colour.length()
                    ? value.strip().substring(colour.length()).strip()
                    : id;
            if (!id.isEmpty() && CxlGroups.isHex(colour)) {
                named.add(new CxlGroups.Named(id, colour, label));
            }
        }
    }

    private static void item(
            XMLStreamReader r,
            int line,
            String kind,
            Map<String, Item> into,
            Map<String, Item> other,
            List<Problem> warnings,
            Path name) {
        String id = r.getAttributeValue(null, "id");
        if (id == null || id.isBlank()) {
            warnings.add(new Problem(name, line, kind + " without an id; skipped"));
            return;
        }
        if (into.containsKey(id) || other.containsKey(id)) {
            warnings.add(new Problem(name, line, "id '" + id + "' is used twice; the second " + kind + " is skipped"));
            return;
        }
        String label = r.getAttributeValue(null, "label");
        String comment = r.getAttributeValue(null, "long-comment");
        if (comment == null || comment.isBlank()) {
            comment = r.getAttributeValue(null, "short-comment");
        }
        into.put(
                id,
                new Item(
                        id,
                        oneLine(label),
                        comment == null || comment.isBlank() ? null : comment.strip(),
                        r.getAttributeValue(null, "parent-id"),
                        line));
    }

    private static void place(
            XMLStreamReader r, int line, Map<String, double[]> places, List<Problem> warnings, Path name) {
        String id = r.getAttributeValue(null, "id");
        try {
            double x = Double.parseDouble(r.getAttributeValue(null, "x"));
            double y = Double.parseDouble(r.getAttributeValue(null, "y"));
            if (id != null && Double.isFinite(x) && Double.isFinite(y)) {
                places.putIfAbsent(id, new double[] {x, y});
            }
        } catch (NumberFormatException | NullPointerException e) {
            warnings.add(
                    new Problem(name, line, "appearance of '" + id + "' has no numeric x and y; it will be laid out"));
        }
    }

    private static ConceptMap build(Parts parts, List<Problem> warnings, Path name) {
        Map<String, Item> concepts = parts.concepts;
        Map<String, Item> phrases = parts.phrases;
        List<CxlGroups.Seen> seen = new ArrayList<>();
        for (Item c : concepts.values()) {
            seen.add(new CxlGroups.Seen(c.id(), labelOf(c), c.parent(), parts.backgrounds.get(c.id()), c.line()));
        }
        CxlGroups.Assigned grouped = CxlGroups.assign(seen, parts.defaultBackground, parts.named, warnings, name);
        List<Concept> cs = new ArrayList<>();
        for (Item c : concepts.values()) {
            double[] at = parts.places.get(c.id());
            cs.add(new Concept(
                    c.id(),
                    labelOf(c),
                    c.comment(),
                    grouped.groupOf().get(c.id()),
                    null,
                    null,
                    at == null ? null : at[0],
                    at == null ? null : at[1],
                    c.line()));
        }
        List<Link> links = parts.links;
        Map<String, List<String>> into = new LinkedHashMap<>();
        Map<String, List<String>> outOf = new LinkedHashMap<>();
        for (Link l : links) {
            boolean fromConcept = concepts.containsKey(l.from());
            boolean toConcept = concepts.containsKey(l.to());
            if (fromConcept && phrases.containsKey(l.to())) {
                into.computeIfAbsent(l.to(), k -> new ArrayList<>()).add(l.from());
            } else if (phrases.containsKey(l.from()) && toConcept) {
                outOf.computeIfAbsent(l.from(), k -> new ArrayList<>()).add(l.to());
            } else if (phrases.containsKey(l.from()) && phrases.containsKey(l.to())) {
                warnings.add(new Problem(
                        name,
                        l.line(),
                        "connection from '" + l.from() + "' to '" + l.to()
                                + "' joins two linking phrases, which a proposition cannot hold; skipped"));
            } else if (fromConcept && toConcept) {
                warnings.add(new Problem(
                        name,
                        l.line(),
                        "connection from '" + l.from() + "' to '" + l.to() + "' has no linking phrase; skipped"));
            } else {
                warnings.add(new Problem(
                        name,
                        l.line(),
                        "connection from '" + l.from() + "' to '" + l.to()
                                + "' names something the map does not have; skipped"));
            }
        }
        List<Proposition> ps = new ArrayList<>();
        for (Item p : phrases.values()) {
            List<String> froms = into.getOrDefault(p.id(), List.of());
            List<String> tos = outOf.getOrDefault(p.id(), List.of());
            if (froms.isEmpty() || tos.isEmpty()) {
                warnings.add(new Problem(
                        name,
                        p.line(),
                        "linking phrase '" + p.label() + "' (" + p.id() + ") has no concept "
                                + (froms.isEmpty() ? "before" : "after") + " it; skipped"));
                continue;
            }
            boolean single = froms.size() == 1 && tos.size() == 1;
            int n = 0;
            for (String from : froms) {
                for (String to : tos) {
                    String id = single ? p.id() : p.id() + "-" + ++n;
                    ps.add(new Proposition(id, from, p.label(), to, null, null, List.of(), p.line()));
                }
            }
        }
        return new ConceptMap(parts.title, grouped.groups(), cs, ps, List.of(), List.of(), List.of(), Map.of());
    }

    /** The label of the concept or phrase with this id, else the id as written. */
    private static String labelOf(Parts parts, String id) {
        Item owner = id == null ? null : parts.concepts.getOrDefault(id, parts.phrases.get(id));
        return owner == null ? String.valueOf(id) : labelOf(owner);
    }

    private static String labelOf(Item c) {
        return c.label().isEmpty() ? c.id() : c.label();
    }

    /** CmapTools keeps line breaks typed into labels; a label here is one line. */
    private static String oneLine(String label) {
        return label == null ? "" : label.strip().replaceAll("\\s+", " ");
    }

    /** The JDK's message without its "ParseError at [row,col]" preamble. */
    private static String reason(XMLStreamException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        int at = m.indexOf("Message: ");
        return (at >= 0 ? m.substring(at + "Message: ".length()) : m).strip();
    }

    /** The first character XML 1.0 does not allow (a control character other than tab and line ends), by line. */
    private static CxlException controlCharacter(byte[] xml, Path name) {
        int line = 1;
        for (byte b : xml) {
            if (b == '\n') {
                line++;
            } else if (b >= 0 && b < 0x20 && b != '\t' && b != '\r') {
                return fail(
                        name,
                        line,
                        String.format(
                                "not well-formed XML: it holds the control character U+%04X,"
                                        + " which XML does not allow; remove it",
                                (int) b));
            }
        }
        return fail(name, 0, "not well-formed XML: the XML parser could not read its DOCTYPE");
    }

    private static CxlException fail(Path file, int line, String message) {
        return new CxlException(new Problem(file, line, message));
    }
}
