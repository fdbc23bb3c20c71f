package org.gramscilens.ui.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.gramscilens.map.Box;
import org.junit.jupiter.api.Test;

class LinkGeometryTest {

    @Test
    void anArrowRunsFromEdgeToEdgeAndItsTipStopsJustOutsideTheTarget() {
        Box a = new Box(0, 0, 100, 40);
        Box b = new Box(300, 0, 80, 30);
        LinkGeometry g = LinkGeometry.between(a, b, 0);
        assertThat(g.visible()).isTrue();
        assertThat(g.x1()).isCloseTo(50, within(1e-6));
        assertThat(g.x2()).isCloseTo(258, within(1e-6));
        assertThat(g.y1()).isZero();
        double[] head = g.head();
        assertThat(head[0]).isEqualTo(g.x2());
        assertThat(head[2]).isCloseTo(258 - LinkGeometry.HEAD_LENGTH, within(1e-6));
        assertThat(g.lineEnd()[0])
                .as("the line stops inside the head, not at the tip")
                .isLessThan(g.x2());
        assertThat(g.midX()).isCloseTo(154, within(1e-6));
    }

    @Test
    void aDiagonalLinkLeavesThroughTheBoxSideItMeetsFirst() {
        Box a = new Box(0, 0, 100, 20);
        Box b = new Box(200, 200, 100, 20);
        LinkGeometry g = LinkGeometry.between(a, b, 0);
        assertThat(g.y1()).as("leaves through the bottom edge").isCloseTo(10, within(1e-6));
        assertThat(g.x1()).isCloseTo(10, within(1e-6));
        assertThat(g.y2()).isLessThan(190);
    }

    @Test
    void parallelLinksAreShiftedSidewaysAndOverlappingBoxesDrawNoLine() {
        Box a = new Box(0, 0, 100, 40);
        Box b = new Box(300, 0, 100, 40);
        assertThat(LinkGeometry.between(a, b, 11).y1()).isCloseTo(11, within(1e-6));
        assertThat(LinkGeometry.between(a, b, -11).y2()).isCloseTo(-11, within(1e-6));
        assertThat(LinkGeometry.between(a, new Box(30, 5, 100, 40), 0).visible())
                .isFalse();
        assertThat(LinkGeometry.between(a, a, 0).visible()).isFalse();
    }
}
