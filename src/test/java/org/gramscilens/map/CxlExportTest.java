package org.gramscilens.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import javax.xml.parsers.DocumentBuilderFactory;
import org.assertj.core.groups.Tuple;
import org.gramscilens.TestCourses;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The CXL export as CmapTools draws it: sized boxes that never overlap, wrapped labels, and a lossless read back. */
class CxlExportTest {

    private static ConceptMap bundled() {
        return ConceptMapLoader.load(TestCourses.bundled()).map();
    }

    private static List<Box> boxes(String cxl) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(cxl.getBytes(StandardCharsets.UTF_8)));
        List<Box> out = new ArrayList<>();
        for (String kind : List.of("concept-appearance", "linking-phrase-appearance")) {
            NodeList list = doc.getElementsByTagNameNS(CxlWriter.NAMESPACE, kind);
            for (int i = 0; i < list.getLength(); i++) {
                Element e = (Element) list.item(i);
                assertThat(e.getAttribute("width")).as(kind + " width").isNotEmpty();
                assertThat(e.getAttribute("height")).as(kind + " height").isNotEmpty();
                out.add(new Box(
                        Double.parseDouble(e.getAttribute("x")),
                        Double.parseDouble(e.getAttribute("y")),
                        Double.parseDouble(e.getAttribute("width")),
                        Double.parseDouble(e.getAttribute("height"))));
            }
        }
        return out;
    }

    /** Pairs of boxes (concepts and linking phrases alike) that share some area, as written in the file. */
    static int overlaps(String cxl) throws Exception {
        List<Box> all = boxes(cxl);
        int n = 0;
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                if (all.get(i).overlaps(all.get(j))) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void noBoxOverlapsAnotherInTheBundledMap() throws Exception {
        ConceptMap map = bundled();
        String cxl = CxlWriter.write(map, "t");
        assertThat(boxes(cxl))
                .hasSize(map.concepts().size() + map.propositions().size());
        assertThat(overlaps(cxl)).isZero();
    }

    @Test
    void noBoxOverlapsAnotherInRandomMaps() throws Exception {
        for (long seed = 1; seed <= 40; seed++) {
            ConceptMap map = random(new SplittableRandom(seed));
            assertThat(overlaps(CxlWriter.write(map, "t"))).as("seed " + seed).isZero();
        }
    }

    @Test
    void boxesFromAViewThatMeasuredThemSmallerStillDoNotOverlap() throws Exception {
        // The GUI hands over its own measured layout; the export sizes boxes for CmapTools and moves them apart.
        ConceptMap map = bundled();
        Layout tight = new MapLayout(7, 50, 0).layout(map, c -> new double[] {20, 10});
        assertThat(overlaps(CxlWriter.write(map, tight, "t"))).isZero();
    }

    @Test
    void conceptLabelsBreakWhereTheAppWrapsThem() {
        ConceptMap map = new ConceptMap(
                List.of(
                        new Concept("long", "Organic intellectuals of the subaltern classes"),
                        new Concept("short", "Cadres")),
                List.of(new Proposition("p", "long", "are trained to act as", "short")));
        String cxl = CxlWriter.write(map, "t");
        assertThat(cxl)
                .contains("label=\"Organic intellectuals&#10;of the subaltern&#10;classes\"")
                .contains("label=\"Cadres\"")
                .contains("label=\"are trained to act as\"");
        assertThat(LabelWrap.lines("Organic intellectuals of the subaltern classes"))
                .containsExactly("Organic intellectuals", "of the subaltern", "classes");
    }

    @Test
    void whatIsWrittenReadsBackEqual() throws Exception {
        ConceptMap map = bundled();
        Layout layout = CxlLayout.of(map, new MapLayout().layout(map));
        String cxl = CxlWriter.write(map, new MapLayout().layout(map), "t");
        CxlReader.Imported back = CxlReader.parse(cxl.getBytes(StandardCharsets.UTF_8), Path.of("m.cxl"));
        assertThat(back.warnings()).isEmpty();
        ConceptMap read = back.map();
        Box bounds = layout.bounds();
        double dx = Math.max(0, CxlWriter.MARGIN - bounds.left());
        double dy = Math.max(0, CxlWriter.MARGIN - bounds.top());
        Function<Concept, Tuple> concept = c -> Tuple.tuple(c.id(), c.label(), c.definition(), c.group());
        assertThat(read.concepts())
                .extracting(concept)
                .containsExactlyElementsOf(map.concepts().stream().map(concept).toList());
        for (Concept c : read.concepts()) {
            Box b = layout.concept(c.id());
            assertThat(c.x()).as(c.id()).isCloseTo(b.x() + dx, org.assertj.core.data.Offset.offset(0.5));
            assertThat(c.y()).as(c.id()).isCloseTo(b.y() + dy, org.assertj.core.data.Offset.offset(0.5));
        }
        Function<Proposition, Tuple> prop = p -> Tuple.tuple(p.id(), p.from(), p.phrase(), p.to());
        assertThat(read.propositions())
                .extracting(prop)
                .containsExactlyElementsOf(map.propositions().stream().map(prop).toList());
        assertThat(read.groups())
                .containsExactlyElementsOf(map.groups().stream()
                        .filter(g -> map.concepts().stream().anyMatch(c -> g.id().equals(c.group())))
                        .toList());
    }

    static ConceptMap random(SplittableRandom r) {
        int n = 2 + r.nextInt(40);
        List<Concept> cs = new ArrayList<>();
        String[] words = {
            "hegemony",
            "common",
            "sense",
            "of",
            "the",
            "cadres",
            "organic",
            "intellectual",
            "NHS",
            "conjuncture",
            "subaltern",
            "leadership",
            "a",
            "very-long-hyphenated-compound-word"
        };
        for (int i = 0; i < n; i++) {
            StringBuilder label = new StringBuilder();
            for (int w = 1 + r.nextInt(8); w > 0; w--) {
                label.append(words[r.nextInt(words.length)]).append(' ');
            }
            Concept c = new Concept("c" + i, label.toString().strip());
            // Some authored, some on top of each other, as hand-edited files have them.
            cs.add(r.nextInt(4) == 0 ? c.at(r.nextInt(5) * 60, r.nextInt(5) * 40) : c);
        }
        List<Proposition> ps = new ArrayList<>();
        for (int k = r.nextInt(3 * n); k > 0; k--) {
            int a = r.nextInt(n);
            int b = r.nextInt(n);
            if (a != b) {
                ps.add(new Proposition(
                        "p" + k,
                        "c" + a,
                        words[r.nextInt(words.length)] + " " + words[r.nextInt(words.length)],
                        "c" + b));
            }
        }
        return new ConceptMap(cs, ps);
    }
}
