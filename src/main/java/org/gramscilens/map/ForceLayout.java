package org.gramscilens.map;

import java.util.SplittableRandom;

/**
 * Fruchterman–Reingold with a fixed number of rounds, linear cooling, repulsion only within a reach, and
 * a weak pull to the centre (so concepts without links stay near the rest). Boxes are points here; {@link OverlapRemoval} deals with
 * their size afterwards. Works in a space where x is divided by {@code sx}, so wide labels get more
 * room side by side than one above the other.
 */
final class ForceLayout {
    /** Ideal link length, as a multiple of the room an average box needs (tuned by eye on the course's map). */
    private static final double K_FACTOR = 1.3;
    /**
     * Concepts further apart than this many ideal lengths do not repel (as in Fruchterman and Reingold's
     * grid variant): otherwise the whole map pushes an unlinked concept far out, beyond what the pull to
     * the centre can hold.
     */
    private static final double REACH = 4;
    /** Pull to the centre, divided by the square root of the number of concepts. */
    private static final double GRAVITY = 1.5;

    private final double[] w;
    private final double[] h;
    private final boolean[] fixed;
    private final int[][] edges;
    private final double gap;
    private final SplittableRandom random;

    ForceLayout(double[] w, double[] h, boolean[] fixed, int[][] edges, double gap, SplittableRandom random) {
        this.w = w;
        this.h = h;
        this.fixed = fixed;
        this.edges = edges;
        this.gap = gap;
        this.random = random;
    }

    /** Moves the free entries of {@code x} and {@code y}; the fixed ones are read as they are. */
    void run(double[] x, double[] y, int rounds) {
        int n = x.length;
        double avgW = 0;
        double avgH = 0;
        for (int i = 0; i < n; i++) {
            avgW += w[i] / n;
            avgH += h[i] / n;
        }
        double sx = Math.sqrt((avgW + gap) / (avgH + gap));
        double k = Math.sqrt((avgW / sx + gap) * (avgH + gap)) * K_FACTOR;
        double side = k * Math.sqrt(n);
        double[] u = new double[n];
        double[] v = new double[n];
        double cx = 0;
        double cy = 0;
        int fixedCount = 0;
        for (int i = 0; i < n; i++) {
            if (fixed[i]) {
                u[i] = x[i] / sx;
                v[i] = y[i];
                cx += u[i];
                cy += v[i];
                fixedCount++;
            }
        }
        if (fixedCount > 0) {
            cx /= fixedCount;
            cy /= fixedCount;
        }
        start(u, v, cx, cy, side, k);
        if (fixedCount < n) {
            iterate(u, v, cx, cy, k, side, rounds);
        }
        for (int i = 0; i < n; i++) {
            if (!fixed[i]) {
                x[i] = u[i] * sx;
                y[i] = v[i];
            }
        }
    }

    /** Seeded starting points; a free concept linked to authored ones starts among them. */
    private void start(double[] u, double[] v, double cx, double cy, double side, double k) {
        int n = u.length;
        double[] sumU = new double[n];
        double[] sumV = new double[n];
        int[] count = new int[n];
        for (int[] e : edges) {
            for (int end = 0; end < 2; end++) {
                int a = e[end];
                int b = e[1 - end];
                if (!fixed[a] && fixed[b]) {
                    sumU[a] += u[b];
                    sumV[a] += v[b];
                    count[a]++;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            double ru = random.nextDouble() - 0.5;
            double rv = random.nextDouble() - 0.5;
            if (fixed[i]) {
                continue;
            }
            if (count[i] > 0) {
                u[i] = sumU[i] / count[i] + ru * k;
                v[i] = sumV[i] / count[i] + rv * k;
            } else {
                u[i] = cx + ru * side;
                v[i] = cy + rv * side;
            }
        }
    }

    private void iterate(double[] u, double[] v, double cx, double cy, double k, double side, int rounds) {
        int n = u.length;
        double k2 = k * k;
        double reach2 = REACH * REACH * k2;
        double gravity = GRAVITY / Math.sqrt(n);
        double hot = side / 8;
        double[] du = new double[n];
        double[] dv = new double[n];
        for (int round = 0; round < rounds; round++) {
            java.util.Arrays.fill(du, 0);
            java.util.Arrays.fill(dv, 0);
            for (int i = 0; i < n; i++) {
                double ui = u[i];
                double vi = v[i];
                for (int j = i + 1; j < n; j++) {
                    double ddu = ui - u[j];
                    double ddv = vi - v[j];
                    double d2 = ddu * ddu + ddv * ddv;
                    if (d2 < 1e-6) {
                        // Two points on one spot: part them in a direction fixed by their indices.
                        ddu = 0.01 * (1 + (i % 7));
                        ddv = 0.01 * (1 + (j % 5));
                        d2 = ddu * ddu + ddv * ddv;
                    }
                    if (d2 > reach2) {
                        continue;
                    }
                    double f = k2 / d2;
                    du[i] += ddu * f;
                    dv[i] += ddv * f;
                    du[j] -= ddu * f;
                    dv[j] -= ddv * f;
                }
            }
            for (int[] e : edges) {
                int a = e[0];
                int b = e[1];
                double ddu = u[a] - u[b];
                double ddv = v[a] - v[b];
                double f = Math.sqrt(ddu * ddu + ddv * ddv) / k;
                du[a] -= ddu * f;
                dv[a] -= ddv * f;
                du[b] += ddu * f;
                dv[b] += ddv * f;
            }
            double t = hot * (1 - (double) round / rounds) + 0.5;
            for (int i = 0; i < n; i++) {
                if (fixed[i]) {
                    continue;
                }
                du[i] -= (u[i] - cx) * gravity;
                dv[i] -= (v[i] - cy) * gravity;
                double d = Math.sqrt(du[i] * du[i] + dv[i] * dv[i]);
                if (d > 0) {
                    double step = Math.min(d, t) / d;
                    u[i] += du[i] * step;
                    v[i] += dv[i] * step;
                }
            }
        }
    }
}
