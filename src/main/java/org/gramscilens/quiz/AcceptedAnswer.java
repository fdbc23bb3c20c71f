package org.gramscilens.quiz;

import java.util.Objects;

/**
 * An answer a short-answer question accepts. The text is plain; {@code *} stands for any run of
 * characters and {@code \*} for a literal asterisk, as in Moodle.
 *
 * @param weight the credit in percent (Moodle allows -100 to 100; GIFT's default is 100)
 */
public record AcceptedAnswer(String text, double weight, FormattedText feedback) {

    public AcceptedAnswer {
        Objects.requireNonNull(text, "text");
        feedback = Objects.requireNonNullElse(feedback, FormattedText.EMPTY);
        if (Double.isNaN(weight) || weight < -100 || weight > 100) {
            throw new IllegalArgumentException("weight must be between -100 and 100: " + weight);
        }
    }

    public static AcceptedAnswer of(String text, double weight) {
        return new AcceptedAnswer(text, weight, FormattedText.EMPTY);
    }

    public double fraction() {
        return weight / 100.0;
    }
}
