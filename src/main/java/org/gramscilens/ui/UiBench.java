package org.gramscilens.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.gramscilens.course.Course;
import org.gramscilens.course.CourseLoader;
import org.gramscilens.course.Lesson;
import org.gramscilens.course.SyntheticCourse;
import org.gramscilens.markdown.CourseRenderContext;
import org.gramscilens.markdown.LessonRenderer;
import org.gramscilens.markdown.LinkHandler;
import org.gramscilens.markdown.RenderedLesson;
import org.gramscilens.markdown.syntax.MarkdownParser;
import org.gramscilens.settings.SettingsStore;

/**
 * The parts of {@code gramsci-lens bench} that need the toolkit, each run in a child process that the
 * command line starts: it prints {@code name value} lines and exits.
 * <ul>
 * <li>{@code lesson-switch}: opens the real window on the course, lets the lesson pages be prebuilt as at
 * any start, then goes round the lessons eight times (Ctrl+PageDown's command, one switch per frame) and
 * times each switch from the command to the new page styled and laid out on the FX thread, in wall time
 * and in the FX thread's CPU time; the first round is also reported alone (first visits). Then it opens
 * a search page and prints the process's peak memory.</li>
 * <li>{@code render}: renders the course's largest lesson and a generated 1 MB lesson with
 * {@link LessonRenderer}, styles and lays them out in a scene 900 px wide, and times the whole.</li>
 * </ul>
 */
final class UiBench {
    private static final int SWITCH_ROUNDS = 8;
    private static final double WIDTH = 900;
    /** FX-thread CPU time beside wall time: on a busy machine the thread waits for a core, and only wall time shows it. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private UiBench() {}

    static void start(Path content, Path dataDir, String what) {
        Runnable work = switch (what) {
            case "lesson-switch" -> () -> lessonSwitch(content, dataDir);
            case "render" -> () -> render(content);
            default ->
                throw new IllegalArgumentException("unknown UI benchmark '" + what + "' (lesson-switch, render)");
        };
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> fail(e));
        Platform.startup(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                fail(e);
            }
        });
    }

    private static void lessonSwitch(Path content, Path dataDir) {
        Course course = load(content);
        SettingsStore store = new SettingsStore(dataDir);
        Stage stage = new Stage();
        var profiles = new org.gramscilens.progress.Profiles(dataDir);
        var learner = profiles.list().stream().findFirst().orElseGet(() -> profiles.create("Benchmark"));
        MainWindow window = new MainWindow(
                stage,
                store,
                store.load(),
                new LessonRenderer(new MarkdownParser()),
                profiles,
                profiles.choose(learner.id()));
        window.openCourse(course);
        stage.show();
        List<Lesson> lessons = course.lessons().filter(l -> !l.broken()).toList();
        // The shell prebuilds one lesson page per frame after the first paint; wait for all of them.
        afterFrames(lessons.size() + 60, () -> {
            ShellModel model = window.model();
            Parent root = stage.getScene().getRoot();
            List<Double> times = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            switchNext(model, root, lessons, times, cpu, SWITCH_ROUNDS * lessons.size(), () -> {
                model.navigate(Location.search("hegemony"));
                afterFrames(3, () -> {
                    List<Double> first = new ArrayList<>(times.subList(0, lessons.size()));
                    first.sort(null);
                    times.sort(null);
                    cpu.sort(null);
                    print("lesson-switch-median-ms", percentile(times, 50));
                    print("lesson-switch-p95-ms", percentile(times, 95));
                    print("lesson-switch-max-ms", times.get(times.size() - 1));
                    print("lesson-switch-first-visit-median-ms", percentile(first, 50));
                    print("lesson-switch-cpu-median-ms", percentile(cpu, 50));
                    print("lesson-switch-cpu-p95-ms", percentile(cpu, 95));
                    print("lesson-switch-count", times.size());
                    print("lessons", lessons.size());
                    finish();
                });
            });
        });
    }

    /** One switch per frame, so each starts from a painted, idle window as a learner's key press would. */
    private static void switchNext(
            ShellModel model,
            Parent root,
            List<Lesson> lessons,
            List<Double> times,
            List<Double> cpu,
            int left,
            Runnable done) {
        if (left == 0) {
            done.run();
            return;
        }
        boolean atLast = model.neighbour(1).isEmpty();
        long c0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        if (atLast) {
            model.navigate(Location.lesson(lessons.get(0).id()));
        } else {
            model.nextLesson();
        }
        root.applyCss();
        root.layout();
        times.add((System.nanoTime() - t0) / 1e6);
        cpu.add((THREADS.getCurrentThreadCpuTime() - c0) / 1e6);
        afterFrames(2, () -> switchNext(model, root, lessons, times, cpu, left - 1, done));
    }

    private static void render(Path content) {
        Course course = load(content);
        LessonRenderer renderer = new LessonRenderer(new MarkdownParser());
        Lesson largest = course.lessons()
                .filter(l -> !l.broken())
                .max(Comparator.comparingInt(l -> l.body().length()))
                .orElseThrow(() -> new IllegalStateException("the course has no lesson to render"));
        CourseRenderContext ctx = new CourseRenderContext(course, largest, LinkHandler.NONE, false);
        StackPane holder = new StackPane();
        holder.getStyleClass().add("reader-column");
        Scene scene = new Scene(holder, WIDTH, 800);
        scene.getStylesheets().setAll(css("/org/gramscilens/ui/theme-light.css"), css("/org/gramscilens/ui/app.css"));
        List<String> terms = course.glossary().values().stream()
                .map(t -> t.term().toLowerCase(Locale.ROOT))
                .toList();
        List<String> keys = List.copyOf(course.references().keySet());
        String big = SyntheticCourse.lessonMarkdown(1, 1_000_000, terms, keys);

        double largestMs = time(10, 5, () -> show(holder, renderer.render(largest.body(), ctx)));
        print("render-largest-ms", largestMs);
        print("render-largest-kb", largest.body().length() / 1000.0);
        print("render-1mb-ms", time(3, 1, () -> show(holder, renderer.render(big, ctx))));
        print("render-1mb-kb", big.length() / 1000.0);
        for (int depth : new int[] {10, 20}) {
            String nested = nestedList(depth);
            print("render-nested-" + depth + "-ms", time(5, 2, () -> show(holder, renderer.render(nested, ctx))));
        }
        finish();
    }

    /** A list nested {@code depth} deep, one item a level, each a sentence long. */
    static String nestedList(int depth) {
        StringBuilder md = new StringBuilder();
        for (int level = 0; level < depth; level++) {
            md.append("  ".repeat(level))
                    .append("- Level ")
                    .append(level + 1)
                    .append(": the organic intellectuals of a class give it awareness of its own function.\n");
        }
        return md.toString();
    }

    private static void show(StackPane holder, RenderedLesson lesson) {
        holder.getChildren().setAll(lesson.root());
        holder.applyCss();
        holder.layout();
    }

    /** The median of {@code runs} timed runs after {@code warmups} untimed ones, in milliseconds. */
    private static double time(int runs, int warmups, Runnable work) {
        for (int i = 0; i < warmups; i++) {
            work.run();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            work.run();
            times.add((System.nanoTime() - t0) / 1e6);
        }
        times.sort(null);
        return percentile(times, 50);
    }

    private static Course load(Path content) {
        try {
            return new CourseLoader().load(content);
        } catch (org.gramscilens.course.CourseNotFoundException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static void afterFrames(int frames, Runnable action) {
        new AnimationTimer() {
            private int ticks;

            @Override
            public void handle(long now) {
                if (++ticks >= frames) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }

    static double percentile(List<Double> sorted, int p) {
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)));
    }

    private static String css(String resource) {
        return UiBench.class.getResource(resource).toExternalForm();
    }

    private static void print(String name, double value) {
        System.out.println(name + " " + String.format(Locale.ROOT, "%.3f", value));
    }

    /** Prints the process's peak resident memory (Linux) and exits. */
    private static void finish() {
        BenchProbe.printPeakMemory();
        System.out.flush();
        Platform.exit();
        System.exit(0);
    }

    private static void fail(Throwable e) {
        System.out.println("error " + e);
        System.out.flush();
        System.exit(1);
    }
}
