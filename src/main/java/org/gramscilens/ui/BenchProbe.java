package org.gramscilens.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Runs work once the window's first frame has been painted. A pulse lays out and renders the scene, and
 * the next pulse starts only once that frame is rendered, so the second animation tick after showing
 * the window marks a painted first frame. Used to measure start-up and to defer work that can wait.
 */
final class BenchProbe {
    private BenchProbe() {}

    static void afterFirstPaint(Runnable action) {
        new AnimationTimer() {
            private int ticks;

            @Override
            public void handle(long now) {
                if (++ticks < 2) {
                    return;
                }
                stop();
                action.run();
            }
        }.start();
    }

    /**
     * Prints {@code first-paint-ms N} (from process start), {@code first-paint-epoch-ms} (the wall clock
     * then, so that a parent process can time from the moment it started this one) and the peak memory so
     * far once painted, then exits.
     */
    static void reportFirstPaint() {
        afterFirstPaint(() -> {
            long now = System.currentTimeMillis();
            System.out.println("first-paint-ms " + millisSinceProcessStart(now));
            System.out.println("first-paint-epoch-ms " + now);
            printPeakMemory();
            System.out.flush();
            Platform.exit();
            System.exit(0);
        });
    }

    /**
     * Milliseconds since this process started. On Linux from /proc (process start in clock ticks since boot
     * against the uptime, both to 10 ms): {@code ProcessHandle}'s start instant adds the boot time, which
     * /proc/stat gives in whole seconds, so it is early by a fixed fraction of a second that differs from
     * boot to boot (0.28 s on the machine of docs/performance.md).
     */
    /** Milliseconds since this process started (for -Dgramsci.trace=true). */
    static long sinceStart() {
        return millisSinceProcessStart(System.currentTimeMillis());
    }

    static long millisSinceProcessStart(long nowMillis) {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // Fields after the command name, which is in parentheses and may hold spaces: state is field 3,
            // start time field 22, in clock ticks (100 a second on Linux).
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(fields[22 - 3]);
            double uptimeSeconds =
                    Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            return Math.round(uptimeSeconds * 1000 - startTicks * 10.0);
        } catch (IOException | RuntimeException e) {
            Instant start = ProcessHandle.current().info().startInstant().orElse(Instant.ofEpochMilli(nowMillis));
            return Duration.between(start, Instant.ofEpochMilli(nowMillis)).toMillis();
        }
    }

    /**
     * Prints {@code peak-rss-kb N}: the process's resident memory high-water mark (VmHWM in
     * /proc/self/status), the figure {@code bench memory} compares. Prints nothing where there is no /proc.
     */
    static void printPeakMemory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    System.out.println("peak-rss-kb " + line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // Not Linux: the figure is simply missing.
        }
    }
}
