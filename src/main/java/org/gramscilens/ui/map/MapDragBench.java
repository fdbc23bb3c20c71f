package org.gramscilens.ui.map;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.gramscilens.map.Concept;
import org.gramscilens.map.ConceptMap;
import org.gramscilens.map.Group;
import org.gramscilens.map.Proposition;

/**
 * Times dragging a concept on a synthetic map of 300 concepts and 600 links in a {@link MapCanvas}
 * shown in a 1200×760 window (light theme). The best-linked concept is moved once per pulse for 120
 * pulses (after 20 not counted); each step is timed from the move, made by an animation timer at the
 * start of the pulse, to the end of that pulse's CSS and layout passes (a post-layout listener): the work a drag
 * adds to the FX thread. Prints {@code map-drag-frame-median-ms} and {@code map-drag-frame-p95-ms}, and
 * {@code map-drag-pulse-interval-median-ms}: the time from one pulse to the next, which also waits for
 * the renderer to finish the previous frame (software rendering in the tests and on most CI machines).
 *
 * <p>The JavaFX toolkit must be running (the caller starts it). Callable from any thread; on the FX
 * thread it waits in a nested event loop.</p>
 */
public final class MapDragBench {
    static final int CONCEPTS = 300;
    static final int LINKS = 600;
    static final int FRAMES = 120;
    private static final int WARM_UP = 20;
    /** Smaller than Monocle's headless screen (1280×800): a window that does not fit stalls its painter. */
    static final int WIDTH = 1200;

    static final int HEIGHT = 760;

    private MapDragBench() {}

    /** Prints one {@code name value} line per figure and returns them, in milliseconds. */
    public static Map<String, Double> run(PrintStream out) {
        Map<String, Double> figures;
        try {
            figures = MapPng.onFx(MapDragBench::measure);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        figures.forEach((name, value) -> out.println(name + " " + String.format(Locale.ROOT, "%.2f", value)));
        out.flush();
        return figures;
    }

    private static Map<String, Double> measure() {
        ConceptMap map = synthetic(CONCEPTS, LINKS, 11);
        MapCanvas canvas = new MapCanvas(map);
        Scene scene = new Scene(canvas, WIDTH, HEIGHT);
        scene.getStylesheets().setAll(MapPng.lightTheme());
        Stage stage = new Stage();
        stage.setScene(scene);
        stage.setTitle("map-drag-bench");
        stage.setX(0);
        stage.setY(0);
        stage.show();
        canvas.applyCss();
        canvas.layout();
        canvas.fit();
        Dragger dragger = new Dragger(canvas, busiest(map));
        Runnable after = dragger::afterLayout;
        scene.addPostLayoutPulseListener(after);
        dragger.start();
        Platform.enterNestedEventLoop(dragger);
        dragger.stop();
        scene.removePostLayoutPulseListener(after);
        stage.hide();
        return dragger.figures();
    }

    /**
     * Moves the concept at the start of each pulse (an animation timer runs before the pulse's CSS and
     * layout, and keeps pulses coming) and times to the end of that pulse's layout.
     */
    private static final class Dragger extends AnimationTimer {
        private final MapCanvas canvas;
        private final String id;
        private final Point2D start;
        private final double[] frames = new double[FRAMES];
        private final double[] intervals = new double[FRAMES];
        private int step = -WARM_UP;
        private long moved;
        private long lastPulse;
        private boolean done;

        Dragger(MapCanvas canvas, String id) {
            this.canvas = canvas;
            this.id = id;
            this.start = canvas.positions().get(id);
        }

        @Override
        public void handle(long pulse) {
            if (done) {
                return;
            }
            long now = System.nanoTime();
            if (step > -WARM_UP && step <= FRAMES && step > 0) {
                intervals[step - 1] = (now - lastPulse) / 1e6;
            }
            lastPulse = now;
            int k = step + WARM_UP;
            moved = System.nanoTime();
            canvas.dragConceptTo(id, start.add(3 * k, 40 * Math.sin(k / 10.0)));
        }

        void afterLayout() {
            if (done) {
                return;
            }
            long end = System.nanoTime();
            if (step >= 0 && step < FRAMES) {
                frames[step] = (end - moved) / 1e6;
            }
            step++;
            if (step > FRAMES) {
                done = true;
                canvas.conceptDropped(id);
                Platform.runLater(() -> Platform.exitNestedEventLoop(this, null));
            }
        }

        Map<String, Double> figures() {
            double[] f = frames.clone();
            double[] gaps = intervals.clone();
            Arrays.sort(f);
            Arrays.sort(gaps);
            Map<String, Double> out = new LinkedHashMap<>();
            out.put("map-drag-frame-median-ms", f[FRAMES / 2]);
            out.put("map-drag-frame-p95-ms", f[(int) Math.ceil(FRAMES * 0.95) - 1]);
            out.put("map-drag-pulse-interval-median-ms", gaps[FRAMES / 2]);
            return out;
        }
    }

    private static String busiest(ConceptMap map) {
        Map<String, Integer> degree = new HashMap<>();
        for (Proposition p : map.propositions()) {
            degree.merge(p.from(), 1, Integer::sum);
            degree.merge(p.to(), 1, Integer::sum);
        }
        return degree.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
    }

    /** A seeded random map in four coloured groups: labels of one to five words, distinct links. */
    static ConceptMap synthetic(int concepts, int links, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] words = {
            "hegemony",
            "cadre",
            "consent",
            "network",
            "NHS",
            "managers",
            "metrics",
            "voice",
            "compromise",
            "professional",
            "leadership",
            "subaltern",
            "common",
            "sense",
            "change",
            "of",
            "the"
        };
        String[] phrases = {"links to", "is a form of", "works through", "contrasts with", "wins", "shapes"};
        List<Group> groups = List.of(
                new Group("a", "A", "#b03a2e"),
                new Group("b", "B", "#005eb8"),
                new Group("c", "C", "#2e7d32"),
                new Group("d", "D", "#8a5a00"));
        List<Concept> cs = new ArrayList<>();
        for (int i = 0; i < concepts; i++) {
            StringBuilder label = new StringBuilder();
            int count = 1 + random.nextInt(5);
            for (int k = 0; k < count; k++) {
                label.append(k == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
            }
            cs.add(new Concept(
                    "c" + i,
                    label.toString(),
                    "Definition " + i,
                    groups.get(i % 4).id(),
                    null,
                    null,
                    null,
                    null,
                    0));
        }
        List<Proposition> ps = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        int max = concepts * (concepts - 1) / 2;
        while (ps.size() < Math.min(links, max)) {
            int a = random.nextInt(concepts);
            int b = random.nextInt(concepts);
            if (a != b && seen.add((long) Math.min(a, b) * concepts + Math.max(a, b))) {
                ps.add(new Proposition("p" + ps.size(), "c" + a, phrases[random.nextInt(phrases.length)], "c" + b));
            }
        }
        return new ConceptMap(null, groups, cs, ps, List.of(), List.of(), List.of(), Map.of());
    }
}
