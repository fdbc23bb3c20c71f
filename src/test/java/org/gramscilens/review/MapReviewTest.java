package org.gramscilens.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.gramscilens.ManualClock;
import org.gramscilens.map.Exercise;
import org.gramscilens.progress.ProgressStore;
import org.gramscilens.progress.StoreOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapReviewTest {
    private static Exercise exercise(String id) {
        return new Exercise(id, "Exercise " + id, List.of("a", "b"), List.of(), List.of(), 1);
    }

    @Test
    void aWeakAttemptComesBackNextDayAndAPerfectOneLater(@TempDir Path dir) {
        ManualClock clock = new ManualClock("2026-01-10T09:00:00Z");
        try (ProgressStore store =
                ProgressStore.open(dir, StoreOptions.defaults().withClock(clock))) {
            store.recordMapAttempt("weak", JsonNodeFactory.instance.objectNode(), 0.4);
            store.recordMapAttempt("good", JsonNodeFactory.instance.objectNode(), 0.5);
            clock.advance(Duration.ofMinutes(5));
            store.recordMapAttempt("good", JsonNodeFactory.instance.objectNode(), 1.0);
            store.recordMapAttempt("gone", JsonNodeFactory.instance.objectNode(), 1.0);

            var exercises = List.of(exercise("weak"), exercise("good"), exercise("untried"));
            MapReview now = MapReview.of(exercises, store.view(), clock.instant());
            assertThat(now.entries()).extracting(MapReview.Entry::exerciseId).containsExactly("weak", "good");
            MapReview.Entry good = now.entries().get(1);
            assertThat(good.attempts()).isEqualTo(2);
            assertThat(good.latest()).isEqualTo(1.0);
            assertThat(good.best()).isEqualTo(1.0);
            assertThat(now.due()).isEmpty();

            MapReview tomorrow =
                    MapReview.of(exercises, store.view(), clock.instant().plus(Duration.ofHours(25)));
            assertThat(tomorrow.due()).extracting(MapReview.Entry::exerciseId).containsExactly("weak", "good");
            MapReview inAWeek =
                    MapReview.of(exercises, store.view(), clock.instant().plus(Duration.ofDays(3)));
            assertThat(inAWeek.entries().get(0).isDue()).isTrue();
            assertThat(MapReview.quality(0.85)).isEqualTo(4);
            assertThat(MapReview.quality(0.2)).isEqualTo(1);
        }
    }
}
