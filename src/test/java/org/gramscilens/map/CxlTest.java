package org.gramscilens.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gramscilens.TestCourses;
import org.gramscilens.course.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** CmapTools CXL: what is written parses as the expected XML, reads back the same, and bad files say why. */
class CxlTest {

    @TempDir
    Path dir;

    private static ConceptMap bundled() {
        return ConceptMapLoader.load(TestCourses.bundled()).map();
    }

    private static Document xml(String text) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static int count(Document doc, String name) {
        return doc.getElementsByTagNameNS(CxlWriter.NAMESPACE, name).getLength();
    }

    @Test
    void writesTheCxlStructureCmapToolsReads() throws Exception {
        ConceptMap map = bundled();
        Document doc = xml(CxlWriter.write(map, "Gramsci Lens"));
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("cmap");
        assertThat(root.getNamespaceURI()).isEqualTo("http://cmap.ihmc.us/xml/cmap/");
        assertThat(doc.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "title")
                        .item(0)
                        .getTextContent())
                .isEqualTo("Gramsci Lens");
        assertThat(count(doc, "res-meta")).isOne();
        assertThat(count(doc, "map")).isOne();
        for (String list : List.of(
                "concept-list",
                "linking-phrase-list",
                "connection-list",
                "concept-appearance-list",
                "linking-phrase-appearance-list",
                "connection-appearance-list")) {
            assertThat(count(doc, list)).as(list).isOne();
        }
        assertThat(count(doc, "concept")).isEqualTo(map.concepts().size());
        assertThat(count(doc, "linking-phrase")).isEqualTo(map.propositions().size());
        assertThat(count(doc, "connection")).isEqualTo(2 * map.propositions().size());
        assertThat(count(doc, "concept-appearance")).isEqualTo(map.concepts().size());
        assertThat(count(doc, "linking-phrase-appearance"))
                .isEqualTo(map.propositions().size());
        Element appearance = (Element) doc.getElementsByTagNameNS(CxlWriter.NAMESPACE, "concept-appearance")
                .item(0);
        assertThat(Integer.parseInt(appearance.getAttribute("x"))).isGreaterThanOrEqualTo(CxlWriter.MARGIN);
        assertThat(appearance.getAttribute("background-color")).matches("\\d+,\\d+,\\d+,255");
    }

    @Test
    void roundTripKeepsConceptsAndPropositions() throws Exception {
        ConceptMap map = bundled();
        Path file = dir.resolve("map.cxl");
        CxlWriter.write(map, new MapLayout().layout(map), null, file);
        CxlReader.Imported back = CxlReader.read(file);
        assertThat(back.warnings()).isEmpty();
        assertThat(back.map().title()).isEqualTo(map.title());
        assertThat(back.map().concepts())
                .extracting(Concept::id, Concept::label, Concept::definition)
                .containsExactlyElementsOf(map.concepts().stream()
                        .map(c -> org.assertj.core.groups.Tuple.tuple(c.id(), c.label(), c.definition()))
                        .toList());
        assertThat(back.map().propositions())
                .extracting(Proposition::id, Proposition::from, Proposition::phrase, Proposition::to)
                .containsExactlyElementsOf(map.propositions().stream()
                        .map(p -> org.assertj.core.groups.Tuple.tuple(p.id(), p.from(), p.phrase(), p.to()))
                        .toList());
        assertThat(back.map().concepts())
                .allSatisfy(c -> assertThat(c.hasPosition()).isTrue());
    }

    @Test
    void positionsInsideTheMarginAreWrittenAsTheyAre() throws Exception {
        ConceptMap map = new ConceptMap(
                List.of(
                        new Concept("a", "A & <B>").at(100, 80),
                        new Concept("b", "Quote \" and\nnewline").at(400, 300)),
                List.of(new Proposition("p", "a", "leads \"to\"", "b")));
        CxlReader.Imported back =
                CxlReader.parse(CxlWriter.write(map, "t").getBytes(StandardCharsets.UTF_8), Path.of("t.cxl"));
        assertThat(back.map().concept("a").orElseThrow())
                .extracting(Concept::label, Concept::x, Concept::y)
                .containsExactly("A & <B>", 100.0, 80.0);
        assertThat(back.map().concept("b").orElseThrow().label()).isEqualTo("Quote \" and newline");
        assertThat(back.map().propositions().get(0).phrase()).isEqualTo("leads \"to\"");
    }

    @Test
    void aFilteredMapExportsOnlyItsPart() throws Exception {
        ConceptMap part = bundled().forLesson("cadres");
        Document doc = xml(CxlWriter.write(part, "Cadres"));
        assertThat(count(doc, "concept"))
                .isEqualTo(part.concepts().size())
                .isLessThan(bundled().concepts().size());
        assertThat(count(doc, "linking-phrase")).isEqualTo(part.propositions().size());
    }

    @Test
    void aPhraseSharedByManyConceptsGivesOnePropositionPerPairAndFaultsAreWarnings() throws Exception {
        String cxl = """
                <?xml version="1.0" encoding="UTF-8"?>
                <cmap xmlns="http://cmap.ihmc.us/xml/cmap/">
                  <map>
                    <concept-list>
                      <concept id="a" label="Plants"/>
                      <concept id="b" label="Leaves"/>
                      <concept id="c" label="Roots"/>
                      <concept id="a" label="Again"/>
                    </concept-list>
                    <linking-phrase-list>
                      <linking-phrase id="l1" label="have"/>
                      <linking-phrase id="l2" label="dangling"/>
                    </linking-phrase-list>
                    <connection-list>
                      <connection id="k1" from-id="a" to-id="l1"/>
                      <connection id="k2" from-id="l1" to-id="b"/>
                      <connection id="k3" from-id="l1" to-id="c"/>
                      <connection id="k4" from-id="a" to-id="l2"/>
                      <connection id="k5" from-id="a" to-id="zzz"/>
                    </connection-list>
                    <concept-appearance-list>
                      <concept-appearance id="a" x="73" y="56"/>
                    </concept-appearance-list>
                  </map>
                </cmap>
                """;
        CxlReader.Imported imported = CxlReader.parse(cxl.getBytes(StandardCharsets.UTF_8), Path.of("plants.cxl"));
        assertThat(imported.map().propositions())
                .extracting(Proposition::id, Proposition::from, Proposition::to)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("l1-1", "a", "b"),
                        org.assertj.core.groups.Tuple.tuple("l1-2", "a", "c"));
        assertThat(imported.warnings())
                .extracting(Problem::toString)
                .containsExactly(
                        "plants.cxl:8: id 'a' is used twice; the second concept is skipped",
                        "plants.cxl:19: connection from 'a' to 'zzz' names something the map does not have; skipped",
                        "plants.cxl:12: linking phrase 'dangling' (l2) has no concept after it; skipped");
        assertThat(imported.map().concept("a").orElseThrow().hasPosition()).isTrue();
        assertThat(imported.map().concept("b").orElseThrow().hasPosition()).isFalse();
    }

    @Test
    void malformedXmlNamesTheFileTheLineAndTheFault() throws Exception {
        Path file = dir.resolve("broken.cxl");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<cmap>\n  <map>\n    <concept-list>\n  </map>\n</cmap>\n");
        assertThatThrownBy(() -> CxlReader.read(file))
                .isInstanceOf(CxlException.class)
                .hasMessageStartingWith(file + ":5: not well-formed XML: ")
                .hasMessageContaining("concept-list")
                .satisfies(e -> assertThat(((CxlException) e).problem().line()).isEqualTo(5));
    }

    @Test
    void otherFilesAreRefusedWithAReason() throws Exception {
        Path quiz = dir.resolve("quiz.xml");
        Files.writeString(quiz, "<quiz><question/></quiz>");
        assertThatThrownBy(() -> CxlReader.read(quiz))
                .hasMessage(quiz + ":1: not a CmapTools CXL map: the root element is <quiz>, expected <cmap>");
        Path noMap = dir.resolve("nomap.cxl");
        Files.writeString(noMap, "<cmap xmlns=\"http://cmap.ihmc.us/xml/cmap/\"><res-meta/></cmap>");
        assertThatThrownBy(() -> CxlReader.read(noMap))
                .hasMessage(noMap + ": not a CmapTools CXL map: there is no <map> element inside <cmap>");
        Path empty = dir.resolve("empty.cxl");
        Files.writeString(empty, "  \n");
        assertThatThrownBy(() -> CxlReader.read(empty))
                .hasMessage(empty + ": the file is empty; expected a concept map saved from CmapTools as CXL");
        Path binary = dir.resolve("map.cmap");
        Files.write(binary, new byte[] {'P', 'K', 3, 4, 0, 0, 1});
        assertThatThrownBy(() -> CxlReader.read(binary)).hasMessageStartingWith(binary + ":1: not well-formed XML: ");
        Path missing = dir.resolve("gone.cxl");
        assertThatThrownBy(() -> CxlReader.read(missing)).hasMessage(missing + ": no such file");
    }

    @Test
    void externalEntitiesAreNeverRead() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP SECRET");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE cmap [<!ENTITY s SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<cmap><map><concept-list><concept id=\"a\" label=\"&s;\"/></concept-list></map></cmap>";
        try {
            CxlReader.Imported imported = CxlReader.parse(xxe.getBytes(StandardCharsets.UTF_8), Path.of("x.cxl"));
            assertThat(imported.map().concepts())
                    .allSatisfy(c -> assertThat(c.label()).doesNotContain("SECRET"));
        } catch (CxlException e) {
            assertThat(e.getMessage()).startsWith("x.cxl:").doesNotContain("SECRET");
        }
    }

    /** Found by MapFuzzTest#cxlReader: a control character inside the DOCTYPE threw MissingResourceException. */
    @Test
    void aControlCharacterInTheDoctypeIsRefusedWithItsLine() {
        byte[] cxl = "<?xml version=\"1.0\"?>\n<!DOCTYPE cmap [<!ENTIaaa\u0001 b \"x\">]>\n<cmap/>\n"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CxlReader.parse(cxl, Path.of("c.cxl")))
                .isInstanceOf(CxlException.class)
                .hasMessageContaining("c.cxl:2")
                .hasMessageContaining("U+0001");
    }
}
