package org.gramscilens.cli;

import java.util.List;
import java.util.Locale;

/**
 * One measured figure of {@code gramsci-lens bench}: its value, the reference measured in the same run
 * (an empty JavaFX window, a smaller case), and the goal it is held to, on the value or on the ratio to
 * the reference.
 *
 * @param name stable key for the JSON file, e.g. {@code startup-plain-ms}
 * @param label what a person reads in the table
 * @param reference null when there is none; {@code referenceLabel} says what it is
 * @param goal null when the figure is only reported
 * @param samples the single measurements behind a median, or empty
 */
public record BenchFigure(
        String name,
        String label,
        double value,
        String unit,
        Double reference,
        String referenceLabel,
        Goal goal,
        List<Double> samples) {

    public BenchFigure {
        samples = samples == null ? List.of() : List.copyOf(samples);
    }

    /** A figure with no reference and no goal. */
    public static BenchFigure of(String name, String label, double value, String unit) {
        return new BenchFigure(name, label, value, unit, null, null, null, List.of());
    }

    public BenchFigure withReference(double ref, String refLabel) {
        return new BenchFigure(name, label, value, unit, ref, refLabel, goal, samples);
    }

    public BenchFigure withGoal(Goal g) {
        return new BenchFigure(name, label, value, unit, reference, referenceLabel, g, samples);
    }

    public BenchFigure withSamples(List<Double> s) {
        return new BenchFigure(name, label, value, unit, reference, referenceLabel, goal, s);
    }

    /** value / reference, or null without a (non-zero) reference. */
    public Double ratio() {
        return reference == null || reference == 0 ? null : value / reference;
    }

    /** Whether the goal is met; null when there is no goal, or it is on a ratio that cannot be computed. */
    public Boolean met() {
        if (goal == null) {
            return null;
        }
        Double measured = goal.onRatio() ? ratio() : Double.valueOf(value);
        return measured == null ? null : goal.test(measured);
    }

    /**
     * A limit: {@code value < limit} or {@code value <= limit}, on the figure itself or on its ratio to
     * the reference.
     */
    public record Goal(boolean strict, double limit, boolean onRatio) {
        public static Goal atMost(double limit) {
            return new Goal(false, limit, false);
        }

        public static Goal below(double limit) {
            return new Goal(true, limit, false);
        }

        public static Goal ratioAtMost(double limit) {
            return new Goal(false, limit, true);
        }

        boolean test(double measured) {
            return strict ? measured < limit : measured <= limit;
        }

        /** "≤ 1.30× ref", "< 2 ms". */
        String describe(String unit) {
            String op = strict ? "< " : "≤ ";
            return onRatio
                    ? op + String.format(Locale.ROOT, "%.2f", limit) + "× ref"
                    : op + BenchReport.number(limit) + " " + unit;
        }
    }
}
