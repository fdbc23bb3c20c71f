package org.gramscilens.slides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PacingCueTest {
    /** Slide windows: 0-2, 2-7, 7-10, 10-20 minutes. */
    private static final List<Double> PLAN = List.of(2.0, 5.0, 3.0, 10.0);

    private static PacingCue at(double minutes, int slide) {
        return PacingCue.of(PLAN, Duration.ofSeconds(Math.round(minutes * 60)), slide);
    }

    @Test
    void insideTheSlidesWindowIsOnTime() {
        assertThat(at(0, 0)).isEqualTo(new PacingCue(PacingCue.Pace.ON_TIME, 0));
        assertThat(at(4, 1)).isEqualTo(new PacingCue(PacingCue.Pace.ON_TIME, 0));
        assertThat(at(19.5, 3)).isEqualTo(new PacingCue(PacingCue.Pace.ON_TIME, 0));
    }

    @Test
    void reachingASlideBeforeItsWindowIsAhead() {
        assertThat(at(3, 3)).isEqualTo(new PacingCue(PacingCue.Pace.AHEAD, 7));
        assertThat(at(0.5, 1)).isEqualTo(new PacingCue(PacingCue.Pace.AHEAD, 2));
        assertThat(at(1.5, 1)).isEqualTo(new PacingCue(PacingCue.Pace.ON_TIME, 0));
        assertThat(at(0.9, 2)).isEqualTo(new PacingCue(PacingCue.Pace.AHEAD, 6));
    }

    @Test
    void stayingPastTheWindowIsBehind() {
        assertThat(at(9, 0)).isEqualTo(new PacingCue(PacingCue.Pace.BEHIND, 7));
        assertThat(at(8.2, 1)).isEqualTo(new PacingCue(PacingCue.Pace.BEHIND, 1));
        assertThat(at(25, 3)).isEqualTo(new PacingCue(PacingCue.Pace.BEHIND, 5));
    }

    @Test
    void theToleranceWidensTheWindowOnBothSides() {
        assertThat(at(7.9, 1)).isEqualTo(new PacingCue(PacingCue.Pace.ON_TIME, 0));
        assertThat(PacingCue.of(PLAN, Duration.ofSeconds(7 * 60 + 1), 1, Duration.ZERO))
                .isEqualTo(new PacingCue(PacingCue.Pace.BEHIND, 1));
        assertThat(PacingCue.of(PLAN, Duration.ofSeconds(6 * 60 + 59), 2, Duration.ZERO))
                .isEqualTo(new PacingCue(PacingCue.Pace.AHEAD, 1));
    }

    @Test
    void wrongArgumentsAreRefused() {
        assertThatThrownBy(() -> at(1, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> at(1, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PacingCue.of(PLAN, Duration.ofMinutes(-1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
