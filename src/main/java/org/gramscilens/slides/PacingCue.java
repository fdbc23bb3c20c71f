package org.gramscilens.slides;

import java.time.Duration;
import java.util.List;

/**
 * For the speaker view: ahead of, on or behind the plan, and by how many whole minutes.
 *
 * <p>Each slide has a planned window, from the sum of the minutes of the slides before it to that plus its
 * own. Showing slide {@code i} before its window opens is being ahead by the difference; still showing it
 * after its window closed is being behind by the difference; anywhere inside the window (widened by the
 * tolerance on both sides) is on time. So lingering on a slide only turns into "behind" once its own time
 * is used up, and skipping ahead shows at once.
 *
 * @param minutes the difference rounded to whole minutes (at least 1 unless on time, 0 when on time)
 */
public record PacingCue(Pace pace, int minutes) {

    public enum Pace {
        AHEAD,
        ON_TIME,
        BEHIND
    }

    /** The default slack either side of a slide's window before a cue changes. */
    public static final Duration TOLERANCE = Duration.ofMinutes(1);

    public static PacingCue of(List<Double> plannedMinutes, Duration elapsed, int current) {
        return of(plannedMinutes, elapsed, current, TOLERANCE);
    }

    /**
     * @param plannedMinutes minutes per slide, e.g. {@link SlideDeck#plannedMinutes()}
     * @param elapsed time since the talk started
     * @param current the slide being shown, 0-based
     */
    public static PacingCue of(List<Double> plannedMinutes, Duration elapsed, int current, Duration tolerance) {
        if (current < 0 || current >= plannedMinutes.size()) {
            throw new IllegalArgumentException("slide " + current + " is not in a plan of " + plannedMinutes.size());
        }
        if (elapsed.isNegative() || tolerance.isNegative()) {
            throw new IllegalArgumentException("elapsed time and tolerance cannot be negative");
        }
        double start = 0;
        for (int i = 0; i < current; i++) {
            start += plannedMinutes.get(i);
        }
        double end = start + plannedMinutes.get(current);
        double now = elapsed.toMillis() / 60_000.0;
        double slack = tolerance.toMillis() / 60_000.0;
        if (now < start - slack) {
            return new PacingCue(Pace.AHEAD, wholeMinutes(start - now));
        }
        if (now > end + slack) {
            return new PacingCue(Pace.BEHIND, wholeMinutes(now - end));
        }
        return new PacingCue(Pace.ON_TIME, 0);
    }

    private static int wholeMinutes(double minutes) {
        return (int) Math.max(1, Math.round(minutes));
    }
}
