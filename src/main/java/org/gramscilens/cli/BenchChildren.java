package org.gramscilens.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Starts the fresh processes that {@code bench} measures, each with its own empty data folder, and reads
 * the {@code name value} lines they print.
 */
final class BenchChildren {
    private static final long TIMEOUT_SECONDS = 180;
    private static final List<String> PASSED_PROPERTIES =
            List.of("prism.order", "glass.platform", "monocle.platform", "gramsci.content", "gramsci.trace");

    /** How a child is started: the command up to the app's own arguments. */
    record Launch(String description, List<String> command) {}

    private final Path content;

    /** @param content the course the app children open (null: the bundled course they find themselves) */
    BenchChildren(Path content) {
        this.content = content;
    }

    /** This program on the JVM running now, from its class path (the plain jar, for {@code java -jar}). */
    static Launch plain() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path")));
        for (String prop : PASSED_PROPERTIES) {
            String v = System.getProperty(prop);
            if (v != null) {
                cmd.add("-D" + prop + "=" + v);
            }
        }
        cmd.add("org.gramscilens.Main");
        return new Launch("java -cp " + System.getProperty("java.class.path"), cmd);
    }

    /** The launcher of an installed or built app: DIR/bin/gramsci-lens, or DIR itself when it is the launcher. */
    static Launch packaged(Path dir) throws IOException {
        for (Path candidate : List.of(
                dir.resolve("bin").resolve("gramsci-lens"),
                dir.resolve("Contents/MacOS/gramsci-lens"),
                dir.resolve("gramsci-lens-cli.exe"),
                dir)) {
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return new Launch(candidate.toString(), List.of(candidate.toString()));
            }
        }
        throw new IOException("no gramsci-lens launcher in " + dir
                + " (give the app image or install folder, e.g. /opt/gramsci-lens)");
    }

    /** Runs {@code launch} with {@code args} after --content/--data-dir and returns the figures it printed. */
    Map<String, Double> run(Launch launch, String... args) throws IOException, InterruptedException {
        Path data = Files.createTempDirectory("gramsci-bench");
        List<String> cmd = new ArrayList<>(launch.command());
        if (content != null) {
            cmd.addAll(List.of("--content", content.toString()));
        }
        cmd.addAll(List.of("--data-dir", data.toString()));
        cmd.addAll(List.of(args));
        long started = System.currentTimeMillis();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        Thread watchdog = new Thread(
                () -> {
                    try {
                        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                            p.destroyForcibly();
                        }
                    } catch (InterruptedException e) {
                        p.destroyForcibly();
                    }
                },
                "bench-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        Map<String, Double> figures = new LinkedHashMap<>();
        Deque<String> tail = new ArrayDeque<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                parse(line, figures);
                tail.addLast(line);
                if (tail.size() > 5) {
                    tail.removeFirst();
                }
            }
        } finally {
            p.waitFor();
            deleteTree(data);
        }
        // Timed from here, the moment this process started the child, rather than from the child's own idea
        // of when it started (see BenchProbe): the same clock for the app and the empty window.
        Double paintedAt = figures.remove("first-paint-epoch-ms");
        if (paintedAt != null) {
            figures.put("first-paint-ms", paintedAt - started);
        }
        if (p.exitValue() != 0 || figures.isEmpty()) {
            throw new IOException("a benchmark process (" + String.join(" ", args) + ") failed with exit "
                    + p.exitValue() + ": " + String.join(" | ", tail));
        }
        return figures;
    }

    /** "name 12.5" lines are figures; anything else (warnings, traces) is ignored. */
    static void parse(String line, Map<String, Double> into) {
        String[] f = line.strip().split(" ");
        if (f.length == 2 && f[0].matches("[a-z0-9-]+")) {
            try {
                into.put(f[0], Double.parseDouble(f[1]));
            } catch (NumberFormatException e) {
                // Not a figure.
            }
        }
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is harmless.
        }
    }
}
