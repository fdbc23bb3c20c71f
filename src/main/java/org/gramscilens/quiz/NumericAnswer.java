package org.gramscilens.quiz;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An answer a numerical question accepts: every number from {@code value - |tolerance|} to
 * {@code value + |tolerance|}. A GIFT range {@code min..max} is stored the way Moodle stores it,
 * as its midpoint and half-width ({@code {#1..5}} is 3 with tolerance 2), so that GIFT, Moodle XML and
 * JSON all hold exactly the same thing. Numbers are decimals, never binary floating point, so
 * 0.1 ± 0.05 means what it says.
 *
 * @param value     the expected number, or {@code null} for Moodle's {@code *}, which accepts anything
 *                  (GIFT's {@code ~#feedback} for any other answer)
 * @param tolerance the accepted error either side
 * @param weight    credit in percent
 */
public record NumericAnswer(BigDecimal value, BigDecimal tolerance, double weight, FormattedText feedback) {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    public NumericAnswer {
        value = value == null ? null : normalise(value);
        tolerance = value == null ? BigDecimal.ZERO : normalise(Objects.requireNonNullElse(tolerance, BigDecimal.ZERO));
        feedback = Objects.requireNonNullElse(feedback, FormattedText.EMPTY);
        if (Double.isNaN(weight) || weight < -100 || weight > 100) {
            throw new IllegalArgumentException("weight must be between -100 and 100: " + weight);
        }
    }

    public static NumericAnswer exact(String value, String tolerance, double weight) {
        return new NumericAnswer(new BigDecimal(value), new BigDecimal(tolerance), weight, FormattedText.EMPTY);
    }

    /** Everything from {@code min} to {@code max}, stored as midpoint and half-width. */
    public static NumericAnswer range(BigDecimal min, BigDecimal max, double weight, FormattedText feedback) {
        BigDecimal mid = min.add(max).divide(TWO);
        return new NumericAnswer(mid, max.subtract(mid), weight, feedback);
    }

    public static NumericAnswer any(double weight, FormattedText feedback) {
        return new NumericAnswer(null, BigDecimal.ZERO, weight, feedback);
    }

    /** Whether this is Moodle's {@code *}: any number at all. */
    public boolean isAny() {
        return value == null;
    }

    public BigDecimal min() {
        return isAny() ? null : value.subtract(tolerance.abs());
    }

    public BigDecimal max() {
        return isAny() ? null : value.add(tolerance.abs());
    }

    public boolean accepts(BigDecimal number) {
        return isAny() || (min().compareTo(number) <= 0 && number.compareTo(max()) <= 0);
    }

    public double fraction() {
        return weight / 100.0;
    }

    /** 2.50 and 2.5 are the same answer: drop trailing zeros so that they are also equal records. */
    private static BigDecimal normalise(BigDecimal d) {
        return d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
    }
}
