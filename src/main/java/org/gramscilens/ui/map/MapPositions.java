package org.gramscilens.ui.map;

import java.util.Map;
import javafx.geometry.Point2D;
import org.gramscilens.progress.ProgressStore;

/**
 * Where a learner moved concepts, remembered per map part ({@code course}, {@code lesson/ID}), so the
 * map they arranged is the map they find next time. Only moved concepts are kept; the layout places
 * the rest around them.
 */
public interface MapPositions {

    /** Saved centres by concept id for this part of the map; empty if none. */
    Map<String, Point2D> load(String mapKey);

    /** Replaces what is saved for this part of the map; an empty map forgets it. */
    void save(String mapKey, Map<String, Point2D> moved);

    /** Remembers nothing (imports, previews, a read-only profile). */
    static MapPositions none() {
        return new MapPositions() {
            @Override
            public Map<String, Point2D> load(String mapKey) {
                return Map.of();
            }

            @Override
            public void save(String mapKey, Map<String, Point2D> moved) {
                // Nothing to keep.
            }
        };
    }

    /** Kept as the per-profile setting {@code map-positions/KEY} of a progress store. */
    static MapPositions inProfile(ProgressStore store) {
        return new ProfileMapPositions(store);
    }
}
