package org.gramscilens.quiz;

import java.util.List;
import java.util.Objects;

/**
 * One answer may be chosen; it earns that choice's weight (Moodle's {@code <single>true</single>}).
 * GIFT writes the full-credit choices with {@code =} and the others with {@code ~}.
 */
public record MultipleChoice(QuestionInfo info, List<Choice> choices) implements Question {

    public MultipleChoice {
        Objects.requireNonNull(info, "info");
        choices = List.copyOf(choices);
    }

    @Override
    public MultipleChoice withInfo(QuestionInfo newInfo) {
        return new MultipleChoice(newInfo, choices);
    }

    @Override
    public Kind kind() {
        return Kind.MULTIPLE_CHOICE;
    }
}
