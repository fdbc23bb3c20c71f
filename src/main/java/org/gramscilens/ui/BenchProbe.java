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
    private BenchProbe() {
    }

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

    /** Prints {@code first-paint-ms N} (from process start) and the peak memory so far once painted, then exits. */
    static void reportFirstPaint() {
        afterFirstPaint(() -> {
            Instant start = ProcessHandle.current().info().startInstant().orElse(Instant.now());
            System.out.println("first-paint-ms " + Duration.between(start, Instant.now()).toMillis());
            printPeakMemory();
            System.out.flush();
            Platform.exit();
            System.exit(0);
        });
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
