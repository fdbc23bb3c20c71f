package org.gramscilens.ui;

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

    /**
     * Milliseconds since the Java process started. The JVM's own start time is used: it is exact to the
     * millisecond, where the operating system's process start time ({@code ProcessHandle}) is derived from
     * a boot time kept in whole seconds and can be several hundred milliseconds off.
     */
    static long sinceStart() {
        return System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /**
     * Prints {@code first-paint-ms N} (since the process started) and {@code painted-at-epoch-ms T} (so a
     * parent that launched this process can measure from its own clock) once painted, then exits.
     */
    static void reportFirstPaint() {
        afterFirstPaint(() -> {
            System.out.println("first-paint-ms " + sinceStart());
            System.out.println("painted-at-epoch-ms " + System.currentTimeMillis());
            System.out.flush();
            Platform.exit();
            System.exit(0);
        });
    }
}
