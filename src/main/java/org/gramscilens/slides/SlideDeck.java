package org.gramscilens.slides;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.gramscilens.course.Lesson;
import org.gramscilens.course.Problem;

/**
 * A lesson cut into slides.
 *
 * @param placed every directive with its slide and file line, for checks and "edit at line"
 * @param problems what the splitter found wrong (a malformed directive, two timings on a slide ...), each
 *     {@code path:line: message}
 */
public record SlideDeck(Lesson lesson, List<Slide> slides, List<Placed> placed, List<Problem> problems) {

    /** A directive as written: on slide {@code slide} (0-based), at {@code line} of the lesson file. */
    public record Placed(int slide, int line, Directive directive) {}

    public SlideDeck {
        slides = List.copyOf(slides);
        placed = List.copyOf(placed);
        problems = List.copyOf(problems);
    }

    public int size() {
        return slides.size();
    }

    public Slide slide(int index) {
        return slides.get(index);
    }

    /**
     * The minutes planned for each slide, for pacing; empty when the lesson sets no timing that covers
     * every slide. A slide's {@code [time: N]} is its own; the lesson's {@code minutes} less those is shared
     * equally by the slides without one (none get less than zero). Without {@code minutes}, every slide
     * needs its own {@code [time]}.
     */
    public List<Double> plannedMinutes() {
        if (slides.isEmpty()) {
            return List.of();
        }
        int timed = 0;
        int sum = 0;
        for (Slide s : slides) {
            if (s.minutes() != null) {
                timed++;
                sum += s.minutes();
            }
        }
        if (timed < slides.size() && lesson.minutes() == null) {
            return List.of();
        }
        double share =
                timed == slides.size() ? 0 : Math.max(0, lesson.minutes() - sum) / (double) (slides.size() - timed);
        List<Double> out = new ArrayList<>(slides.size());
        for (Slide s : slides) {
            out.add(s.minutes() != null ? s.minutes().doubleValue() : share);
        }
        return Collections.unmodifiableList(out);
    }

    /** The pace at {@code elapsed} minutes into the talk while showing slide {@code current}, if timings allow. */
    public Optional<PacingCue> pacing(Duration elapsed, int current) {
        List<Double> plan = plannedMinutes();
        return plan.isEmpty() ? Optional.empty() : Optional.of(PacingCue.of(plan, elapsed, current));
    }
}
