package org.gramscilens.quiz;

import java.util.Objects;

/** Text shown between questions, with nothing to answer (GIFT text with no answer block). */
public record Description(QuestionInfo info) implements Question {

    public Description {
        Objects.requireNonNull(info, "info");
    }

    @Override
    public Description withInfo(QuestionInfo newInfo) {
        return new Description(newInfo);
    }

    @Override
    public Kind kind() {
        return Kind.DESCRIPTION;
    }
}
