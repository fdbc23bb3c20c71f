package org.gramscilens.map;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Times {@link MapLayout} on a synthetic map of 300 concepts and 600 links (the goal is under 500 ms)
 * and prints {@code map-layout-300-ms N}, the median of five runs after one warm-up run.
 */
public final class MapBenchmark {
    static final int CONCEPTS = 300;
    static final int LINKS = 600;
    private static final int RUNS = 5;

    private MapBenchmark() {}

    /** Prints one {@code name value} line per figure and returns the same figures, times in milliseconds. */
    public static Map<String, Double> run(PrintStream out) {
        return run(out, CONCEPTS, LINKS, RUNS);
    }

    static Map<String, Double> run(PrintStream out, int concepts, int links, int runs) {
        ConceptMap map = synthetic(concepts, links, 7);
        MapLayout layout = new MapLayout();
        layout.layout(map);
        double[] times = new double[runs];
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            Layout result = layout.layout(map);
            times[r] = (System.nanoTime() - t0) / 1e6;
            if (result.concepts().size() != concepts) {
                throw new IllegalStateException("the layout lost concepts");
            }
        }
        Arrays.sort(times);
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("map-layout-" + concepts + "-ms", times[runs / 2]);
        figures.forEach((name, value) -> out.println(name + " " + String.format(Locale.ROOT, "%.2f", value)));
        return figures;
    }

    /** A seeded random map: labels of one to five words, distinct links between distinct concepts. */
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
        List<Concept> cs = new ArrayList<>();
        for (int i = 0; i < concepts; i++) {
            StringBuilder label = new StringBuilder();
            int count = 1 + random.nextInt(5);
            for (int k = 0; k < count; k++) {
                label.append(k == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
            }
            cs.add(new Concept("c" + i, label.toString()));
        }
        List<Proposition> ps = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        int max = concepts * (concepts - 1) / 2;
        while (ps.size() < Math.min(links, max)) {
            int a = random.nextInt(concepts);
            int b = random.nextInt(concepts);
            if (a != b && seen.add((long) Math.min(a, b) * concepts + Math.max(a, b))) {
                ps.add(new Proposition("p" + ps.size(), "c" + a, "links to", "c" + b));
            }
        }
        return new ConceptMap(cs, ps);
    }
}
