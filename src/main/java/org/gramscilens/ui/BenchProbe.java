package org.gramscilens.ui;

import java.time.Duration;
import java.time.Instant;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Measures process start to first painted frame. A pulse lays out and renders the scene, and the next
 * pulse starts only once that frame is rendered, so the second animation tick after showing the window
 * marks a painted first frame.
 */
final class BenchProbe {
    private BenchProbe() {
    }

    static void reportFirstPaint(Scene scene) {
        new AnimationTimer() {
            private int ticks;

            @Override
            public void handle(long now) {
                if (++ticks < 2) {
                    return;
                }
                stop();
                Instant start = ProcessHandle.current().info().startInstant().orElse(Instant.now());
                long ms = Duration.between(start, Instant.now()).toMillis();
                System.out.println("first-paint-ms " + ms);
                System.out.flush();
                Platform.exit();
                System.exit(0);
            }
        }.start();
    }
}
