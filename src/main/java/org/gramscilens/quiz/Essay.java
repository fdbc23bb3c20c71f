package org.gramscilens.quiz;

import java.util.Objects;

/** A free-text reflection ({@code {}} in GIFT). Not marked by the program. */
public record Essay(QuestionInfo info) implements Question {

    public Essay {
        Objects.requireNonNull(info, "info");
    }

    @Override
    public Essay withInfo(QuestionInfo newInfo) {
        return new Essay(newInfo);
    }

    @Override
    public Kind kind() {
        return Kind.ESSAY;
    }
}
