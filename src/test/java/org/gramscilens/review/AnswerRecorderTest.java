package org.gramscilens.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.gramscilens.progress.ProgressStore;
import org.gramscilens.progress.QuizAttempt;
import org.gramscilens.quiz.Response;
import org.gramscilens.quiz.ReviewState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnswerRecorderTest {

    @TempDir
    Path dir;

    private static final Instant NOW = Instant.parse("2025-03-03T09:00:00Z");

    @Test
    void aMarkedAnswerLeavesAnAttemptWithItsLettersAndTheNextReviewState() throws Exception {
        CourseQuestion matching =
                Bundled.questions().find("who-are-medical-leaders-q2").orElseThrow();
        try (ProgressStore store = ProgressStore.open(dir.resolve("p"))) {
            AnswerRecorder.Outcome out =
                    new AnswerRecorder(store).submit(matching, new Response.SingleChoice(3), 4200, NOW);
            assertThat(out.saved()).isTrue();
            assertThat(out.grade())
                    .hasValueSatisfying(g -> assertThat(g.correct()).isTrue());
        }
        try (ProgressStore again = ProgressStore.open(dir.resolve("p"))) {
            QuizAttempt a =
                    again.view().latestAttempt("who-are-medical-leaders-q2").orElseThrow();
            assertThat(a.answer().asText()).isEqualTo("D");
            assertThat(a.moduleId()).isEqualTo("03-who-are-medical-leaders");
            assertThat(a.score()).isEqualTo(1.0);
            assertThat(a.timeTakenMs()).isEqualTo(4200);
            ReviewState s = ReviewStateJson.fromJson(
                            again.view().reviewState(a.questionId()).orElseThrow())
                    .orElseThrow();
            assertThat(s.repetitions()).isEqualTo(1);
            assertThat(s.due()).isEqualTo(NOW.plusSeconds(86_400));
        }
    }

    @Test
    void aReadOnlyStoreStillMarksButSaysNothingWasSaved() throws Exception {
        CourseQuestion tf =
                Bundled.questions().find("who-are-medical-leaders-q3").orElseThrow();
        try (ProgressStore first = ProgressStore.open(dir.resolve("p"));
                ProgressStore second = ProgressStore.open(dir.resolve("p"))) {
            assertThat(second.isReadOnly()).isTrue();
            AnswerRecorder.Outcome out =
                    new AnswerRecorder(second).submit(tf, new Response.TrueOrFalse(false), 10, NOW);
            assertThat(out.grade())
                    .hasValueSatisfying(g -> assertThat(g.correct()).isFalse());
            assertThat(out.saved()).isFalse();
            assertThat(out.notSaved())
                    .isEqualTo(second.readOnlyReason().orElseThrow())
                    .isNotBlank();
            assertThat(first.view().attemptCount()).isZero();
        }
    }
}
