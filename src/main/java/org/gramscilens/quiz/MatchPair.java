package org.gramscilens.quiz;

import java.util.Objects;

/**
 * One line of a matching question: a left-hand item and the right-hand answer it goes with.
 * A pair with an empty left side only adds a wrong answer to choose from (a distractor).
 *
 * @param right plain text, as Moodle shows it in a drop-down list
 */
public record MatchPair(FormattedText left, String right) {

    public MatchPair {
        left = Objects.requireNonNullElse(left, FormattedText.EMPTY);
        Objects.requireNonNull(right, "right");
    }

    public static MatchPair of(String left, String right) {
        return new MatchPair(FormattedText.moodle(left), right);
    }

    public boolean isDistractor() {
        return left.isEmpty();
    }
}
