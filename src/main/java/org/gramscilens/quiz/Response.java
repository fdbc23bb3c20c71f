package org.gramscilens.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a learner answered, one kind per kind of question. A missing-word question takes the response
 * of its underlying kind; descriptions take none.
 */
public sealed interface Response {

    /** The index of the choice picked in a {@link MultipleChoice}, or {@code -1} for none. */
    record SingleChoice(int index) implements Response {
        public static SingleChoice none() {
            return new SingleChoice(-1);
        }
    }

    /** The indices of the choices ticked in a {@link MultipleAnswer}. */
    record MultipleChoices(Set<Integer> indices) implements Response {
        public MultipleChoices {
            indices = Set.copyOf(indices);
        }

        public static MultipleChoices of(Integer... indices) {
            return new MultipleChoices(Set.of(indices));
        }
    }

    record TrueOrFalse(boolean answer) implements Response {}

    /** The text typed for a {@link ShortAnswer}. */
    record ShortText(String text) implements Response {
        public ShortText {
            Objects.requireNonNull(text, "text");
        }
    }

    /** The text typed for a {@link Numerical} question, as typed (it is read as Moodle reads it). */
    record NumberText(String text) implements Response {
        public NumberText {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * For a {@link Matching} question, the right-hand answer chosen for each of its
     * {@link Matching#subquestions()}, in that order; {@code null} where nothing was chosen.
     */
    record Matches(List<String> chosen) implements Response {
        public Matches {
            chosen = Collections.unmodifiableList(new ArrayList<>(chosen));
        }

        public static Matches of(String... chosen) {
            return new Matches(java.util.Arrays.asList(chosen));
        }
    }

    /**
     * For a {@link Cloze} question, the response to each of its {@link Cloze#gaps()}, in that order: a
     * {@link ShortText}, {@link NumberText}, {@link SingleChoice} or {@link MultipleChoices} as the gap takes.
     */
    record Gaps(List<Response> parts) implements Response {
        public Gaps {
            parts = List.copyOf(parts);
        }
    }

    /** An essay's text; kept for the learner, never marked. */
    record EssayText(String text) implements Response {
        public EssayText {
            Objects.requireNonNull(text, "text");
        }
    }
}
