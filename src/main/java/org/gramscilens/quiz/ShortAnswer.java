package org.gramscilens.quiz;

import java.util.List;
import java.util.Objects;

/**
 * The learner types a word or phrase; the first accepted answer it matches gives the credit.
 *
 * @param caseSensitive Moodle's {@code <usecase>}; GIFT cannot say it, so GIFT questions are not
 */
public record ShortAnswer(QuestionInfo info, List<AcceptedAnswer> answers, boolean caseSensitive) implements Question {

    public ShortAnswer {
        Objects.requireNonNull(info, "info");
        answers = List.copyOf(answers);
    }

    @Override
    public ShortAnswer withInfo(QuestionInfo newInfo) {
        return new ShortAnswer(newInfo, answers, caseSensitive);
    }

    @Override
    public Kind kind() {
        return Kind.SHORT_ANSWER;
    }
}
