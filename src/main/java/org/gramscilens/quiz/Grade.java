package org.gramscilens.quiz;

import java.util.Objects;

/**
 * The mark for one response.
 *
 * @param fraction    the share of the question's mark earned, as Moodle computes it: normally 0 to 1, but
 *                    a single-answer choice with a negative weight earns a negative fraction
 * @param feedback    the feedback of the answer(s) the learner gave; empty if there is none
 * @param correct     whether the response counts as right: {@code fraction >= 0.999}
 * @param rightAnswer the right answer in words, to show the learner
 */
public record Grade(double fraction, String feedback, boolean correct, String rightAnswer) {

    /** Moodle treats a fraction within 0.001 of 1 as fully right. */
    public static final double CORRECT_THRESHOLD = 0.999;

    public Grade {
        feedback = Objects.requireNonNullElse(feedback, "");
        rightAnswer = Objects.requireNonNullElse(rightAnswer, "");
    }

    public static Grade of(double fraction, String feedback, String rightAnswer) {
        return new Grade(fraction, feedback, fraction >= CORRECT_THRESHOLD, rightAnswer);
    }

    /** Some credit, but not full credit. */
    public boolean isPartial() {
        return fraction > 0 && !correct;
    }
}
