package org.gramscilens.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gramscilens.ui.WindowPlacement.Box;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {
    private static final Box SMALL = new Box(0, 0, 1024, 610);
    private static final Box RIGHT = new Box(1024, 0, 1920, 1050);

    @Test
    void aFirstStartOnASmallScreenFitsAndIsCentred() {
        assertThat(WindowPlacement.place(1200, 800, null, null, List.of(SMALL))).isEqualTo(new Box(0, 0, 1024, 610));
        assertThat(WindowPlacement.place(800, 500, null, null, List.of(SMALL))).isEqualTo(new Box(112, 55, 800, 500));
    }

    @Test
    void aRememberedPlaceThatStillFitsIsKept() {
        assertThat(WindowPlacement.place(900, 500, 40.0, 30.0, List.of(SMALL))).isEqualTo(new Box(40, 30, 900, 500));
        assertThat(WindowPlacement.place(1200, 800, 1500.0, 100.0, List.of(SMALL, RIGHT)))
                .isEqualTo(new Box(1500, 100, 1200, 800));
    }

    @Test
    void aRememberedPlaceThatHangsOffTheScreenIsPulledBackAndShrunk() {
        assertThat(WindowPlacement.place(1200, 800, 300.0, 200.0, List.of(SMALL)))
                .isEqualTo(new Box(0, 0, 1024, 610));
        assertThat(WindowPlacement.place(600, 400, 800.0, 400.0, List.of(SMALL)))
                .isEqualTo(new Box(424, 210, 600, 400));
    }

    @Test
    void aPlaceOnAMonitorNoLongerAttachedMovesToThePrimaryScreen() {
        assertThat(WindowPlacement.place(1200, 800, 1500.0, 100.0, List.of(SMALL)))
                .isEqualTo(new Box(0, 0, 1024, 610));
        assertThat(WindowPlacement.place(600, 400, 100.0, -900.0, List.of(SMALL)))
                .isEqualTo(new Box(212, 105, 600, 400));
    }
}
