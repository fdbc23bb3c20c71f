package org.gramscilens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gramscilens.TestCourses;
import org.gramscilens.map.ConceptMap;
import org.gramscilens.map.ConceptMapLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import picocli.CommandLine;

/** {@code export map}: CXL files that parse with CmapTools' element names, and one-line refusals with exit 2. */
class ExportMapCommandTest {

    private static final String CMAP = "http://cmap.ihmc.us/xml/cmap/";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** As the lead will register it: {@code gramsci-lens export map}, with Cli's error handling. */
    private int run(String... args) {
        Gui gui = new Gui() {
            @Override
            public void open(Path content, Path dataDir, boolean benchStartup) {
                throw new AssertionError("no window here");
            }

            @Override
            public void openEmptyWindowForBenchmark() {
                throw new AssertionError("no window here");
            }
        };
        CommandLine cl = Cli.commandLine(gui, new PrintWriter(out), new PrintWriter(err));
        return cl.execute(args);
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static ConceptMap bundled() {
        return ConceptMapLoader.load(TestCourses.bundled()).map();
    }

    @Test
    void writesTheWholeMapAsCxl() throws Exception {
        Path file = dir.resolve("course.cxl");
        assertThat(run(
                        "--content",
                        TestCourses.bundled().toString(),
                        "export",
                        "map",
                        "--to",
                        "cxl",
                        "-o",
                        file.toString()))
                .isZero();
        ConceptMap map = bundled();
        assertThat(out.toString())
                .isEqualTo("wrote " + map.concepts().size() + " concepts and "
                        + map.propositions().size() + " propositions to " + file + System.lineSeparator());
        assertThat(err.toString()).isEmpty();
        Document doc = parse(Files.readAllBytes(file));
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("cmap");
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(CMAP);
        for (String name : List.of(
                "res-meta",
                "map",
                "concept-list",
                "linking-phrase-list",
                "connection-list",
                "concept-appearance-list",
                "linking-phrase-appearance-list")) {
            assertThat(doc.getElementsByTagNameNS(CMAP, name).getLength())
                    .as(name)
                    .isOne();
        }
        assertThat(doc.getElementsByTagNameNS(CMAP, "concept").getLength())
                .isEqualTo(map.concepts().size());
        assertThat(doc.getElementsByTagNameNS(CMAP, "linking-phrase").getLength())
                .isEqualTo(map.propositions().size());
        assertThat(doc.getElementsByTagNameNS(CMAP, "concept-appearance").getLength())
                .isEqualTo(map.concepts().size());
    }

    @Test
    void theBundledCourseIsTheDefaultAndStandardOutputTheDefaultTarget() throws Exception {
        assertThat(run("export", "map", "--to", "CXL")).isZero();
        Document doc = parse(out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(doc.getElementsByTagNameNS(CMAP, "concept").getLength())
                .isEqualTo(bundled().concepts().size());
    }

    @Test
    void aLessonOrAModuleExportsItsPart() throws Exception {
        Path lessonFile = dir.resolve("lesson.cxl");
        String content = TestCourses.bundled().toString();
        assertThat(run(
                        "export",
                        "map",
                        "--content",
                        content,
                        "--lesson",
                        "cadres",
                        "--to",
                        "cxl",
                        "-o",
                        lessonFile.toString()))
                .isZero();
        ConceptMap part = bundled().forLesson("cadres");
        Document doc = parse(Files.readAllBytes(lessonFile));
        assertThat(doc.getElementsByTagNameNS(CMAP, "concept").getLength())
                .isEqualTo(part.concepts().size())
                .isLessThan(bundled().concepts().size());
        assertThat(doc.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "title")
                        .item(0)
                        .getTextContent())
                .endsWith(": Cadres");
        Path moduleFile = dir.resolve("module.cxl");
        assertThat(run(
                        "export",
                        "map",
                        "--content",
                        content,
                        "--module",
                        "04-cadres",
                        "--to",
                        "cxl",
                        "-o",
                        moduleFile.toString()))
                .isZero();
        assertThat(parse(Files.readAllBytes(moduleFile))
                        .getElementsByTagNameNS(CMAP, "concept")
                        .getLength())
                .isEqualTo(part.concepts().size());
    }

    @Test
    void pngIsDrawnByTheAppsMapRenderer() throws Exception {
        Path file = dir.resolve("map.png");
        CommandLine cl =
                Cli.commandLine(new org.gramscilens.ui.DesktopGui(), new PrintWriter(out), new PrintWriter(err));
        assertThat(cl.execute("export", "map", "--lesson", "cadres", "--to", "png", "-o", file.toString()))
                .isZero();
        byte[] png = Files.readAllBytes(file);
        assertThat(png).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        assertThat(png.length).isGreaterThan(5_000);
        assertThat(out.toString()).startsWith("wrote a picture of ");
    }

    @Test
    void pngWithoutAFileIsAUsageError() {
        assertThat(run("export", "map", "--to", "png")).isEqualTo(2);
        assertThat(err.toString().lines().toList())
                .containsExactly(
                        "gramsci-lens export map: a PNG needs a file: add -o FILE.png",
                        "Try 'gramsci-lens export map --help'.");
    }

    @Test
    void wrongArgumentsGiveOneLineAndExitTwo() {
        assertThat(run("export", "map", "--to", "svg")).isEqualTo(2);
        assertThat(err.toString().lines().toList())
                .containsExactly(
                        "gramsci-lens export map: unknown format 'svg': use cxl or png",
                        "Try 'gramsci-lens export map --help'.");
        err.getBuffer().setLength(0);
        assertThat(run("export", "map", "--to", "cxl", "--lesson", "nope")).isEqualTo(2);
        assertThat(err.toString())
                .startsWith("gramsci-lens export map: no lesson 'nope' in the course; lessons: "
                        + "what-is-medical-leadership, gramscis-vocabulary,");
        err.getBuffer().setLength(0);
        assertThat(run("export", "map", "--to", "cxl", "--lesson", "cadres", "--module", "04-cadres"))
                .isEqualTo(2);
        assertThat(err.toString()).startsWith("gramsci-lens export map: give --lesson or --module, not both");
        err.getBuffer().setLength(0);
        assertThat(run("export", "map")).isEqualTo(2);
        assertThat(err.toString()).startsWith("gramsci-lens export map: Missing required option: '--to=FORMAT'");
        err.getBuffer().setLength(0);
        assertThat(run(
                        "export",
                        "map",
                        "--to",
                        "cxl",
                        "--content",
                        dir.resolve("none").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).startsWith("gramsci-lens export map: Course folder not found: ");
    }

    @Test
    void aCourseWithoutAMapHasNothingToExport() throws Exception {
        Path course = TestCourses.withBrokenLesson(dir.resolve("course"));
        assertThat(run("export", "map", "--to", "cxl", "--content", course.toString()))
                .isOne();
        assertThat(err.toString())
                .isEqualTo("gramsci-lens export map: " + course + " has no concept-map.yaml; there is no map to export"
                        + System.lineSeparator());
    }

    @Test
    void mapProblemsArePrintedAndWhatCanBeReadIsStillWritten() throws Exception {
        Path course = TestCourses.withBrokenLesson(dir.resolve("course"));
        TestCourses.write(course, Map.of("concept-map.yaml", """
                concepts:
                  - {id: a, label: "A", definition: d, lesson: good}
                  - {id: b, label: "B", definition: d, lesson: good}
                propositions:
                  - {id: p, from: a, phrase: "needs", to: b, lesson: good, source: therborn1980}
                  - {id: q, from: a, phrase: "haunts", to: ghost, lesson: good, source: therborn1980}
                """));
        Path file = dir.resolve("out.cxl");
        assertThat(run("--content", course.toString(), "export", "map", "--to", "cxl", "-o", file.toString()))
                .isOne();
        assertThat(err.toString())
                .isEqualTo(course.resolve("concept-map.yaml").toString().replace('\\', '/')
                        + ":6: proposition 'q': 'to' names unknown concept 'ghost'" + System.lineSeparator());
        Document doc = parse(Files.readAllBytes(file));
        assertThat(doc.getElementsByTagNameNS(CMAP, "linking-phrase").getLength())
                .isOne();
    }

    @Test
    void aLessonWithNoPartOfTheMapWritesNothing() throws Exception {
        Path course = TestCourses.withBrokenLesson(dir.resolve("course"));
        TestCourses.write(course, Map.of("concept-map.yaml", """
                concepts:
                  - {id: a, label: "A", definition: d, lesson: good}
                  - {id: b, label: "B", definition: d, lesson: good}
                propositions:
                  - {id: p, from: a, phrase: "needs", to: b, lesson: good, source: therborn1980}
                """));
        Path file = dir.resolve("none.cxl");
        assertThat(run(
                        "export",
                        "map",
                        "--content",
                        course.toString(),
                        "--lesson",
                        "second",
                        "--to",
                        "cxl",
                        "-o",
                        file.toString()))
                .isOne();
        assertThat(err.toString())
                .isEqualTo("gramsci-lens export map: lesson 'second' has no concepts in the map;" + " nothing written"
                        + System.lineSeparator());
        assertThat(file).doesNotExist();
    }
}
