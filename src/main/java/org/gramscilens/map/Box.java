package org.gramscilens.map;

/** A rectangle given by its centre and size, as CmapTools gives concept positions. */
public record Box(double x, double y, double width, double height) {

    public double left() {
        return x - width / 2;
    }

    public double right() {
        return x + width / 2;
    }

    public double top() {
        return y - height / 2;
    }

    public double bottom() {
        return y + height / 2;
    }

    /** True when the two rectangles share some area (touching edges do not count). */
    public boolean overlaps(Box other) {
        return overlaps(other, 0);
    }

    /** True when the two rectangles, each grown by {@code gap / 2} on every side, share some area. */
    public boolean overlaps(Box other, double gap) {
        return Math.abs(x - other.x) * 2 < width + other.width + 2 * gap
                && Math.abs(y - other.y) * 2 < height + other.height + 2 * gap;
    }

    public Box movedTo(double newX, double newY) {
        return new Box(newX, newY, width, height);
    }
}
