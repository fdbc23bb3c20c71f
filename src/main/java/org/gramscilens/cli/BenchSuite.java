package org.gramscilens.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gramscilens.cli.BenchChildren.Launch;
import org.gramscilens.cli.BenchFigure.Goal;
import org.gramscilens.map.MapBenchmark;
import org.gramscilens.progress.ProgressBenchmark;
import org.gramscilens.search.SearchBenchmark;

/**
 * Runs the benchmarks {@code bench} names and holds each figure to its goal (docs/performance.md).
 * Start-up and memory come from fresh processes, alternating the app with an empty JavaFX window so that
 * a busy moment on a shared machine hits both; the UI figures from one child process each; search,
 * progress and map in this process.
 */
final class BenchSuite {
    /**
     * What the "plain" runs are: {@code java -cp} with this process's class path, the shaded jar for
     * {@code java -jar}; run from the packaged app, its runtime and jars without the launcher's options.
     */
    private static final String PLAIN =
            System.getProperty("jpackage.app-version") == null ? "plain jar" : "app's runtime, no launcher options";

    static final List<String> NAMES =
            List.of("startup", "memory", "lesson-switch", "render", "search", "progress", "map");

    private final BenchChildren children;
    private final int runs;
    private final Launch packaged;
    private final PrintWriter log;
    private final List<BenchFigure> figures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    /** Start-up samples by kind (plain-app, plain-empty, packaged-app, packaged-empty): first-paint-ms and peak-rss-kb. */
    private final Map<String, Map<String, List<Double>>> starts = new LinkedHashMap<>();

    BenchSuite(BenchChildren children, int runs, Launch packaged, PrintWriter log) {
        this.children = children;
        this.runs = runs;
        this.packaged = packaged;
        this.log = log;
    }

    BenchReport run(Set<String> names) throws IOException, InterruptedException {
        BenchMachine machine = BenchMachine.now();
        boolean startups = names.contains("startup") || names.contains("memory");
        if (startups) {
            measureStarts();
        }
        if (names.contains("startup")) {
            startupFigures();
        }
        if (names.contains("lesson-switch") || names.contains("memory")) {
            lessonSwitch(names.contains("lesson-switch"), names.contains("memory"));
        }
        if (names.contains("render")) {
            render();
        }
        if (names.contains("search")) {
            inTempDir("search", dir -> search(SearchBenchmark.run(dir, quiet())));
        }
        if (names.contains("progress")) {
            inTempDir("progress", dir -> progress(ProgressBenchmark.run(dir, quiet())));
        }
        if (names.contains("map")) {
            step("map layout");
            double ms = MapBenchmark.run(quiet()).get("map-layout-300-ms");
            figures.add(BenchFigure.of("map-layout-300-ms", "concept-map layout, 300 concepts", ms, "ms")
                    .withGoal(Goal.below(500)));
        }
        return new BenchReport(machine.finished(), startups ? runs : 0, figures, notes);
    }

    private void measureStarts() throws IOException, InterruptedException {
        List<String[]> kinds = new ArrayList<>();
        kinds.add(new String[] {"plain-empty", "plain", "--empty-window"});
        kinds.add(new String[] {"plain-app", "plain", null});
        if (packaged != null) {
            kinds.add(new String[] {"packaged-empty", "packaged", "--empty-window"});
            kinds.add(new String[] {"packaged-app", "packaged", null});
        }
        for (int i = 0; i <= runs; i++) {
            step(i == 0 ? "start-up: one warm-up run of each" : "start-up: run " + i + " of " + runs);
            for (String[] k : kinds) {
                Launch launch = k[1].equals("plain") ? BenchChildren.plain() : packaged;
                Map<String, Double> f = k[2] == null
                        ? children.run(launch, "bench", "startup")
                        : children.run(launch, "bench", "startup", k[2]);
                if (i > 0) {
                    Map<String, List<Double>> s = starts.computeIfAbsent(k[0], x -> new LinkedHashMap<>());
                    f.forEach((name, value) ->
                            s.computeIfAbsent(name, x -> new ArrayList<>()).add(value));
                }
            }
        }
    }

    private void startupFigures() {
        double empty = median("plain-empty", "first-paint-ms");
        figures.add(startFigure(
                "startup-empty-window-ms", "start to first paint, empty JavaFX window (" + PLAIN + ")", "plain-empty"));
        figures.add(startFigure("startup-plain-ms", "start to first lesson painted, " + PLAIN, "plain-app")
                .withReference(empty, "empty window")
                .withGoal(Goal.ratioAtMost(1.30)));
        if (packaged != null) {
            figures.add(startFigure(
                            "startup-packaged-ms",
                            "start to first lesson painted, packaged app (AppCDS)",
                            "packaged-app")
                    .withReference(empty, "empty window")
                    .withGoal(Goal.ratioAtMost(1.00)));
            figures.add(startFigure(
                    "startup-packaged-empty-window-ms",
                    "start to first paint, empty window (packaged runtime)",
                    "packaged-empty"));
            notes.add("packaged app: " + packaged.description());
        }
    }

    private BenchFigure startFigure(String name, String label, String kind) {
        return BenchFigure.of(name, label, median(kind, "first-paint-ms"), "ms")
                .withSamples(starts.get(kind).get("first-paint-ms"));
    }

    private void lessonSwitch(boolean report, boolean memory) throws IOException, InterruptedException {
        step("lesson switch (child process with the real window)");
        Map<String, Double> f = children.run(BenchChildren.plain(), "bench", "lesson-switch", "--child");
        Map<String, Double> p = null;
        if (packaged != null) {
            step("lesson switch in the packaged app");
            p = children.run(packaged, "bench", "lesson-switch", "--child");
        }
        if (report) {
            switchFigures("", "", f);
            if (p != null) {
                switchFigures("packaged-", ", packaged app", p);
            }
        }
        if (memory) {
            double empty = median("plain-empty", "peak-rss-kb") / 1024;
            figures.add(BenchFigure.of("memory-empty-window-mb", "peak memory (RSS), empty window", empty, "MB")
                    .withSamples(mb(starts.get("plain-empty").get("peak-rss-kb"))));
            figures.add(BenchFigure.of(
                            "memory-first-paint-mb",
                            "peak memory at first lesson painted, " + PLAIN,
                            median("plain-app", "peak-rss-kb") / 1024,
                            "MB")
                    .withReference(empty, "empty window")
                    .withGoal(Goal.ratioAtMost(1.5)));
            figures.add(BenchFigure.of(
                            "memory-peak-mb",
                            "peak memory after every lesson and a search, " + PLAIN,
                            f.get("peak-rss-kb") / 1024,
                            "MB")
                    .withReference(empty, "empty window")
                    .withGoal(Goal.ratioAtMost(1.5)));
            if (p != null) {
                double packagedEmpty = median("packaged-empty", "peak-rss-kb") / 1024;
                figures.add(BenchFigure.of(
                                "memory-packaged-first-paint-mb",
                                "peak memory at first lesson painted, packaged app",
                                median("packaged-app", "peak-rss-kb") / 1024,
                                "MB")
                        .withReference(packagedEmpty, "packaged empty window")
                        .withGoal(Goal.ratioAtMost(1.5)));
                figures.add(BenchFigure.of(
                                "memory-packaged-peak-mb",
                                "peak memory after every lesson and a search, packaged app",
                                p.get("peak-rss-kb") / 1024,
                                "MB")
                        .withReference(packagedEmpty, "packaged empty window")
                        .withGoal(Goal.ratioAtMost(1.5)));
            }
        }
    }

    private void switchFigures(String prefix, String where, Map<String, Double> f) {
        figures.add(BenchFigure.of(
                        prefix + "lesson-switch-median-ms",
                        "lesson switch" + where + ", median of "
                                + f.get("lesson-switch-count").intValue(),
                        f.get("lesson-switch-median-ms"),
                        "ms")
                .withGoal(Goal.atMost(16)));
        figures.add(BenchFigure.of(
                        prefix + "lesson-switch-p95-ms",
                        "lesson switch" + where + ", 95th percentile",
                        f.get("lesson-switch-p95-ms"),
                        "ms")
                .withGoal(Goal.atMost(16)));
        figures.add(BenchFigure.of(
                prefix + "lesson-switch-max-ms",
                "lesson switch" + where + ", slowest",
                f.get("lesson-switch-max-ms"),
                "ms"));
        figures.add(BenchFigure.of(
                prefix + "lesson-switch-first-visit-median-ms",
                "lesson switch" + where + ", first visit of each lesson (median)",
                f.get("lesson-switch-first-visit-median-ms"),
                "ms"));
        figures.add(BenchFigure.of(
                        prefix + "lesson-switch-cpu-median-ms",
                        "lesson switch" + where + ", FX-thread CPU time, median",
                        f.get("lesson-switch-cpu-median-ms"),
                        "ms")
                .withGoal(Goal.atMost(16)));
        figures.add(BenchFigure.of(
                        prefix + "lesson-switch-cpu-p95-ms",
                        "lesson switch" + where + ", FX-thread CPU time, 95th percentile",
                        f.get("lesson-switch-cpu-p95-ms"),
                        "ms")
                .withGoal(Goal.atMost(16)));
    }

    private void render() throws IOException, InterruptedException {
        step("rendering (child process)");
        Map<String, Double> f = children.run(BenchChildren.plain(), "bench", "render", "--child");
        figures.add(BenchFigure.of(
                "render-largest-ms",
                String.format(
                        java.util.Locale.ROOT,
                        "render + CSS + layout, largest bundled lesson (%.0f KB)",
                        f.get("render-largest-kb")),
                f.get("render-largest-ms"),
                "ms"));
        figures.add(BenchFigure.of(
                "render-1mb-ms", "render + CSS + layout, generated 1 MB lesson", f.get("render-1mb-ms"), "ms"));
        figures.add(BenchFigure.of(
                "render-nested-10-ms",
                "render + CSS + layout, list nested 10 deep",
                f.get("render-nested-10-ms"),
                "ms"));
        figures.add(BenchFigure.of(
                        "render-nested-20-ms",
                        "render + CSS + layout, list nested 20 deep",
                        f.get("render-nested-20-ms"),
                        "ms")
                .withGoal(Goal.atMost(100)));
    }

    private void search(Map<String, Double> f) {
        figures.add(BenchFigure.of(
                        "search-1000-median-ms",
                        "search 1,000 lessons, median per query",
                        f.get("search-1000-median-ms"),
                        "ms")
                .withGoal(Goal.atMost(20)));
        figures.add(BenchFigure.of(
                "search-1000-p95-ms", "search 1,000 lessons, 95th percentile", f.get("search-1000-p95-ms"), "ms"));
        figures.add(BenchFigure.of(
                "search-1000-index-build-ms",
                "search index build, 1,000 lessons",
                f.get("search-1000-index-build-ms"),
                "ms"));
    }

    private void progress(Map<String, Double> f) {
        double large = f.get("record-answer-100000-median-ms");
        double small = f.get("record-answer-1000-median-ms");
        figures.add(BenchFigure.of(
                        "record-answer-100000-median-ms",
                        "record an answer, 100,000 earlier attempts (median)",
                        large,
                        "ms")
                .withReference(small, "1,000 attempts")
                .withGoal(Goal.below(2)));
        figures.add(BenchFigure.of("record-answer-growth", "record an answer, 100,000 vs 1,000 attempts", large, "ms")
                .withReference(small, "1,000 attempts")
                .withGoal(Goal.ratioAtMost(1.5)));
        figures.add(
                BenchFigure.of("open-100000-ms", "open a profile of 100,000 attempts", f.get("open-100000-ms"), "ms"));
    }

    private double median(String kind, String figure) {
        List<Double> s = new ArrayList<>(starts.get(kind).getOrDefault(figure, List.of()));
        if (s.isEmpty()) {
            throw new IllegalStateException("the " + kind + " processes printed no " + figure);
        }
        s.sort(null);
        return s.get(s.size() / 2);
    }

    private static List<Double> mb(List<Double> kb) {
        return kb.stream().map(v -> v / 1024).toList();
    }

    private interface DirWork {
        void run(Path dir) throws IOException;
    }

    private void inTempDir(String what, DirWork work) throws IOException {
        step(what);
        Path dir = Files.createTempDirectory("gramsci-bench-" + what);
        try {
            work.run(dir);
        } finally {
            BenchChildren.deleteTree(dir);
        }
    }

    private void step(String what) {
        log.println("bench: " + what);
        log.flush();
    }

    /** The domain benchmarks print their own lines; the table says it all, so those go nowhere. */
    private static PrintStream quiet() {
        return new PrintStream(OutputStream.nullOutputStream());
    }
}
