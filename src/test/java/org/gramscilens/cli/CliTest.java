package org.gramscilens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gramscilens.TestCourses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<String> opened = new ArrayList<>();
    private final Gui gui = new Gui() {
        @Override
        public void open(Path content, Path dataDir, boolean benchStartup) {
            opened.add(content + "|" + dataDir + "|" + benchStartup);
        }

        @Override
        public void openEmptyWindowForBenchmark() {
            opened.add("empty");
        }
    };

    private int run(String... args) {
        return Cli.run(args, gui, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void validateBundledCoursePrintsSummaryAndExitsZero() {
        assertThat(run("validate", TestCourses.bundled().toString())).isZero();
        assertThat(out.toString().strip())
                .startsWith("ok ")
                .contains("12 modules", "12 lessons", "glossary terms", "references");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void validateBrokenCoursePrintsOneLinePerProblemAndExitsOne(@TempDir Path dir) throws Exception {
        TestCourses.withBrokenLesson(dir);
        assertThat(run("validate", dir.toString())).isEqualTo(1);
        assertThat(out.toString().lines().toList())
                .singleElement()
                .asString()
                .startsWith(dir.resolve("modules/02-broken/lesson.md") + ":3: front matter YAML error");
        assertThat(err.toString()).contains("1 problem in");
    }

    @Test
    void warningsExitZeroAndStrictTurnsThemIntoErrors(@TempDir Path dir) throws Exception {
        TestCourses.write(
                dir,
                java.util.Map.of(
                        "course.yaml",
                        "title: T\nmodules:\n  - id: m\n",
                        "references.yaml",
                        TestCourses.REFERENCES,
                        "glossary.yaml",
                        "terms: []\n",
                        "modules/m/lesson.md",
                        "---\nid: m\ntitle: M\n---\n\nText.\n",
                        "modules/m/quiz.gift",
                        "::q::Which?{\n=the one right answer, spelt out in full#r\n~no#w\n~nope#w\n}\n"));
        String warning = dir.resolve("modules/m/quiz.gift") + ":1: warning: question 'q': the keyed option";
        assertThat(run("validate", dir.toString())).isZero();
        assertThat(out.toString().lines().toList())
                .hasSize(2)
                .first()
                .asString()
                .startsWith(warning);
        assertThat(out.toString()).contains("ok T: 1 modules").endsWith(", 1 warning" + System.lineSeparator());

        out.getBuffer().setLength(0);
        assertThat(run("validate", "--strict", dir.toString())).isEqualTo(1);
        assertThat(out.toString().lines().toList()).singleElement().asString().startsWith(warning);
        assertThat(err.toString()).contains("1 problem (0 errors, 1 warning, errors under --strict) in");
    }

    @Test
    void bundledCoursePassesStrict() {
        assertThat(run("validate", "--strict", TestCourses.bundled().toString()))
                .isZero();
        assertThat(out.toString()).startsWith("ok ").doesNotContain("warning");
    }

    @Test
    void validateFolderWithoutCourseYamlNamesIt(@TempDir Path dir) {
        assertThat(run("validate", dir.toString())).isEqualTo(1);
        assertThat(err.toString()).contains(dir.toString()).contains("course.yaml");
    }

    @Test
    void unknownArgumentsGiveOneLineAndAHintWithExitTwo() {
        assertThat(run("--frobnicate")).isEqualTo(2);
        assertThat(err.toString().lines().toList())
                .containsExactly("gramsci-lens: Unknown option: '--frobnicate'", "Try 'gramsci-lens --help'.");
        assertThat(opened).isEmpty();
        err.getBuffer().setLength(0);
        assertThat(run("validate", "a", "b")).isEqualTo(2);
        assertThat(err.toString().lines().toList()).hasSize(2).last().isEqualTo("Try 'gramsci-lens validate --help'.");
    }

    @Test
    void noCommandOpensTheAppOnTheGivenCourseAndDataFolder(@TempDir Path dir) {
        assertThat(run("--content", "some/course", "--data-dir", dir.toString()))
                .isEqualTo(Cli.GUI_RUNNING);
        assertThat(opened).containsExactly("some/course|" + dir.toAbsolutePath() + "|false");
    }

    @Test
    void benchStartupOpensTheAppInBenchmarkMode(@TempDir Path dir) {
        assertThat(run("--content", TestCourses.bundled().toString(), "--data-dir", dir.toString(), "bench", "startup"))
                .isEqualTo(Cli.GUI_RUNNING);
        assertThat(opened).singleElement().asString().endsWith("|true");
        assertThat(run("bench", "nothing")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown benchmark 'nothing'");
    }

    @Test
    void quickPathTakesOnlyThePlainOpenCommandLines() {
        assertThat(Cli.quickGuiArgs(new String[0])).contains(new Cli.GuiArgs(null, null, false));
        assertThat(Cli.quickGuiArgs(new String[] {"--content", "c", "--data-dir=d"}))
                .contains(new Cli.GuiArgs(Path.of("c"), Path.of("d"), false));
        assertThat(Cli.quickGuiArgs(new String[] {"--data-dir", "d", "bench", "startup"}))
                .contains(new Cli.GuiArgs(null, Path.of("d"), true));
        for (String[] other : new String[][] {
            {"--content"},
            {"--content", "--data-dir", "d"},
            {"--content=", "x"},
            {"validate"},
            {"--content", "a", "--content", "b"},
            {"--help"},
            {"bench", "startup", "--compare", "3"},
            {"-x"}
        }) {
            assertThat(Cli.quickGuiArgs(other)).as(String.join(" ", other)).isEmpty();
        }
    }

    @Test
    void optionWithoutValueIsAUsageError() {
        assertThat(run("--content")).isEqualTo(2);
        assertThat(err.toString().lines().toList()).hasSize(2);
        assertThat(opened).isEmpty();
    }

    @Test
    void helpAndVersionExitZero() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("validate", "--content", "--data-dir");
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).contains("gramsci-lens");
    }

    @Test
    void dataDirWorksBeforeOrAfterTheSubcommand(@TempDir Path dir) throws Exception {
        var profiles = new org.gramscilens.progress.Profiles(dir);
        var ana = profiles.create("Ana");
        try (var store = profiles.open(ana.id())) {
            store.recordAttempt(
                    "cadres-q1",
                    "04-cadres",
                    com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.textNode("A"),
                    1,
                    100);
        }
        Path before = dir.resolve("before.csv");
        Path after = dir.resolve("after.csv");
        assertThat(run("--data-dir", dir.toString(), "export", "progress", "--to", "csv", "-o", before.toString()))
                .as(err.toString())
                .isZero();
        assertThat(run("export", "progress", "--to", "csv", "-o", after.toString(), "--data-dir", dir.toString()))
                .as(err.toString())
                .isZero();
        assertThat(java.nio.file.Files.readAllLines(before)).hasSize(2);
        assertThat(java.nio.file.Files.readAllLines(after)).hasSize(2);
    }

    @Test
    void unknownCommandIsNamedWithTheCommandsThereAre() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err.toString().lines().toList())
                .containsExactly(
                        "gramsci-lens: unknown command 'frobnicate'; commands are validate, convert, export, bench, list, sync, class",
                        "Try 'gramsci-lens --help'.");
        assertThat(opened).isEmpty();
    }

    @Test
    void bareExportListsEverySubcommand() {
        assertThat(run("export")).isEqualTo(2);
        assertThat(err.toString().lines().findFirst().orElseThrow())
                .contains(
                        "'gramsci-lens export lesson ID'",
                        "'gramsci-lens export course'",
                        "'gramsci-lens export map'",
                        "'gramsci-lens export progress'");
    }

    @Test
    void listLessonsPrintsEachLessonIdAndTitleInCourseOrder() {
        assertThat(run("--content", TestCourses.bundled().toString(), "list", "lessons"))
                .isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(12);
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("cadres\t").endsWith("Cadres"));
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void listLessonsNamesABrokenLessonOnStandardErrorWithExitOne(@TempDir Path dir) throws Exception {
        TestCourses.withBrokenLesson(dir);
        assertThat(run("list", "lessons", "--content", dir.toString())).isEqualTo(1);
        assertThat(out.toString().lines().toList()).hasSize(2);
        assertThat(err.toString()).contains("modules/02-broken/lesson.md:3:");
    }

    @Test
    void aYamlErrorInOneLessonIsTheOnlyProblemReported(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("course");
        try (var files = java.nio.file.Files.walk(TestCourses.bundled())) {
            for (Path f : files.toList()) {
                Path to = copy.resolve(TestCourses.bundled().relativize(f).toString());
                if (java.nio.file.Files.isDirectory(f)) {
                    java.nio.file.Files.createDirectories(to);
                } else {
                    java.nio.file.Files.copy(f, to);
                }
            }
        }
        Path lesson = copy.resolve("modules/04-cadres/lesson.md");
        java.nio.file.Files.writeString(
                lesson, java.nio.file.Files.readString(lesson).replace("title: \"Cadres\"", "title: [\"Cadres\""));
        assertThat(run("validate", copy.toString())).isEqualTo(1);
        assertThat(out.toString().lines().toList())
                .singleElement()
                .asString()
                .startsWith(lesson.toString().replace('\\', '/') + ":3: front matter YAML error");
    }
}
