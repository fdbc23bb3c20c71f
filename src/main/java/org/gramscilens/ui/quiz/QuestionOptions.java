package org.gramscilens.ui.quiz;

import java.util.List;
import org.gramscilens.quiz.Choice;
import org.gramscilens.quiz.MissingWord;
import org.gramscilens.quiz.MultipleAnswer;
import org.gramscilens.quiz.MultipleChoice;
import org.gramscilens.quiz.Question;
import org.gramscilens.quiz.Response;
import org.gramscilens.quiz.TrueFalse;
import org.gramscilens.review.CourseQuestion;
import org.gramscilens.review.DisplayText;
import org.gramscilens.ui.common.Messages;

/**
 * The numbered options of choice and true/false questions; a missing-word question has its underlying
 * question's.
 */
final class QuestionOptions {

    private QuestionOptions() {}

    private static Question answering(CourseQuestion q) {
        if (q == null) {
            return null;
        }
        return q.question() instanceof MissingWord mw ? mw.underlying() : q.question();
    }

    private static List<Choice> choices(Question q) {
        if (q instanceof MultipleChoice mc) {
            return mc.choices();
        }
        return q instanceof MultipleAnswer ma ? ma.choices() : List.of();
    }

    static List<String> texts(CourseQuestion q, DisplayText text) {
        Question a = answering(q);
        if (a instanceof TrueFalse) {
            return List.of(Messages.get("quiz.true"), Messages.get("quiz.false"));
        }
        return a == null
                ? List.of()
                : choices(a).stream().map(c -> text.of(c.text())).toList();
    }

    static boolean isRight(CourseQuestion q, int i) {
        Question a = answering(q);
        if (a instanceof TrueFalse tf) {
            return (i == 0) == tf.answer();
        }
        List<Choice> choices = a == null ? List.of() : choices(a);
        return i >= 0 && i < choices.size() && choices.get(i).weight() > 0;
    }

    static boolean isChosen(Response r, int i) {
        if (r instanceof Response.SingleChoice s) {
            return s.index() == i;
        } else if (r instanceof Response.MultipleChoices m) {
            return m.indices().contains(i);
        } else if (r instanceof Response.TrueOrFalse tf) {
            return tf.answer() == (i == 0);
        }
        return false;
    }

    /** Whether a response says anything: a choice made, text typed, an item matched. */
    static boolean isAnswered(Response r) {
        if (r instanceof Response.SingleChoice s) {
            return s.index() >= 0;
        } else if (r instanceof Response.MultipleChoices m) {
            return !m.indices().isEmpty();
        } else if (r instanceof Response.TrueOrFalse) {
            return true;
        } else if (r instanceof Response.ShortText t) {
            return !t.text().isBlank();
        } else if (r instanceof Response.NumberText t) {
            return !t.text().isBlank();
        } else if (r instanceof Response.EssayText t) {
            return !t.text().isBlank();
        } else if (r instanceof Response.Matches m) {
            return m.chosen().stream().anyMatch(c -> c != null);
        } else if (r instanceof Response.Gaps g) {
            return ClozeAnswers.isAnswered(g);
        }
        return false;
    }

    /**
     * A response in words, as the summary shows it beside the right answer: the option(s) chosen, the text
     * typed, or each matching item with the answer picked for it; "—" for no answer.
     */
    static String describe(CourseQuestion q, Response r, DisplayText text) {
        String none = Messages.get("quiz.answer.none");
        if (r instanceof Response.Matches m && q.question() instanceof org.gramscilens.quiz.Matching mq) {
            List<String> parts = new java.util.ArrayList<>();
            for (int i = 0; i < m.chosen().size() && i < mq.subquestions().size(); i++) {
                String chosen = m.chosen().get(i);
                parts.add(Messages.get(
                        "quiz.answer.match", text.of(mq.subquestions().get(i).left()), chosen == null ? none : chosen));
            }
            return parts.isEmpty() ? none : String.join("; ", parts);
        }
        if (r instanceof Response.Gaps g) {
            return ClozeAnswers.describe(q.question(), g, none);
        }
        return fill(r, texts(q, text), none);
    }

    /** The answer a response gives, in words, for the gap of a missing-word question; {@code blank} if none. */
    static String fill(Response r, List<String> options, String blank) {
        if (r instanceof Response.SingleChoice s && s.index() >= 0 && s.index() < options.size()) {
            return options.get(s.index());
        } else if (r instanceof Response.MultipleChoices m && !m.indices().isEmpty()) {
            return m.indices().stream()
                    .sorted()
                    .filter(i -> i < options.size())
                    .map(options::get)
                    .collect(java.util.stream.Collectors.joining(", "));
        } else if (r instanceof Response.TrueOrFalse tf && options.size() == 2) {
            return options.get(tf.answer() ? 0 : 1);
        } else if (r instanceof Response.ShortText t && !t.text().isBlank()) {
            return t.text().strip();
        } else if (r instanceof Response.NumberText t && !t.text().isBlank()) {
            return t.text().strip();
        }
        return blank;
    }
}
