package org.gramscilens.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Point2D;
import org.gramscilens.ui.map.MapNavigation.Direction;
import org.junit.jupiter.api.Test;

class MapNavigationTest {
    private final Map<String, Point2D> at = new LinkedHashMap<>();

    MapNavigationTest() {
        at.put("centre", new Point2D(0, 0));
        at.put("right-near-off-axis", new Point2D(100, 90));
        at.put("right-far-on-axis", new Point2D(180, 0));
        at.put("above", new Point2D(10, -120));
        at.put("below-linked", new Point2D(-60, 200));
        at.put("below-near", new Point2D(5, 80));
    }

    private String go(Direction d, Set<String> linked) {
        return MapNavigation.towards("centre", d, at, linked, List.copyOf(at.keySet()))
                .orElse(null);
    }

    @Test
    void theConceptStraightAheadWinsOverACloserOneFarOffTheAxis() {
        assertThat(go(Direction.RIGHT, Set.of())).isEqualTo("right-far-on-axis");
        assertThat(go(Direction.UP, Set.of())).isEqualTo("above");
    }

    @Test
    void aLinkedConceptThatWayComesBeforeAnyOther() {
        assertThat(go(Direction.DOWN, Set.of())).isEqualTo("below-near");
        assertThat(go(Direction.DOWN, Set.of("below-linked"))).isEqualTo("below-linked");
    }

    @Test
    void nothingThatWayMeansNoMove() {
        assertThat(go(Direction.LEFT, Set.of())).isNull();
        assertThat(MapNavigation.towards("unknown", Direction.LEFT, at, Set.of(), at.keySet()))
                .isEmpty();
    }
}
