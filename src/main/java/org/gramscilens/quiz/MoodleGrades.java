package org.gramscilens.quiz;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The answer weights Moodle accepts. Its importer refuses a question whose weights are not on this
 * list (unless told to round them), so our readers refuse them too and every file we write imports.
 * The list is every p/q with q up to 6, every tenth, 1/q for q up to 10, and 1/20 — each also negative.
 */
public final class MoodleGrades {

    private static final double[] POSITIVE = {
        100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111,
        10, 5
    };

    /** Moodle compares fractions to within 0.00001, that is 0.001 of a percent. */
    private static final double TOLERANCE_PERCENT = 0.001;

    private MoodleGrades() {}

    /** The list, in percent, highest first. */
    public static List<Double> allowedPercentages() {
        List<Double> all = new ArrayList<>();
        for (double p : POSITIVE) {
            all.add(p);
        }
        all.add(0.0);
        for (int i = POSITIVE.length - 1; i >= 0; i--) {
            all.add(-POSITIVE[i]);
        }
        return all;
    }

    /**
     * Moodle's own value for a weight close enough to one on its list ({@code 33.333333} becomes
     * {@code 33.33333}); empty if the weight is not on the list.
     */
    public static OptionalDouble canonical(double percent) {
        for (double allowed : allowedPercentages()) {
            if (Math.abs(percent - allowed) < TOLERANCE_PERCENT) {
                return OptionalDouble.of(allowed);
            }
        }
        return OptionalDouble.empty();
    }

    /** The allowed weight nearest to {@code percent}, to suggest in an error message. */
    public static double nearest(double percent) {
        double best = 0;
        for (double allowed : allowedPercentages()) {
            if (Math.abs(percent - allowed) < Math.abs(percent - best)) {
                best = allowed;
            }
        }
        return best;
    }

    /** A weight as GIFT and Moodle XML write it: {@code 50}, {@code 33.33333}, {@code -12.5}. */
    public static String format(double percent) {
        if (percent == 0) {
            return "0";
        }
        return BigDecimal.valueOf(percent).stripTrailingZeros().toPlainString();
    }

    /** The message for a weight Moodle would refuse. */
    static String notAllowedMessage(double percent) {
        return "weight " + format(percent) + "% is not one Moodle accepts; the nearest is "
                + format(nearest(percent)) + "% (Moodle accepts 100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50,"
                + " 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5, 0 and their negatives)";
    }
}
