package org.gramscilens.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Makes boxes keep {@code gap} apart. First rounds of pushing each overlapping pair apart along the
 * axis where they overlap least (authored boxes do not move), which keeps the picture's shape; then a
 * final pass that moves any free box still too close to the nearest free place on a spiral around it.
 * The final pass is what guarantees the result: it ends because far enough out there is always room.
 */
final class OverlapRemoval {
    private static final int PUSH_ROUNDS = 150;

    private final double[] w;
    private final double[] h;
    private final boolean[] fixed;
    private final double gap;

    OverlapRemoval(double[] w, double[] h, boolean[] fixed, double gap) {
        this.w = w;
        this.h = h;
        this.fixed = fixed;
        this.gap = gap;
    }

    void run(double[] x, double[] y) {
        for (int round = 0; round < PUSH_ROUNDS && push(x, y); round++) {
            // each round moves boxes; stop as soon as one finds nothing to move
        }
        settle(x, y);
    }

    /** One sweep over pairs in left-edge order; true if anything moved. */
    private boolean push(double[] x, double[] y) {
        int n = x.length;
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> x[i] - w[i] / 2));
        boolean moved = false;
        for (int p = 0; p < n; p++) {
            int i = order[p];
            for (int q = p + 1; q < n; q++) {
                int j = order[q];
                if (x[j] - w[j] / 2 >= x[i] + w[i] / 2 + gap) {
                    break;
                }
                if (fixed[i] && fixed[j]) {
                    continue;
                }
                double ox = (w[i] + w[j]) / 2 + gap - Math.abs(x[i] - x[j]);
                double oy = (h[i] + h[j]) / 2 + gap - Math.abs(y[i] - y[j]);
                if (ox <= 0 || oy <= 0) {
                    continue;
                }
                moved = true;
                double shareI = fixed[i] ? 0 : fixed[j] ? 1 : 0.5;
                double shareJ = 1 - shareI;
                if (ox < oy) {
                    double s = x[i] < x[j] ? -1 : x[i] > x[j] ? 1 : (i < j ? -1 : 1);
                    x[i] += s * (ox + 0.01) * shareI;
                    x[j] -= s * (ox + 0.01) * shareJ;
                } else {
                    double s = y[i] < y[j] ? -1 : y[i] > y[j] ? 1 : (i < j ? -1 : 1);
                    y[i] += s * (oy + 0.01) * shareI;
                    y[j] -= s * (oy + 0.01) * shareJ;
                }
            }
        }
        return moved;
    }

    /** Authored boxes first, then each free box where it is if there is room, else at the nearest room found. */
    private void settle(double[] x, double[] y) {
        int n = x.length;
        List<Integer> placed = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (fixed[i]) {
                placed.add(i);
            }
        }
        for (int i = 0; i < n; i++) {
            if (fixed[i]) {
                continue;
            }
            if (clash(i, x[i], y[i], x, y, placed)) {
                place(i, x, y, placed);
            }
            placed.add(i);
        }
    }

    private void place(int i, double[] x, double[] y, List<Integer> placed) {
        double step = (h[i] + gap) / 2;
        double stretch = Math.max(1, (w[i] + gap) / (h[i] + gap));
        double x0 = x[i];
        double y0 = y[i];
        for (int ring = 1; ; ring++) {
            double r = ring * step;
            int count = Math.max(8, (int) Math.ceil(2 * Math.PI * r / step));
            for (int k = 0; k < count; k++) {
                double a = 2 * Math.PI * k / count;
                double cx = x0 + Math.cos(a) * r * stretch;
                double cy = y0 + Math.sin(a) * r;
                if (!clash(i, cx, cy, x, y, placed)) {
                    x[i] = cx;
                    y[i] = cy;
                    return;
                }
            }
        }
    }

    private boolean clash(int i, double cx, double cy, double[] x, double[] y, List<Integer> placed) {
        for (int j : placed) {
            if (Math.abs(cx - x[j]) * 2 < w[i] + w[j] + 2 * gap && Math.abs(cy - y[j]) * 2 < h[i] + h[j] + 2 * gap) {
                return true;
            }
        }
        return false;
    }
}
