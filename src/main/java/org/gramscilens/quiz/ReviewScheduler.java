package org.gramscilens.quiz;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Spaced review with SuperMemo 2 (Woźniak, 1990), as explained in {@code docs/spaced-review.md}.
 * Pure functions: the next state depends only on the previous state, the grade and the time given.
 *
 * <p>Each review is given a quality from 0 to 5 ({@link #quality(Grade)}). Quality 3 or more is a pass:
 * the interval becomes 1 day, then 6 days, then the previous interval times the ease factor (rounded to
 * whole days). A fail starts the intervals again at 1 day. After every review the ease factor changes by
 * {@code 0.1 - (5 - q) * (0.08 + (5 - q) * 0.02)} and never falls below 1.3.
 */
public final class ReviewScheduler {

    public ReviewState next(ReviewState previous, Grade grade, Instant now) {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(now, "now");
        return next(previous, quality(grade), now);
    }

    /** The SM-2 step for a quality already decided (0 to 5). */
    public ReviewState next(ReviewState previous, int quality, Instant now) {
        if (quality < 0 || quality > 5) {
            throw new IllegalArgumentException("quality runs from 0 to 5: " + quality);
        }
        int repetitions;
        int interval;
        if (quality >= 3) {
            repetitions = previous.repetitions() + 1;
            if (repetitions == 1) {
                interval = 1;
            } else if (repetitions == 2) {
                interval = 6;
            } else {
                interval = (int) Math.round(previous.intervalDays() * previous.easeFactor());
            }
        } else {
            repetitions = 0;
            interval = 1;
        }
        int q = 5 - quality;
        double ease = Math.max(ReviewState.MINIMUM_EASE, previous.easeFactor() + (0.1 - q * (0.08 + q * 0.02)));
        return new ReviewState(repetitions, ease, interval, now, now.plus(Duration.ofDays(interval)));
    }

    /**
     * The SM-2 quality of a review, from the mark alone (there is no "how hard was it" button):
     * fully right 5; at least 75% 4; at least half 3 (a pass, with the ease lowered); some credit 2;
     * nothing 1. A fail (below 3) sends the question back to a 1-day interval.
     */
    public static int quality(Grade grade) {
        double f = grade.fraction();
        if (grade.correct()) {
            return 5;
        } else if (f >= 0.75) {
            return 4;
        } else if (f >= 0.5) {
            return 3;
        } else if (f > 0) {
            return 2;
        }
        return 1;
    }
}
