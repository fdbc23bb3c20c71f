package org.gramscilens.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gramscilens.map.Exercise;
import org.gramscilens.progress.MapAttempt;
import org.gramscilens.progress.ProgressView;
import org.gramscilens.quiz.ReviewScheduler;
import org.gramscilens.quiz.ReviewState;

/**
 * Build-the-map exercises on the same SM-2 schedule as questions: each attempt is a review whose quality
 * comes from its score (all links right 5, from 80 % 4, from 60 % 3 — a pass; below that a lapse, so the
 * exercise comes back the next day). Attempts at exercises no longer in the map are kept in the file and
 * left out here.
 */
public final class MapReview {

    /** One exercise the learner has tried. */
    public record Entry(
            String exerciseId,
            String title,
            int attempts,
            double latest,
            double best,
            Instant lastAttempt,
            Instant due,
            boolean isDue) {}

    private final List<Entry> entries;

    private MapReview(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static MapReview of(List<Exercise> exercises, ProgressView progress, Instant now) {
        ReviewScheduler scheduler = new ReviewScheduler();
        List<Entry> out = new ArrayList<>();
        for (Exercise e : exercises) {
            List<MapAttempt> attempts = progress.mapAttempts(e.id()).stream()
                    .sorted(Comparator.comparing(MapAttempt::at))
                    .toList();
            if (attempts.isEmpty()) {
                continue;
            }
            ReviewState state = ReviewState.fresh();
            double best = 0;
            for (MapAttempt a : attempts) {
                state = scheduler.next(state, quality(a.score()), a.at());
                best = Math.max(best, a.score());
            }
            MapAttempt last = attempts.get(attempts.size() - 1);
            out.add(new Entry(
                    e.id(), e.title(), attempts.size(), last.score(), best, last.at(), state.due(), state.isDue(now)));
        }
        return new MapReview(out);
    }

    /** SM-2 quality (0 to 5) of an exercise scored {@code score} (0 to 1). */
    static int quality(double score) {
        if (score >= 0.999) {
            return 5;
        }
        if (score >= 0.8) {
            return 4;
        }
        if (score >= 0.6) {
            return 3;
        }
        return score >= 0.3 ? 2 : 1;
    }

    public List<Entry> entries() {
        return entries;
    }

    public List<Entry> due() {
        return entries.stream().filter(Entry::isDue).toList();
    }
}
