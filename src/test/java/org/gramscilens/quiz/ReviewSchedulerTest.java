package org.gramscilens.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReviewSchedulerTest {

    private static final Instant START = Instant.parse("2025-03-01T09:00:00Z");
    private final ReviewScheduler scheduler = new ReviewScheduler();

    private static Grade mark(double fraction) {
        return Grade.of(fraction, "", "");
    }

    @Test
    void aNewQuestionIsDueAtOnce() {
        ReviewState fresh = ReviewState.fresh();
        assertThat(fresh.isDue(START)).isTrue();
        assertThat(fresh.easeFactor()).isEqualTo(2.5);
        assertThat(fresh.repetitions()).isZero();
    }

    @Test
    void intervalsAreOneDaySixDaysThenTimesTheEaseFactor() {
        ReviewState s1 = scheduler.next(ReviewState.fresh(), mark(1), START);
        assertThat(s1.intervalDays()).isEqualTo(1);
        assertThat(s1.easeFactor()).isCloseTo(2.6, within(1e-9));
        assertThat(s1.due()).isEqualTo(Instant.parse("2025-03-02T09:00:00Z"));
        assertThat(s1.lastReviewed()).isEqualTo(START);

        ReviewState s2 = scheduler.next(s1, mark(1), s1.due());
        assertThat(s2.intervalDays()).isEqualTo(6);
        assertThat(s2.due()).isEqualTo(Instant.parse("2025-03-08T09:00:00Z"));

        ReviewState s3 = scheduler.next(s2, mark(1), s2.due());
        assertThat(s3.intervalDays()).isEqualTo(16); // round(6 * 2.7)
        assertThat(s3.easeFactor()).isCloseTo(2.8, within(1e-9));
        assertThat(s3.due()).isEqualTo(Instant.parse("2025-03-24T09:00:00Z"));
        assertThat(s3.repetitions()).isEqualTo(3);

        ReviewState s4 = scheduler.next(s3, mark(1), s3.due());
        assertThat(s4.intervalDays()).isEqualTo(45); // round(16 * 2.8)
    }

    @Test
    void aFailStartsTheIntervalsAgainAndLowersTheEase() {
        ReviewState s = ReviewState.fresh();
        for (int i = 0; i < 3; i++) {
            s = scheduler.next(s, mark(1), START);
        }
        ReviewState failed = scheduler.next(s, mark(0), Instant.parse("2025-03-24T09:00:00Z"));
        assertThat(failed.repetitions()).isZero();
        assertThat(failed.intervalDays()).isEqualTo(1);
        assertThat(failed.easeFactor()).isCloseTo(2.8 - 0.54, within(1e-9));
        assertThat(failed.due()).isEqualTo(Instant.parse("2025-03-25T09:00:00Z"));
        ReviewState again = scheduler.next(failed, mark(1), failed.due());
        assertThat(again.intervalDays()).isEqualTo(1);
        assertThat(scheduler.next(again, mark(1), again.due()).intervalDays()).isEqualTo(6);
    }

    @Test
    void easeNeverFallsBelowOnePointThree() {
        ReviewState s = ReviewState.fresh();
        for (int i = 0; i < 10; i++) {
            s = scheduler.next(s, mark(0), START);
        }
        assertThat(s.easeFactor()).isEqualTo(1.3);
    }

    @Test
    void qualityComesFromTheMark() {
        assertThat(ReviewScheduler.quality(mark(1))).isEqualTo(5);
        assertThat(ReviewScheduler.quality(mark(0.9995))).isEqualTo(5);
        assertThat(ReviewScheduler.quality(mark(0.8))).isEqualTo(4);
        assertThat(ReviewScheduler.quality(mark(0.5))).isEqualTo(3);
        assertThat(ReviewScheduler.quality(mark(0.25))).isEqualTo(2);
        assertThat(ReviewScheduler.quality(mark(0))).isEqualTo(1);
        assertThat(ReviewScheduler.quality(mark(-0.5))).isEqualTo(1);
    }

    @Test
    void partialCreditPassesButSlowsTheGrowth() {
        ReviewState s = scheduler.next(ReviewState.fresh(), mark(0.5), START);
        assertThat(s.repetitions()).isEqualTo(1);
        assertThat(s.easeFactor()).isCloseTo(2.36, within(1e-9));
        ReviewState mostly = scheduler.next(ReviewState.fresh(), mark(0.8), START);
        assertThat(mostly.easeFactor()).isCloseTo(2.5, within(1e-9));
        ReviewState little = scheduler.next(ReviewState.fresh(), mark(0.25), START);
        assertThat(little.repetitions()).isZero();
        assertThat(little.easeFactor()).isCloseTo(2.18, within(1e-9));
    }

    @Test
    void dueMeansAtOrAfterTheDueInstant() {
        ReviewState s = scheduler.next(ReviewState.fresh(), mark(1), START);
        assertThat(s.isDue(START)).isFalse();
        assertThat(s.isDue(START.plus(Duration.ofHours(23)))).isFalse();
        assertThat(s.isDue(START.plus(Duration.ofDays(1)))).isTrue();
        assertThat(s.isDue(START.plus(Duration.ofDays(30)))).isTrue();
    }

    @Test
    void itIsAPureFunction() {
        ReviewState before = new ReviewState(2, 2.1, 6, START, START.plus(Duration.ofDays(6)));
        Instant now = START.plus(Duration.ofDays(7));
        assertThat(scheduler.next(before, mark(1), now)).isEqualTo(scheduler.next(before, mark(1), now));
        assertThat(before).isEqualTo(new ReviewState(2, 2.1, 6, START, START.plus(Duration.ofDays(6))));
        assertThat(scheduler.next(before, mark(1), now).intervalDays()).isEqualTo(13); // round(6 * 2.1)
    }

    @Test
    void badInputsAreRefused() {
        assertThatThrownBy(() -> scheduler.next(ReviewState.fresh(), 6, START))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReviewState(0, 1.2, 0, null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
