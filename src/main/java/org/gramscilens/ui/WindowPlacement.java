package org.gramscilens.ui;

import java.util.List;

/**
 * Where the main window opens: the remembered size and position, made to fit a screen. A first start on a
 * 1024×640 screen must not open a 1200×800 window with its menu off the top; a position remembered on a
 * monitor that is no longer attached must not open the window out of sight. Pure arithmetic, so it is
 * tested without a display.
 */
final class WindowPlacement {
    /** How much of the window's top must lie on a screen for the remembered position to be kept. */
    static final double VISIBLE_GRIP = 100;

    /** A rectangle in screen coordinates (a screen's visual bounds, or the window). */
    record Box(double x, double y, double width, double height) {
        double maxX() {
            return x + width;
        }

        double maxY() {
            return y + height;
        }

        /** Area of the window's top strip (its title bar, roughly) that lies on {@code screen}. */
        double gripOn(Box screen) {
            double w = Math.min(maxX(), screen.maxX()) - Math.max(x, screen.x());
            boolean topOnScreen = y >= screen.y() - 1 && y < screen.maxY() - 20;
            return topOnScreen ? Math.max(w, 0) : 0;
        }
    }

    private WindowPlacement() {}

    /**
     * @param width the remembered (or default) width
     * @param x the remembered left edge, or null on a first start (then the window is centred)
     * @param screens the screens' visual bounds; the first is the primary screen
     */
    static Box place(double width, double height, Double x, Double y, List<Box> screens) {
        if (screens.isEmpty()) {
            return new Box(x == null ? 0 : x, y == null ? 0 : y, width, height);
        }
        Box screen = screens.get(0);
        boolean keepPosition = false;
        if (x != null && y != null) {
            Box asSaved = new Box(x, y, width, height);
            double best = 0;
            for (Box s : screens) {
                double grip = asSaved.gripOn(s);
                if (grip > best) {
                    best = grip;
                    screen = s;
                }
            }
            keepPosition = best >= Math.min(VISIBLE_GRIP, width);
        }
        double w = Math.min(width, screen.width());
        double h = Math.min(height, screen.height());
        if (!keepPosition) {
            return new Box(screen.x() + (screen.width() - w) / 2, screen.y() + (screen.height() - h) / 2, w, h);
        }
        double left = clamp(x, screen.x(), screen.maxX() - w);
        double top = clamp(y, screen.y(), screen.maxY() - h);
        return new Box(left, top, w, h);
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(v, max));
    }
}
