package org.gramscilens.ui.quiz;

import org.gramscilens.quiz.Grade;
import org.gramscilens.quiz.Response;
import org.gramscilens.review.CourseQuestion;

/**
 * One submitted question of a session.
 *
 * @param grade       the mark; null for essays
 * @param timeTakenMs from the question appearing to its submission
 */
public record QuizResult(CourseQuestion question, Response response, Grade grade, long timeTakenMs) {

    /** Marked and not fully right. */
    public boolean isMissed() {
        return grade != null && !grade.correct();
    }
}
