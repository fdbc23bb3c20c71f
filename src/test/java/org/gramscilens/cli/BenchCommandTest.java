package org.gramscilens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gramscilens.TestCourses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line of 'bench': which names it takes and what it hands to the GUI. The suites run elsewhere. */
class BenchCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<String> calls = new ArrayList<>();
    private final Gui gui = new Gui() {
        @Override
        public void open(Path content, Path dataDir, boolean benchStartup) {
            calls.add("open " + benchStartup);
        }

        @Override
        public void openEmptyWindowForBenchmark() {
            calls.add("empty");
        }

        @Override
        public void openForBenchmark(Path content, Path dataDir, String what) {
            calls.add("bench " + what + " " + content.getFileName() + " " + Files.isDirectory(dataDir));
        }
    };

    private int run(String... args) {
        return Cli.run(args, gui, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void unknownBenchmarkNamesAreUsageErrors() {
        assertThat(run("bench", "all", "speed")).isEqualTo(2);
        assertThat(err.toString())
                .contains(
                        "unknown benchmark 'speed'",
                        "known: all, startup, memory, lesson-switch, render," + " search, progress, map");
        assertThat(run("bench")).isEqualTo(2);
        assertThat(calls).isEmpty();
    }

    @Test
    void startupAloneIsOneMeasuredStartAndEmptyWindowItsReference() {
        assertThat(run("--content", TestCourses.bundled().toString(), "bench", "startup"))
                .isEqualTo(Cli.GUI_RUNNING);
        assertThat(run("bench", "startup", "--empty-window")).isEqualTo(Cli.GUI_RUNNING);
        assertThat(calls).containsExactly("open true", "empty");
    }

    @Test
    void childRunsOneUiBenchmarkOnTheCourseWithADataFolder(@TempDir Path dir) {
        assertThat(run(
                        "--content",
                        TestCourses.bundled().toString(),
                        "--data-dir",
                        dir.toString(),
                        "bench",
                        "lesson-switch",
                        "--child"))
                .isEqualTo(Cli.GUI_RUNNING);
        assertThat(run("--content", TestCourses.bundled().toString(), "bench", "render", "--child"))
                .isEqualTo(Cli.GUI_RUNNING);
        assertThat(calls).containsExactly("bench lesson-switch content true", "bench render content true");
        assertThat(run("bench", "search", "--child")).isEqualTo(2);
        assertThat(err.toString()).contains("--child runs one of lesson-switch, render");
    }

    @Test
    void runsMustBePositiveAndPackagedMustHoldALauncher(@TempDir Path dir) {
        assertThat(run("bench", "startup", "--runs", "0")).isEqualTo(2);
        assertThat(run("bench", "map", "--packaged", dir.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("no gramsci-lens launcher in " + dir);
        assertThat(calls).isEmpty();
    }

    @Test
    void inProcessBenchmarkPrintsTheTableAndWritesJson(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("out/bench.json");
        assertThat(run("bench", "map", "-o", json.toString())).isZero();
        assertThat(out.toString()).contains("concept-map layout, 300 concepts", "< 500 ms", "machine: ");
        assertThat(Files.readString(json)).contains("\"name\" : \"map-layout-300-ms\"");
    }
}
