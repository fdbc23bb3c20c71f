package org.gramscilens.quiz;

import java.util.List;
import java.util.Objects;

/**
 * Several answers may be chosen; the chosen weights are added up, then held between 0 and 100%
 * (Moodle's {@code <single>false</single>}). GIFT gives every choice a {@code ~%weight%}, and
 * negative weights penalise wrong picks.
 */
public record MultipleAnswer(QuestionInfo info, List<Choice> choices) implements Question {

    public MultipleAnswer {
        Objects.requireNonNull(info, "info");
        choices = List.copyOf(choices);
    }

    @Override
    public MultipleAnswer withInfo(QuestionInfo newInfo) {
        return new MultipleAnswer(newInfo, choices);
    }

    @Override
    public Kind kind() {
        return Kind.MULTIPLE_ANSWER;
    }
}
