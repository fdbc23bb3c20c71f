package org.gramscilens.quiz;

import java.util.Objects;

/**
 * A statement that is true or false.
 *
 * @param answer        the right answer
 * @param trueFeedback  shown to a learner who answers "true" (Moodle's {@code feedbacktrue})
 * @param falseFeedback shown to a learner who answers "false"
 */
public record TrueFalse(QuestionInfo info, boolean answer, FormattedText trueFeedback, FormattedText falseFeedback)
        implements Question {

    public TrueFalse {
        Objects.requireNonNull(info, "info");
        trueFeedback = Objects.requireNonNullElse(trueFeedback, FormattedText.EMPTY);
        falseFeedback = Objects.requireNonNullElse(falseFeedback, FormattedText.EMPTY);
    }

    /** Feedback for a learner who gave the right answer. */
    public FormattedText rightFeedback() {
        return answer ? trueFeedback : falseFeedback;
    }

    /** Feedback for a learner who gave the wrong answer. */
    public FormattedText wrongFeedback() {
        return answer ? falseFeedback : trueFeedback;
    }

    @Override
    public TrueFalse withInfo(QuestionInfo newInfo) {
        return new TrueFalse(newInfo, answer, trueFeedback, falseFeedback);
    }

    @Override
    public Kind kind() {
        return Kind.TRUE_FALSE;
    }
}
