package org.gramscilens.ui;

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

    /** Prints {@code first-paint-ms N} (from process start) once painted, then exits. */
    static void reportFirstPaint() {
        afterFirstPaint(() -> {
            Instant start = ProcessHandle.current().info().startInstant().orElse(Instant.now());
            System.out.println("first-paint-ms " + Duration.between(start, Instant.now()).toMillis());
            System.out.flush();
            Platform.exit();
            System.exit(0);
        });
    }
}
