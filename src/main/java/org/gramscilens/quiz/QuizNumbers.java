package org.gramscilens.quiz;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that turns quiz numbers into {@link BigDecimal}s, for every reader (GIFT, Moodle XML, quiz
 * JSON) and for grading typed answers. Numbers are bounded so that no text can cost unbounded time or
 * memory (issue 15, D1/D3/D4): {@code 1e999999999} is a 16-byte string but a billion digits once written
 * out or added to 1. The bounds are far beyond anything Moodle can hold (it stores doubles, up to about
 * 1.8e308 with 15 to 17 significant digits):
 * <ul>
 *   <li>at most {@value #MAX_DIGITS} significant digits;</li>
 *   <li>a non-zero number's size between 1e-{@value #MAX_EXPONENT} and 1e{@value #MAX_EXPONENT}
 *       (more exactly: its decimal exponent, as in {@code d.ddd × 10^e}, is within ±{@value #MAX_EXPONENT});</li>
 *   <li>at most {@value #MAX_TEXT} characters of text are read at all.</li>
 * </ul>
 * A number from a quiz file outside these bounds is a problem ({@link OutOfRange}, whose message says why);
 * a typed answer outside them is an unreadable answer, and one with too many digits is rounded.
 */
public final class QuizNumbers {

    /** The largest decimal exponent of a non-zero number, either way. */
    public static final int MAX_EXPONENT = 300;
    /** The most significant digits a number from a quiz file may have. */
    public static final int MAX_DIGITS = 40;
    /** The longest number text read at all. */
    public static final int MAX_TEXT = 400;

    private static final MathContext TYPED = new MathContext(MAX_DIGITS, RoundingMode.HALF_EVEN);
    private static final Pattern SYNTAX = Pattern.compile("[+-]?(\\d*)(?:\\.(\\d*))?(?:[eE]([+-]?)(\\d+))?");
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private QuizNumbers() {}

    /** A number outside the bounds; the message names the number and the bound, for a problem report. */
    public static final class OutOfRange extends Exception {
        private static final long serialVersionUID = 1L;

        OutOfRange(String message) {
            super(message);
        }
    }

    /**
     * Reads a decimal number ({@code 12}, {@code -1.5}, {@code .5}, {@code 2e-3}) within the bounds.
     *
     * @throws NumberFormatException if {@code text} is not a decimal number at all
     * @throws OutOfRange            if it is one, but outside the bounds
     */
    public static BigDecimal parse(String text) throws OutOfRange {
        return check(read(text), text);
    }

    /** Checks a number read elsewhere (such as by a JSON parser) against the bounds. */
    public static BigDecimal check(BigDecimal d) throws OutOfRange {
        return check(d, null);
    }

    /**
     * A typed answer read as a number within the bounds, rounded to {@value #MAX_DIGITS} digits; empty if it
     * is not a number or is too large, too small or too long to read.
     */
    public static Optional<BigDecimal> typed(String text) {
        try {
            BigDecimal d = read(text).round(TYPED);
            return Optional.of(check(d, text));
        } catch (NumberFormatException | OutOfRange e) {
            return Optional.empty();
        }
    }

    /**
     * The midpoint and half-width of {@code min..max}, both within the bounds.
     *
     * @throws OutOfRange if they need more digits than allowed (such as {@code 1e-300..1e300})
     */
    public static BigDecimal[] midpointAndHalfWidth(BigDecimal min, BigDecimal max, String shown) throws OutOfRange {
        BigDecimal mid = min.add(max).divide(TWO);
        BigDecimal half = max.subtract(mid);
        try {
            return new BigDecimal[] {check(mid), check(half)};
        } catch (OutOfRange e) {
            throw new OutOfRange("the range " + clip(shown) + " cannot be held as midpoint ± half-width within "
                    + MAX_DIGITS + " digits and sizes up to 1e" + MAX_EXPONENT);
        }
    }

    /** Syntax and length only, never materialising a huge exponent. */
    private static BigDecimal read(String raw) throws OutOfRange {
        String text = raw.strip();
        if (text.length() > MAX_TEXT) {
            throw new OutOfRange("'" + clip(text) + "' is too long (" + text.length() + " characters; a number has at"
                    + " most " + MAX_DIGITS + " significant digits)");
        }
        Matcher m = SYNTAX.matcher(text);
        String intPart = m.matches() ? m.group(1) : "";
        String fraction = m.matches() && m.group(2) != null ? m.group(2) : "";
        if (!m.matches() || intPart.isEmpty() && fraction.isEmpty()) {
            throw new NumberFormatException("'" + clip(text) + "' is not a number");
        }
        String exponent = m.group(4);
        boolean zero = (intPart + fraction).chars().allMatch(c -> c == '0');
        if (zero) {
            return BigDecimal.ZERO;
        }
        if (exponent != null && exponent.replaceFirst("^0+", "").length() > 9) {
            throw outside(text, "-".equals(m.group(3)));
        }
        return new BigDecimal(text);
    }

    private static BigDecimal check(BigDecimal d, String text) throws OutOfRange {
        if (d.signum() == 0) {
            return BigDecimal.ZERO;
        }
        String shown = text == null ? d.toString() : text.strip();
        int exponent = d.precision() - d.scale() - 1;
        if (exponent > MAX_EXPONENT || exponent < -MAX_EXPONENT) {
            throw outside(shown, exponent < 0);
        }
        BigDecimal stripped = d.stripTrailingZeros();
        if (stripped.precision() > MAX_DIGITS) {
            throw new OutOfRange("'" + clip(shown) + "' has " + stripped.precision() + " significant digits; at most "
                    + MAX_DIGITS + " are allowed");
        }
        return d;
    }

    private static OutOfRange outside(String text, boolean small) {
        return new OutOfRange(
                small
                        ? "'" + clip(text) + "' is too small (non-zero numbers are at least 1e-" + MAX_EXPONENT
                                + " in size)"
                        : "'" + clip(text) + "' is too large (at most 1e" + MAX_EXPONENT + " in size)");
    }

    private static String clip(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "…";
    }
}
