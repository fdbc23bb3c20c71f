package org.gramscilens.ui.quiz;

import java.util.Optional;
import org.gramscilens.review.SectionLinker.SectionLink;

/**
 * What to show after submitting, already as display text.
 *
 * @param fraction       the mark, as the grader gave it (can be negative)
 * @param answerFeedback the feedback on the answer(s) given; empty if none
 * @param rightAnswer    the right answer in words; empty for essays
 * @param read           the lesson section the general feedback names
 * @param saved          whether the answer reached the progress file
 */
public record QuizFeedback(
        Verdict verdict,
        double fraction,
        String answerFeedback,
        String rightAnswer,
        String generalFeedback,
        Optional<SectionLink> read,
        boolean saved) {

    /** How the answer went: marked questions are right, partly right or wrong; essays are kept; descriptions shown. */
    public enum Verdict {
        RIGHT,
        PARTLY_RIGHT,
        WRONG,
        REFLECTION,
        SHOWN
    }
}
