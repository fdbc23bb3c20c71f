package org.gramscilens.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Places concept boxes so that linked concepts sit near each other and no two boxes overlap.
 *
 * <p>Concepts with authored positions stay exactly where they were put. The others are placed by
 * Fruchterman–Reingold (all pairs repel, links pull) from seeded starting points, for a fixed number of
 * rounds with a cooling step, then boxes still overlapping are pushed apart, and any box that still
 * touches another is moved to the nearest free place on a spiral around it. The same input therefore
 * always gives the same picture, and the last step guarantees no overlap (except between two authored
 * boxes, which are never moved). The forces work in a space squeezed horizontally by the boxes' aspect
 * ratio, because concept labels are wide and short.</p>
 */
public final class MapLayout {
    /** Any fixed number does; this is Gramsci's year of birth. */
    public static final long DEFAULT_SEED = 1891;

    public static final int DEFAULT_ROUNDS = 300;
    /** The least space between two placed boxes. */
    public static final double DEFAULT_GAP = 24;

    private static final double CHAR_WIDTH = 7.2;
    private static final double LINE_HEIGHT = 17;
    private static final int WRAP_CHARS = LabelWrap.CHARS;

    private final long seed;
    private final int rounds;
    private final double gap;

    public MapLayout() {
        this(DEFAULT_SEED, DEFAULT_ROUNDS, DEFAULT_GAP);
    }

    public MapLayout(long seed, int rounds, double gap) {
        this.seed = seed;
        this.rounds = rounds;
        this.gap = gap;
    }

    /** Lays out the whole map with sizes estimated from the labels. */
    public Layout layout(ConceptMap map) {
        return layout(map, MapLayout::estimateSize);
    }

    /** @param size width and height of a concept's box, e.g. measured by the view; null or non-positive: estimated */
    public Layout layout(ConceptMap map, Function<Concept, double[]> size) {
        return layout(map.concepts(), map.propositions(), size);
    }

    public Layout layout(List<Concept> concepts, List<Proposition> propositions, Function<Concept, double[]> size) {
        int n = concepts.size();
        Map<String, Integer> index = new HashMap<>();
        double[] w = new double[n];
        double[] h = new double[n];
        double[] x = new double[n];
        double[] y = new double[n];
        boolean[] fixed = new boolean[n];
        for (int i = 0; i < n; i++) {
            Concept c = concepts.get(i);
            index.putIfAbsent(c.id(), i);
            double[] s = size.apply(c);
            if (s == null || s.length < 2 || !(s[0] > 0) || !(s[1] > 0)) {
                s = estimateSize(c);
            }
            w[i] = s[0];
            h[i] = s[1];
            if (c.hasPosition()) {
                fixed[i] = true;
                x[i] = c.x();
                y[i] = c.y();
            }
        }
        int[][] edges = edges(propositions, index);
        if (n > 0) {
            new ForceLayout(w, h, fixed, edges, gap, new SplittableRandom(seed)).run(x, y, rounds);
            new OverlapRemoval(w, h, fixed, gap).run(x, y);
        }
        Map<String, Box> boxes = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            boxes.putIfAbsent(concepts.get(i).id(), new Box(x[i], y[i], w[i], h[i]));
        }
        return new Layout(boxes, phrases(propositions, boxes));
    }

    /** Distinct undirected links between two different known concepts. */
    private static int[][] edges(List<Proposition> propositions, Map<String, Integer> index) {
        Set<Long> seen = new LinkedHashSet<>();
        List<int[]> out = new ArrayList<>();
        for (Proposition p : propositions) {
            Integer a = index.get(p.from());
            Integer b = index.get(p.to());
            if (a == null || b == null || a.equals(b)) {
                continue;
            }
            long key = (long) Math.min(a, b) << 32 | Math.max(a, b);
            if (seen.add(key)) {
                out.add(new int[] {a, b});
            }
        }
        return out.toArray(new int[0][]);
    }

    /**
     * A linking phrase sits half-way along its link; several links between the same two concepts are
     * spread across the line between them so their phrases do not sit on one another.
     */
    private static Map<String, Box> phrases(List<Proposition> propositions, Map<String, Box> boxes) {
        Map<String, List<Proposition>> byPair = new LinkedHashMap<>();
        for (Proposition p : propositions) {
            if (boxes.containsKey(p.from())
                    && boxes.containsKey(p.to())
                    && !p.from().equals(p.to())) {
                String key = p.from().compareTo(p.to()) < 0 ? p.from() + "\n" + p.to() : p.to() + "\n" + p.from();
                byPair.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
            }
        }
        Map<String, Box> out = new LinkedHashMap<>();
        for (List<Proposition> group : byPair.values()) {
            Proposition first = group.get(0);
            // The normal follows the pair, not the link's direction, so opposite links part too.
            boolean forward = first.from().compareTo(first.to()) < 0;
            Box a = boxes.get(forward ? first.from() : first.to());
            Box b = boxes.get(forward ? first.to() : first.from());
            double dx = b.x() - a.x();
            double dy = b.y() - a.y();
            double len = Math.hypot(dx, dy);
            double nx = len == 0 ? 0 : -dy / len;
            double ny = len == 0 ? 1 : dx / len;
            double maxW = 0;
            double maxH = 0;
            for (Proposition p : group) {
                double[] size = estimatePhraseSize(p.phrase());
                maxW = Math.max(maxW, size[0]);
                maxH = Math.max(maxH, size[1]);
            }
            // Far enough along the normal that neighbouring phrase boxes clear each other on one axis.
            double step = Math.min(
                            Math.abs(nx) < 1e-9 ? Double.MAX_VALUE : maxW / Math.abs(nx),
                            Math.abs(ny) < 1e-9 ? Double.MAX_VALUE : maxH / Math.abs(ny))
                    + 4;
            for (int k = 0; k < group.size(); k++) {
                Proposition p = group.get(k);
                double[] size = estimatePhraseSize(p.phrase());
                double shift = (k - (group.size() - 1) / 2.0) * step;
                out.put(
                        p.id(),
                        new Box((a.x() + b.x()) / 2 + nx * shift, (a.y() + b.y()) / 2 + ny * shift, size[0], size[1]));
            }
        }
        return out;
    }

    /** A concept box big enough for its label wrapped at about 22 characters a line. */
    public static double[] estimateSize(Concept c) {
        return textSize(c.label() == null ? c.id() : c.label(), WRAP_CHARS, 12, 8);
    }

    public static double[] estimatePhraseSize(String phrase) {
        return textSize(phrase == null ? "" : phrase, WRAP_CHARS, 4, 2);
    }

    private static double[] textSize(String text, int wrap, double padX, double padY) {
        List<String> lines = LabelWrap.lines(text, wrap);
        int longest = Math.max(1, lines.stream().mapToInt(String::length).max().orElse(1));
        return new double[] {
            Math.ceil(longest * CHAR_WIDTH + 2 * padX), Math.ceil(lines.size() * LINE_HEIGHT + 2 * padY)
        };
    }

    /** A linking phrase's box with its phrase on one line, as the map draws it (phrases never wrap on screen). */
    public static double[] oneLinePhraseSize(String phrase) {
        return textSize(phrase == null ? "" : phrase, Integer.MAX_VALUE, 4, 2);
    }
}
