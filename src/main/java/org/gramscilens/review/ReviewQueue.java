package org.gramscilens.review;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gramscilens.progress.ProgressView;
import org.gramscilens.progress.QuizAttempt;
import org.gramscilens.quiz.Grade;
import org.gramscilens.quiz.ReviewState;

/**
 * What a learner should review now. Only marked questions the course still has take part (essays and
 * descriptions are never reviewed; progress about questions edited away is ignored). Two reasons bring
 * a question back:
 * <ul>
 *   <li><b>due</b>: it has been answered and its spaced-review state ({@link ReviewStateJson}) says it is
 *       due at {@code now}. An answered question whose state is missing or unreadable counts as due at
 *       once, as SM-2 treats a question with no history;</li>
 *   <li><b>missed</b>: its latest attempt was not fully right ({@code score < 0.999}, Moodle's rule), so
 *       it has not been answered correctly since it was missed, even if SM-2 schedules it for tomorrow.</li>
 * </ul>
 * {@link #questions()} is both, each question once: the due ones (longest overdue first), then the missed
 * ones not already due (in course order). {@link #count()} is the "N due for review" shown to the learner.
 */
public final class ReviewQueue {

    private final List<CourseQuestion> due;
    private final List<CourseQuestion> missed;
    private final List<CourseQuestion> questions;
    private final Instant nextDue;

    private ReviewQueue(List<CourseQuestion> due, List<CourseQuestion> missed, Instant nextDue) {
        this.due = List.copyOf(due);
        this.missed = List.copyOf(missed);
        Set<CourseQuestion> both = new LinkedHashSet<>(due);
        both.addAll(missed);
        this.questions = List.copyOf(both);
        this.nextDue = nextDue;
    }

    public static ReviewQueue of(CourseQuestions course, ProgressView progress, Instant now) {
        Objects.requireNonNull(now, "now");
        Map<String, QuizAttempt> latest = progress.latestAttempts();
        Map<String, JsonNode> states = progress.reviewStates();
        record Scheduled(CourseQuestion question, Instant due) {}
        List<Scheduled> dueNow = new ArrayList<>();
        List<CourseQuestion> missed = new ArrayList<>();
        Instant nextDue = null;
        for (CourseQuestion q : course.all()) {
            QuizAttempt last = latest.get(q.id());
            if (!q.isGraded() || last == null || course.find(q.id()).orElse(null) != q) {
                continue;
            }
            Optional<ReviewState> state = ReviewStateJson.fromJson(states.get(q.id()));
            if (state.isEmpty() || state.get().isDue(now)) {
                Instant when = state.map(ReviewState::due).orElse(null);
                dueNow.add(new Scheduled(q, when == null ? Instant.MIN : when));
            } else if (nextDue == null || state.get().due().isBefore(nextDue)) {
                nextDue = state.get().due();
            }
            if (last.score() < Grade.CORRECT_THRESHOLD) {
                missed.add(q);
            }
        }
        dueNow.sort(Comparator.comparing(Scheduled::due));
        return new ReviewQueue(dueNow.stream().map(Scheduled::question).toList(), missed, nextDue);
    }

    /** Questions whose review is due, longest overdue first. */
    public List<CourseQuestion> due() {
        return due;
    }

    /** Questions whose latest attempt was not fully right, in course order. */
    public List<CourseQuestion> missed() {
        return missed;
    }

    /** Due, then missed: what a review session asks, each question once. */
    public List<CourseQuestion> questions() {
        return questions;
    }

    /** How many questions a review session would ask now. */
    public int count() {
        return questions.size();
    }

    public boolean isEmpty() {
        return questions.isEmpty();
    }

    /** When the next question not yet due becomes due; empty if none is scheduled. */
    public Optional<Instant> nextDue() {
        return Optional.ofNullable(nextDue);
    }
}
