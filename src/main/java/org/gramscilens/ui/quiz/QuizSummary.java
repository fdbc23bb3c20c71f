package org.gramscilens.ui.quiz;

import java.util.List;

/**
 * The end of a session.
 *
 * @param graded      marked questions answered
 * @param score       their marks added up, each 0 to 1
 * @param missed      marked questions not fully right, in the order asked
 * @param reflections essays answered
 */
public record QuizSummary(int graded, double score, List<QuizResult> missed, int reflections) {

    public QuizSummary {
        missed = List.copyOf(missed);
    }

    /** Score as a share of the questions marked; 0 when none was. */
    public double share() {
        return graded == 0 ? 0 : score / graded;
    }
}
