package org.gramscilens.quiz;

import java.time.Instant;

/**
 * Where one question stands in spaced review (SuperMemo 2). Immutable; {@link ReviewScheduler} makes
 * the next state from this one.
 *
 * @param repetitions  successful reviews in a row (reset to 0 by a failed one)
 * @param easeFactor   how fast the interval grows; starts at 2.5, never below 1.3
 * @param intervalDays days from the last review to the next
 * @param lastReviewed when it was last answered; {@code null} if never
 * @param due          when it should next be reviewed; {@code null} if never reviewed (due at once)
 */
public record ReviewState(int repetitions, double easeFactor, int intervalDays, Instant lastReviewed, Instant due) {

    public static final double INITIAL_EASE = 2.5;
    public static final double MINIMUM_EASE = 1.3;

    public ReviewState {
        if (repetitions < 0 || intervalDays < 0) {
            throw new IllegalArgumentException("repetitions and interval cannot be negative");
        }
        if (Double.isNaN(easeFactor) || easeFactor < MINIMUM_EASE) {
            throw new IllegalArgumentException("ease factor must be at least " + MINIMUM_EASE + ": " + easeFactor);
        }
    }

    /** A question never reviewed: due now. */
    public static ReviewState fresh() {
        return new ReviewState(0, INITIAL_EASE, 0, null, null);
    }

    public boolean isDue(Instant now) {
        return due == null || !now.isBefore(due);
    }
}
