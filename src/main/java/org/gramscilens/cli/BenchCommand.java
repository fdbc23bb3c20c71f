package org.gramscilens.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bench startup}: opens the real window, prints {@code first-paint-ms N} measured from process start
 * and exits. With {@code --compare N} it instead runs N fresh processes of the app and of an empty JavaFX
 * window, alternating, and prints both medians and their ratio.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure performance and print the figures. What: startup.")
public final class BenchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "WHAT", description = "startup")
    String what;

    @Option(names = "--compare", paramLabel = "N",
            description = "startup: run N fresh app processes and N empty-window processes; print medians and ratio.")
    int compare;

    @Option(names = "--empty-window", hidden = true, description = "Measure an empty JavaFX window (reference).")
    boolean emptyWindow;

    @ParentCommand
    LensCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!"startup".equals(what)) {
            err.println("gramsci-lens bench: unknown benchmark '" + what + "' (known: startup)");
            err.println("Try 'gramsci-lens bench --help'.");
            return 2;
        }
        if (emptyWindow) {
            parent.gui().openEmptyWindowForBenchmark();
            return LensCommand.GUI_RUNNING;
        }
        if (compare > 0) {
            return compare(out, err);
        }
        return LensCommand.openGui(parent.gui(), parent.content, parent.dataDir, true, err);
    }

    private int compare(PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
        List<Long> app = new ArrayList<>();
        List<Long> empty = new ArrayList<>();
        for (int i = 0; i < compare; i++) {
            empty.add(runChild(true));
            app.add(runChild(false));
        }
        long a = median(app);
        long e = median(empty);
        out.println("empty-window-ms " + empty + " median " + e);
        out.println("first-paint-ms " + app + " median " + a);
        out.printf("ratio %.2f (goal <= 1.30)%n", (double) a / e);
        out.flush();
        return 0;
    }

    private long runChild(boolean reference) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path")));
        for (String prop : List.of("prism.order", "glass.platform", "monocle.platform", "gramsci.content")) {
            String v = System.getProperty(prop);
            if (v != null) {
                cmd.add("-D" + prop + "=" + v);
            }
        }
        cmd.add("org.gramscilens.Main");
        if (parent.content != null) {
            cmd.addAll(List.of("--content", parent.content.toString()));
        }
        cmd.addAll(List.of("--data-dir", Files.createTempDirectory("gramsci-bench").toString(), "bench", "startup"));
        if (reference) {
            cmd.add("--empty-window");
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        long result = -1;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("first-paint-ms ")) {
                    result = Long.parseLong(line.substring("first-paint-ms ".length()).trim());
                }
            }
        }
        p.waitFor();
        if (result < 0) {
            throw new IOException("a benchmark child process printed no first-paint-ms (exit " + p.exitValue() + ")");
        }
        return result;
    }

    private static long median(List<Long> values) {
        List<Long> s = new ArrayList<>(values);
        s.sort(null);
        return s.get(s.size() / 2);
    }
}
