package org.gramscilens.quiz;

import java.util.Objects;

/**
 * One gap of a {@link Cloze} question: Moodle keeps each as a small question of its own (a
 * "sub-question") and so do we: a {@link ShortAnswer}, {@link Numerical}, {@link MultipleChoice} or
 * {@link MultipleAnswer} without a title or text.
 *
 * @param definition the gap as written, {@code {2:SHORTANSWER:=Berlin#Good~*#Wrong}}; written back
 *                   unchanged, as Moodle's own exporter does, so a round trip keeps every spelling
 * @param weight     the gap's share of the question's mark (Moodle's default mark; {@code 1} if not written)
 * @param layout     how the gap is shown
 * @param shuffle    whether Moodle shuffles the choices ({@code _S} types); this app keeps them in order
 * @param question   what the gap accepts and how it is marked
 */
public record ClozeGap(String definition, int weight, Layout layout, boolean shuffle, Question question) {

    /** How a gap is shown: a text field, a drop-down list, or options one under another or in a row. */
    public enum Layout {
        TEXT,
        DROPDOWN,
        VERTICAL,
        HORIZONTAL
    }

    public ClozeGap {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(question, "question");
        if (weight < 0) {
            throw new IllegalArgumentException("a gap's weight cannot be negative: " + weight);
        }
        Question.Kind k = question.kind();
        if (k != Question.Kind.SHORT_ANSWER
                && k != Question.Kind.NUMERICAL
                && k != Question.Kind.MULTIPLE_CHOICE
                && k != Question.Kind.MULTIPLE_ANSWER) {
            throw new IllegalArgumentException("a gap is a short-answer, numerical or choice question, not " + k);
        }
    }

    /** Whether the learner picks from choices (a list, options or tick boxes) rather than typing. */
    public boolean isChoice() {
        return question.kind() == Question.Kind.MULTIPLE_CHOICE || question.kind() == Question.Kind.MULTIPLE_ANSWER;
    }

    /** The choices of a choice gap; empty for a typed one. */
    public java.util.List<Choice> choices() {
        if (question instanceof MultipleChoice mc) {
            return mc.choices();
        }
        return question instanceof MultipleAnswer ma ? ma.choices() : java.util.List.of();
    }
}
