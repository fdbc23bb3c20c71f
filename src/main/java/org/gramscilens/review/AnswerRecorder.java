package org.gramscilens.review;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.gramscilens.progress.ProgressStore;
import org.gramscilens.progress.ProgressStoreException;
import org.gramscilens.quiz.Grade;
import org.gramscilens.quiz.Grader;
import org.gramscilens.quiz.Question;
import org.gramscilens.quiz.Response;
import org.gramscilens.quiz.ReviewScheduler;
import org.gramscilens.quiz.ReviewState;

/**
 * Marks an answer and keeps it in the learner's progress: a marked question gets an attempt
 * ({@link AnswerJson}, score held between 0 and 1 since a negative-weight choice can earn less) and its
 * next SM-2 state ({@link ReviewStateJson}); an essay gets a reflection (unless left blank); a description
 * nothing. A read-only store, or a disk that refuses the write, still marks the answer and says it was not
 * saved.
 */
public final class AnswerRecorder {

    /**
     * @param grade    the mark; empty for essays and descriptions
     * @param saved    whether everything the answer should leave in the progress is on disk
     * @param notSaved why not, in plain words; empty when saved
     */
    public record Outcome(Optional<Grade> grade, boolean saved, String notSaved) {}

    private final ProgressStore store;
    private final Grader grader;
    private final ReviewScheduler scheduler;

    public AnswerRecorder(ProgressStore store) {
        this(store, new Grader(), new ReviewScheduler());
    }

    public AnswerRecorder(ProgressStore store, Grader grader, ReviewScheduler scheduler) {
        this.store = Objects.requireNonNull(store, "store");
        this.grader = Objects.requireNonNull(grader, "grader");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    }

    public ProgressStore store() {
        return store;
    }

    public Grader grader() {
        return grader;
    }

    /** Marks {@code response} to {@code question} and records it; see the class comment. */
    public Outcome submit(CourseQuestion question, Response response, long timeTakenMs, Instant now) {
        Question q = question.question();
        Optional<Grade> grade = q.kind() == Question.Kind.DESCRIPTION ? Optional.empty() : grader.grade(q, response);
        if (q.kind() == Question.Kind.DESCRIPTION) {
            return new Outcome(grade, true, "");
        }
        if (store.isReadOnly()) {
            return new Outcome(grade, false, store.readOnlyReason().orElse(""));
        }
        try {
            if (grade.isPresent()) {
                double score = Math.max(0, Math.min(1, grade.get().fraction()));
                store.recordAttempt(
                        q.id(), question.moduleId(), AnswerJson.toJson(response), score, Math.max(0, timeTakenMs));
                ReviewState previous = store.view()
                        .reviewState(q.id())
                        .flatMap(ReviewStateJson::fromJson)
                        .orElse(ReviewState.fresh());
                store.putReviewState(q.id(), ReviewStateJson.toJson(scheduler.next(previous, grade.get(), now)));
            } else if (response instanceof Response.EssayText essay
                    && !essay.text().isBlank()) {
                store.recordReflection(q.id(), essay.text());
            }
            return new Outcome(grade, true, "");
        } catch (ProgressStoreException e) {
            return new Outcome(grade, false, e.getMessage());
        }
    }
}
