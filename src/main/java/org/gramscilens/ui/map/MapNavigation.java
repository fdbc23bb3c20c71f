package org.gramscilens.ui.map;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Point2D;

/**
 * Which concept an arrow key moves to: the nearest linked concept that lies in that direction, else the
 * nearest of any shown concept in that direction. "In that direction" is a cone of about 63° each side
 * of the arrow; nearness counts sideways distance double, so the concept straight ahead wins over one
 * slightly closer but far off the axis.
 */
final class MapNavigation {

    enum Direction {
        UP,
        DOWN,
        LEFT,
        RIGHT
    }

    private MapNavigation() {}

    static Optional<String> towards(
            String fromId,
            Direction direction,
            Map<String, Point2D> centres,
            Set<String> linked,
            Collection<String> shown) {
        Point2D from = centres.get(fromId);
        if (from == null) {
            return Optional.empty();
        }
        Optional<String> viaLink = best(
                fromId,
                from,
                direction,
                centres,
                shown.stream().filter(linked::contains).toList());
        return viaLink.isPresent() ? viaLink : best(fromId, from, direction, centres, shown);
    }

    private static Optional<String> best(
            String fromId, Point2D from, Direction d, Map<String, Point2D> centres, Collection<String> candidates) {
        String best = null;
        double bestScore = Double.MAX_VALUE;
        for (String id : candidates) {
            Point2D p = centres.get(id);
            if (id.equals(fromId) || p == null) {
                continue;
            }
            double dx = p.getX() - from.getX();
            double dy = p.getY() - from.getY();
            double ahead = switch (d) {
                case RIGHT -> dx;
                case LEFT -> -dx;
                case DOWN -> dy;
                case UP -> -dy;
            };
            double aside = Math.abs(d == Direction.LEFT || d == Direction.RIGHT ? dy : dx);
            if (ahead <= 0 || aside > 2 * ahead) {
                continue;
            }
            double score = ahead + 2 * aside;
            if (score < bestScore) {
                bestScore = score;
                best = id;
            }
        }
        return Optional.ofNullable(best);
    }
}
