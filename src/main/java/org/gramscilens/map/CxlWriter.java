package org.gramscilens.map;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gramscilens.files.AtomicWrite;

/**
 * Writes a concept map as CXL, the XML form CmapTools imports (https://cmap.ihmc.us/xml/cxl.html).
 * Each concept becomes a {@code concept} with its definition as the {@code long-comment}; each proposition
 * a {@code linking-phrase} with two {@code connection}s (concept → phrase → concept). Positions are the
 * layout's centres, moved right and down as a whole if anything would fall left of or above the margin;
 * boxes are sized and moved apart by {@link CxlLayout}, so none overlaps another, and concept labels carry
 * line breaks where the app wraps them. Concept boxes get a light tint of their group's colour, and the
 * groups' ids and names are kept as extra properties for {@link CxlReader}.
 */
public final class CxlWriter {
    public static final String NAMESPACE = "http://cmap.ihmc.us/xml/cmap/";
    static final int MARGIN = 20;
    /** Written as the file's {@code dc:publisher}, so a map read back knows its ids are this app's. */
    public static final String PUBLISHER = "Gramsci Lens";

    private CxlWriter() {}

    /** The whole (or filtered) map, laid out with {@link MapLayout}'s defaults. */
    public static String write(ConceptMap map, String title) {
        return write(map, new MapLayout().layout(map), title);
    }

    public static void write(ConceptMap map, Layout layout, String title, Path file) throws IOException {
        AtomicWrite.writeString(file, write(map, layout, title));
    }

    /** @param layout must place every concept of {@code map} */
    public static String write(ConceptMap map, Layout layout, String title) {
        for (Concept c : map.concepts()) {
            if (layout.concept(c.id()) == null) {
                throw new IllegalArgumentException("the layout has no place for concept '" + c.id() + "'");
            }
        }
        Layout boxes = CxlLayout.of(map, layout);
        Box bounds = boxes.bounds();
        double dx = Math.max(0, MARGIN - bounds.left());
        double dy = Math.max(0, MARGIN - bounds.top());
        Layout at = boxes.translated(dx, dy);
        Set<String> ids = new HashSet<>();
        map.concepts().forEach(c -> ids.add(c.id()));
        map.propositions().forEach(p -> ids.add(p.id()));

        StringBuilder x = new StringBuilder(4096);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<cmap xmlns=\"")
                .append(NAMESPACE)
                .append("\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
                .append(" xmlns:dcterms=\"http://purl.org/dc/terms/\"")
                .append(" xmlns:vcard=\"http://www.w3.org/2001/vcard-rdf/3.0#\">\n");
        x.append("  <res-meta>\n");
        String name = title != null && !title.isBlank() ? title : map.title() != null ? map.title() : "Concept map";
        x.append("    <dc:title>").append(text(name)).append("</dc:title>\n");
        x.append("    <dc:format>x-cmap/x-storable</dc:format>\n");
        x.append("    <dc:publisher>").append(PUBLISHER).append("</dc:publisher>\n");
        x.append("  </res-meta>\n");
        Box all = at.bounds();
        x.append("  <map width=\"")
                .append(round(all.right() + MARGIN))
                .append("\" height=\"")
                .append(round(all.bottom() + MARGIN))
                .append("\">\n");

        x.append("    <concept-list>\n");
        for (Concept c : map.concepts()) {
            x.append("      <concept id=\"")
                    .append(attr(c.id()))
                    .append("\" label=\"")
                    .append(attr(String.join("\n", LabelWrap.lines(c.label()))))
                    .append('"');
            if (c.definition() != null && !c.definition().isBlank()) {
                x.append(" long-comment=\"").append(attr(c.definition())).append('"');
            }
            x.append("/>\n");
        }
        x.append("    </concept-list>\n");
        x.append("    <linking-phrase-list>\n");
        for (Proposition p : map.propositions()) {
            x.append("      <linking-phrase id=\"")
                    .append(attr(p.id()))
                    .append("\" label=\"")
                    .append(attr(p.phrase()))
                    .append("\"/>\n");
        }
        x.append("    </linking-phrase-list>\n");
        StringBuilder looks = new StringBuilder();
        x.append("    <connection-list>\n");
        for (Proposition p : map.propositions()) {
            String in = fresh(p.id() + "-from", ids);
            String out = fresh(p.id() + "-to", ids);
            x.append("      <connection id=\"")
                    .append(attr(in))
                    .append("\" from-id=\"")
                    .append(attr(p.from()))
                    .append("\" to-id=\"")
                    .append(attr(p.id()))
                    .append("\"/>\n");
            x.append("      <connection id=\"")
                    .append(attr(out))
                    .append("\" from-id=\"")
                    .append(attr(p.id()))
                    .append("\" to-id=\"")
                    .append(attr(p.to()))
                    .append("\"/>\n");
            for (String id : new String[] {in, out}) {
                looks.append("      <connection-appearance id=\"")
                        .append(attr(id))
                        .append("\" from-pos=\"center\" to-pos=\"center\" arrowhead=\"if-to-concept\"/>\n");
            }
        }
        x.append("    </connection-list>\n");

        x.append("    <concept-appearance-list>\n");
        for (Concept c : map.concepts()) {
            x.append("      <concept-appearance id=\"").append(attr(c.id())).append('"');
            box(x, at.concept(c.id()));
            map.group(c.group() == null ? "" : c.group())
                    .map(Group::colour)
                    .filter(CxlGroups::isHex)
                    .ifPresent(colour -> x.append(" background-color=\"")
                            .append(rgba(colour, 0.82))
                            .append("\" border-color=\"")
                            .append(rgba(colour, 0))
                            .append('"'));
            x.append("/>\n");
        }
        x.append("    </concept-appearance-list>\n");
        x.append("    <linking-phrase-appearance-list>\n");
        for (Proposition p : map.propositions()) {
            Box b = at.phrase(p.id());
            if (b != null) {
                x.append("      <linking-phrase-appearance id=\"")
                        .append(attr(p.id()))
                        .append('"');
                box(x, b);
                x.append("/>\n");
            }
        }
        x.append("    </linking-phrase-appearance-list>\n");
        x.append("    <connection-appearance-list>\n").append(looks).append("    </connection-appearance-list>\n");
        groups(x, map);
        x.append("  </map>\n");
        x.append("</cmap>\n");
        return x.toString();
    }

    /**
     * CXL has no groups, only colours; the groups' ids and names ride along as extra properties (which
     * CmapTools keeps), so a map read back gets its groups again, not just its colours.
     */
    private static void groups(StringBuilder x, ConceptMap map) {
        List<Group> coloured =
                map.groups().stream().filter(g -> CxlGroups.isHex(g.colour())).toList();
        if (coloured.isEmpty()) {
            return;
        }
        x.append("    <extra-graphical-properties-list>\n");
        x.append("      <properties-list id=\"").append(CxlGroups.PROPERTIES_ID).append("\">\n");
        for (Group g : coloured) {
            x.append("        <property key=\"")
                    .append(attr(CxlGroups.PROPERTY_PREFIX + g.id()))
                    .append("\" value=\"")
                    .append(attr(g.colour() + " " + g.label()))
                    .append("\"/>\n");
        }
        x.append("      </properties-list>\n");
        x.append("    </extra-graphical-properties-list>\n");
    }

    private static void box(StringBuilder x, Box b) {
        x.append(" x=\"")
                .append(round(b.x()))
                .append("\" y=\"")
                .append(round(b.y()))
                .append("\" width=\"")
                .append(round(b.width()))
                .append("\" height=\"")
                .append(round(b.height()))
                .append('"');
    }

    private static String fresh(String wanted, Set<String> used) {
        String id = wanted;
        for (int n = 2; !used.add(id); n++) {
            id = wanted + "-" + n;
        }
        return id;
    }

    private static String round(double v) {
        return Long.toString(Math.round(v));
    }

    /** CmapTools writes colours as "r,g,b,alpha"; {@code white} mixes the colour towards white (0 to 1). */
    static String rgba(String hex, double white) {
        return rgba(hex, white, 255);
    }

    static String rgba(String hex, double white, int alpha) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        return String.format(Locale.ROOT, "%d,%d,%d,%d", tint(r, white), tint(g, white), tint(b, white), alpha);
    }

    private static int tint(int c, double white) {
        return (int) Math.round(c + (255 - c) * white);
    }

    private static String text(String s) {
        return escape(s, false);
    }

    private static String attr(String s) {
        return escape(s, true);
    }

    /** XML 1.0 escaping; characters XML cannot carry at all are dropped. */
    private static String escape(String s, boolean attribute) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                case '\r' -> out.append(attribute ? "&#13;" : "\r");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                default -> {
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
