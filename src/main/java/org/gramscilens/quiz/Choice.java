package org.gramscilens.quiz;

import java.util.Objects;

/**
 * One option of a multiple-choice or multiple-answer question.
 *
 * @param weight the credit for choosing it, in percent from -100 to 100 (Moodle's "grade")
 */
public record Choice(FormattedText text, double weight, FormattedText feedback) {

    public Choice {
        Objects.requireNonNull(text, "text");
        feedback = Objects.requireNonNullElse(feedback, FormattedText.EMPTY);
        if (Double.isNaN(weight) || weight < -100 || weight > 100) {
            throw new IllegalArgumentException("weight must be between -100 and 100: " + weight);
        }
    }

    public static Choice of(String text, double weight) {
        return new Choice(FormattedText.moodle(text), weight, FormattedText.EMPTY);
    }

    public static Choice of(String text, double weight, String feedback) {
        return new Choice(FormattedText.moodle(text), weight, FormattedText.moodle(feedback));
    }

    /** The weight as a fraction of the question's mark (-1 to 1). */
    public double fraction() {
        return weight / 100.0;
    }
}
