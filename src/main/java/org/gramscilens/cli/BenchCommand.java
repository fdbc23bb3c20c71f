package org.gramscilens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.gramscilens.files.AtomicWrite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code bench all} (or some of startup, memory, lesson-switch, render, search, progress, map) measures,
 * prints a table of figures against their goals and, with {@code -o FILE}, writes them as JSON.
 * {@code bench startup} alone is one measured start: it opens the real window, prints
 * {@code first-paint-ms N} from process start and exits; the suite runs it in fresh child processes.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        subcommands = BenchClassCommand.class,
        description = {
            "Measure performance; print a table of figures and goals (docs/performance.md).",
            "WHAT: all, or any of startup, memory, lesson-switch, render, search, progress, map.",
            "'bench startup' alone opens the window once and prints first-paint-ms."
        })
public final class BenchCommand implements Callable<Integer> {
    @Parameters(
            paramLabel = "WHAT",
            arity = "0..*",
            description = "all | startup | memory | lesson-switch | render | search | progress | map")
    List<String> what = new ArrayList<>();

    @Option(
            names = {"--runs", "--compare"},
            paramLabel = "N",
            description = "Fresh processes per start-up and memory figure, each side (default 5).")
    Integer runs;

    @Option(
            names = "--packaged",
            paramLabel = "DIR",
            description = "Also measure the packaged app in DIR (an app image or /opt/gramsci-lens).")
    Path packaged;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write the figures as JSON to FILE.")
    Path output;

    @Option(names = "--empty-window", hidden = true, description = "Measure an empty JavaFX window (reference).")
    boolean emptyWindow;

    @Option(
            names = "--child",
            hidden = true,
            description = "Run a UI benchmark in this process (lesson-switch, render).")
    boolean child;

    @ParentCommand
    LensCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Set<String> names = new LinkedHashSet<>();
        if (what.isEmpty()) {
            err.println("gramsci-lens bench: say what to measure: all, " + String.join(", ", BenchSuite.NAMES)
                    + ", or class");
            err.println("Try 'gramsci-lens bench --help'.");
            return 2;
        }
        for (String w : what) {
            if (w.equals("all")) {
                names.addAll(BenchSuite.NAMES);
            } else if (BenchSuite.NAMES.contains(w)) {
                names.add(w);
            } else {
                err.println("gramsci-lens bench: unknown benchmark '" + w + "' (known: all, "
                        + String.join(", ", BenchSuite.NAMES) + ")");
                err.println("Try 'gramsci-lens bench --help'.");
                return 2;
            }
        }
        boolean startupOnly = names.equals(Set.of("startup"));
        if (child) {
            return runChild(names, err);
        }
        if (emptyWindow && startupOnly) {
            parent.gui().openEmptyWindowForBenchmark();
            return LensCommand.GUI_RUNNING;
        }
        if (startupOnly && runs == null && packaged == null && output == null) {
            return LensCommand.openGui(parent.gui(), parent.content, parent.dataDir, true, err);
        }
        if (runs != null && runs < 1) {
            err.println("gramsci-lens bench: --runs must be at least 1");
            return 2;
        }
        BenchSuite suite = new BenchSuite(
                new BenchChildren(parent.content),
                runs == null ? 5 : runs,
                packaged == null ? null : BenchChildren.packaged(packaged),
                err);
        BenchReport report = suite.run(names);
        out.print(report.table());
        out.flush();
        if (output != null) {
            write(output, report.json());
            err.println("bench: figures written to " + output);
        }
        return 0;
    }

    private int runChild(Set<String> names, PrintWriter err) {
        if (names.size() != 1 || !(names.contains("lesson-switch") || names.contains("render"))) {
            err.println("gramsci-lens bench: --child runs one of lesson-switch, render");
            return 2;
        }
        Path course = parent.contentOrBundled();
        if (course == null) {
            err.println("gramsci-lens bench: the bundled course was not found; give one with --content DIR");
            return 1;
        }
        try {
            Path data = parent.dataDir != null ? parent.dataDir : Files.createTempDirectory("gramsci-bench");
            parent.gui().openForBenchmark(course, data, names.iterator().next());
        } catch (IOException e) {
            err.println("gramsci-lens bench: cannot create a temporary data folder: " + e.getMessage());
            return 1;
        }
        return LensCommand.GUI_RUNNING;
    }

    private static void write(Path file, String text) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        AtomicWrite.writeString(file, text);
    }
}
