package org.gramscilens.ui.map;

import org.gramscilens.map.Box;

/**
 * Where a link is drawn between two concept boxes: from the edge of the first box to the edge of the
 * second, both ends shifted sideways by {@code offset} when several links join the same two concepts.
 * Pure arithmetic, so it is tested without a toolkit.
 *
 * @param x1 start on the edge of the source box
 * @param x2 end (the arrow's tip) on the edge of the target box
 * @param visible false when the boxes overlap so much there is no line to draw
 */
record LinkGeometry(double x1, double y1, double x2, double y2, boolean visible) {
    /** Arrowhead length and half-width, in map pixels. */
    static final double HEAD_LENGTH = 11;

    static final double HEAD_HALF_WIDTH = 5;
    /** Space left between the arrow's tip and the box it points at. */
    private static final double TIP_GAP = 2;

    static LinkGeometry between(Box from, Box to, double offset) {
        double dx = to.x() - from.x();
        double dy = to.y() - from.y();
        double len = Math.hypot(dx, dy);
        if (len < 1e-6) {
            return new LinkGeometry(from.x(), from.y(), to.x(), to.y(), false);
        }
        double nx = -dy / len;
        double ny = dx / len;
        double ax = from.x() + nx * offset;
        double ay = from.y() + ny * offset;
        double bx = to.x() + nx * offset;
        double by = to.y() + ny * offset;
        double tStart = exitT(ax, ay, bx - ax, by - ay, from);
        double tEnd = 1 - exitT(bx, by, ax - bx, ay - by, to);
        double gap = TIP_GAP / len;
        tEnd -= gap;
        if (tEnd - tStart < 1e-3) {
            return new LinkGeometry(ax, ay, bx, by, false);
        }
        return new LinkGeometry(
                ax + (bx - ax) * tStart, ay + (by - ay) * tStart, ax + (bx - ax) * tEnd, ay + (by - ay) * tEnd, true);
    }

    /** The fraction t of (dx, dy) from (px, py) at which the ray leaves {@code box}; 0 if it starts outside. */
    static double exitT(double px, double py, double dx, double dy, Box box) {
        double halfW = box.width() / 2;
        double halfH = box.height() / 2;
        double rx = px - box.x();
        double ry = py - box.y();
        if (Math.abs(rx) > halfW || Math.abs(ry) > halfH) {
            return 0;
        }
        double t = Double.MAX_VALUE;
        if (dx > 0) {
            t = Math.min(t, (halfW - rx) / dx);
        } else if (dx < 0) {
            t = Math.min(t, (-halfW - rx) / dx);
        }
        if (dy > 0) {
            t = Math.min(t, (halfH - ry) / dy);
        } else if (dy < 0) {
            t = Math.min(t, (-halfH - ry) / dy);
        }
        return t == Double.MAX_VALUE ? 0 : t;
    }

    double midX() {
        return (x1 + x2) / 2;
    }

    double midY() {
        return (y1 + y2) / 2;
    }

    double length() {
        return Math.hypot(x2 - x1, y2 - y1);
    }

    /** The three corners of the arrowhead: tip, then the two back corners. */
    double[] head() {
        double len = Math.max(length(), 1e-6);
        double ux = (x2 - x1) / len;
        double uy = (y2 - y1) / len;
        double backX = x2 - ux * HEAD_LENGTH;
        double backY = y2 - uy * HEAD_LENGTH;
        return new double[] {
            x2,
            y2,
            backX - uy * HEAD_HALF_WIDTH,
            backY + ux * HEAD_HALF_WIDTH,
            backX + uy * HEAD_HALF_WIDTH,
            backY - ux * HEAD_HALF_WIDTH
        };
    }

    /** Where the line stops so that its square end does not poke through the arrowhead's tip. */
    double[] lineEnd() {
        double len = Math.max(length(), 1e-6);
        double back = Math.min(HEAD_LENGTH * 0.8, len);
        return new double[] {x2 - (x2 - x1) / len * back, y2 - (y2 - y1) / len * back};
    }
}
