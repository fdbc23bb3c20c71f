package org.gramscilens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.gramscilens.TestCourses;
import org.gramscilens.map.ConceptMap;
import org.gramscilens.map.ConceptMapLoader;
import org.gramscilens.map.CxlWriter;
import org.gramscilens.map.Group;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code convert MAP.cxl --to yaml}: CmapTools maps become a concept-map.yaml that validate accepts. */
class ConvertMapCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

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
        return Cli.commandLine(gui, new PrintWriter(out), new PrintWriter(err)).execute(args);
    }

    /** A one-lesson course with no map yet. */
    private Path course() throws Exception {
        return TestCourses.write(
                dir.resolve("course"),
                Map.of(
                        "course.yaml",
                                "title: \"Map course\"\nmodules:\n  - id: 01-good\n    title: \"Good module\"\n"
                                        + "  - id: 02-second\n    title: \"Second module\"\n",
                        "modules/02-second/lesson.md", TestCourses.SECOND_LESSON,
                        "references.yaml", TestCourses.REFERENCES,
                        "glossary.yaml", TestCourses.GLOSSARY,
                        "modules/01-good/lesson.md", TestCourses.GOOD_LESSON));
    }

    static Path resource(Path dir, String name) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = ConvertMapCommandTest.class.getResourceAsStream("/org/gramscilens/map/cxl/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    private int validate(Path course) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return run("validate", course.toString());
    }

    @Test
    void theBundledMapGoesToCmapToolsAndBackIntoACourse() throws Exception {
        Path course = course();
        ConceptMap bundled = ConceptMapLoader.load(TestCourses.bundled()).map();
        Path cxl = dir.resolve("bundled.cxl");
        Files.writeString(cxl, CxlWriter.write(bundled, "Bundled"));

        int status = run(
                "convert",
                cxl.toString(),
                "--to",
                "yaml",
                "-o",
                course.resolve("concept-map.yaml").toString());

        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString()).contains("in lesson 'good'");
        ConceptMap back = ConceptMapLoader.load(course).map();
        assertThat(back.concepts())
                .extracting(c -> c.label())
                .containsExactlyElementsOf(
                        bundled.concepts().stream().map(c -> c.label()).toList());
        assertThat(back.propositions()).hasSameSizeAs(bundled.propositions());
        assertThat(back.groups())
                .extracting(Group::label, Group::colour)
                .containsExactlyElementsOf(bundled.groups().stream()
                        .filter(g -> bundled.concepts().stream().anyMatch(c -> g.id().equals(c.group())))
                        .map(g -> org.assertj.core.groups.Tuple.tuple(g.label(), g.colour()))
                        .toList());
        assertThat(back.concepts()).allSatisfy(c -> assertThat(c.hasPosition()).isTrue());
        assertThat(back.concepts())
                .extracting(c -> c.id())
                .containsExactlyElementsOf(
                        bundled.concepts().stream().map(c -> c.id()).toList());
        assertThat(back.propositions())
                .extracting(p -> p.id())
                .containsExactlyElementsOf(
                        bundled.propositions().stream().map(p -> p.id()).toList());
        assertThat(validate(course)).as(out + "\n" + err).isZero();
    }

    @Test
    void aStyledCmapToolsMapKeepsItsColoursAndNestingAsGroupsAndSaysWhatItLeftOut() throws Exception {
        Path course = course();
        Path cxl = resource(dir, "styled-cmaptools5.cxl");

        int status = run(
                "convert",
                cxl.toString(),
                "--to",
                "yaml",
                "-o",
                course.resolve("concept-map.yaml").toString());

        assertThat(status).as(err.toString()).isZero();
        String warnings = err.toString();
        assertThat(warnings)
                .contains("styled-cmaptools5.cxl:70: warning: the resources (links, files) attached to 'Hegemony'")
                .contains("styled-cmaptools5.cxl:46: warning: the picture in the box of 'Loop' is not kept")
                .contains("styled-cmaptools5.cxl:25: warning: linking phrase 'dangling' (2E) has no concept after it")
                .contains(
                        "styled-cmaptools5.cxl:24: warning: proposition 'Loop refers to Loop' links a concept to itself")
                .contains("styled-cmaptools5.cxl:14: warning: concept 'Civil society' has no comment");
        ConceptMap map = ConceptMapLoader.load(course).map();
        assertThat(map.title()).isEqualTo("Hegemony");
        assertThat(map.groups())
                .extracting(Group::id, Group::label, Group::colour)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("colour-ffcc99", "Concepts in #ffcc99", "#ffcc99"),
                        org.assertj.core.groups.Tuple.tuple("colour-99ccff", "Concepts in #99ccff", "#99ccff"),
                        org.assertj.core.groups.Tuple.tuple("intellectuals", "Intellectuals", null),
                        org.assertj.core.groups.Tuple.tuple("other", "Other concepts", null));
        assertThat(map.concept("organic").orElseThrow().group()).isEqualTo("intellectuals");
        assertThat(map.concept("common-sense").orElseThrow().definition())
                .isEqualTo("The everyday philosophy of the many.");
        assertThat(map.concept("hegemony").orElseThrow())
                .extracting(c -> c.x(), c -> c.y())
                .containsExactly(300.0, 60.0);
        assertThat(map.propositions())
                .extracting(p -> p.from() + " " + p.phrase() + " " + p.to())
                .containsExactly(
                        "hegemony works through common-sense", "hegemony is organised in civil-society",
                        "organic shape common-sense", "traditional shape common-sense");
        assertThat(validate(course)).as(out + "\n" + err).isZero();
    }

    @Test
    void aMapWithoutNamespaceOrAppearancesConvertsToStandardOutputForAGivenLesson() throws Exception {
        Path cxl = resource(dir, "plain-no-namespace.cxl");
        int status = run("convert", cxl.toString(), "--to", "yaml", "--lesson", "good#cadres-at-work");
        assertThat(status).as(err.toString()).isZero();
        ConceptMap map = ConceptMapLoader.parse(out.toString()).map();
        assertThat(map.concepts()).extracting(c -> c.id()).containsExactly("plants", "leaves", "roots");
        assertThat(map.propositions())
                .extracting(p -> p.id())
                .containsExactly("plants-have-leaves", "plants-have-roots");
        assertThat(map.concepts()).allSatisfy(c -> assertThat(c.lesson()).isEqualTo("good#cadres-at-work"));
        assertThat(ConceptMapLoader.parse(out.toString()).problems()).isEmpty();
    }

    @Test
    void withoutALessonToPlaceThingsInItSaysHowToGiveOne() throws Exception {
        Path cxl = resource(dir, "plain-no-namespace.cxl");
        assertThat(run("convert", cxl.toString(), "--to", "yaml")).isEqualTo(2);
        assertThat(err.toString()).contains("give --lesson ID").doesNotContain("Exception");
        assertThat(run("convert", cxl.toString(), "--to", "gift", "--lesson", "x"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("use --to yaml");
    }

    @Test
    void aBrokenFileIsRefusedWithItsLineAndNothingIsWritten() throws Exception {
        Path cxl = dir.resolve("broken.cxl");
        Files.writeString(cxl, "<?xml version=\"1.0\"?>\n<cmap>\n<map>\n<concept id=\"a\" label=\"A\">\n</map>\n");
        Path target = dir.resolve("concept-map.yaml");
        assertThat(run("convert", cxl.toString(), "--to", "yaml", "--lesson", "good", "-o", target.toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("broken.cxl:5: not well-formed XML");
        assertThat(target).doesNotExist();
    }

    @Test
    void strictMakesWarningsFail() throws Exception {
        Path cxl = resource(dir, "styled-cmaptools5.cxl");
        assertThat(run("convert", cxl.toString(), "--to", "yaml", "--lesson", "good", "--strict"))
                .isEqualTo(1);
    }
}
