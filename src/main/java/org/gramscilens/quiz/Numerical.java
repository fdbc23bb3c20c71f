package org.gramscilens.quiz;

import java.util.List;
import java.util.Objects;

/** The learner types a number; the first answer whose interval holds it gives the credit (as in Moodle). */
public record Numerical(QuestionInfo info, List<NumericAnswer> answers) implements Question {

    public Numerical {
        Objects.requireNonNull(info, "info");
        answers = List.copyOf(answers);
    }

    @Override
    public Numerical withInfo(QuestionInfo newInfo) {
        return new Numerical(newInfo, answers);
    }

    @Override
    public Kind kind() {
        return Kind.NUMERICAL;
    }
}
