package org.gramscilens.progress;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;

/**
 * One answer to one quiz question.
 *
 * @param seq the store's sequence number for this record (unique, increasing)
 * @param questionId the question's stable id; kept even when the question no longer exists
 * @param moduleId the module the question belonged to when answered
 * @param answer the answer as the quiz package encodes it; shared, do not modify
 * @param score the fraction of the marks earned, 0 to 1
 * @param timeTakenMs how long the learner took
 * @param at when the answer was recorded
 */
public record QuizAttempt(
        long seq, String questionId, String moduleId, JsonNode answer, double score, long timeTakenMs, Instant at)
        implements Entry {

    public QuizAttempt {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(moduleId, "moduleId");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(at, "at");
    }

    @Override
    public String type() {
        return "attempt";
    }
}
