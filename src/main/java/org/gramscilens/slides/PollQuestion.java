package org.gramscilens.slides;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.gramscilens.quiz.AcceptedAnswer;
import org.gramscilens.quiz.Choice;
import org.gramscilens.quiz.Grader;
import org.gramscilens.quiz.MatchPair;
import org.gramscilens.quiz.Matching;
import org.gramscilens.quiz.MissingWord;
import org.gramscilens.quiz.MultipleAnswer;
import org.gramscilens.quiz.MultipleChoice;
import org.gramscilens.quiz.NumericAnswer;
import org.gramscilens.quiz.Numerical;
import org.gramscilens.quiz.Question;
import org.gramscilens.quiz.ShortAnswer;
import org.gramscilens.quiz.TrueFalse;
import org.gramscilens.review.DisplayText;

/**
 * A quiz question as a poll slide shows it: the prompt, lettered options for a show of hands (true/false
 * as A True, B False), and what revealing the answer adds: the right options highlighted, the accepted
 * answer for questions without options, and the feedback.
 *
 * @param items the items of a matching question, listed before the answer is revealed; empty otherwise
 * @param answer the right answer in words, shown on reveal when there are no options (short answer,
 *     numerical, matching); "" otherwise
 * @param feedback the feedback of the right answer and the question's general feedback, "" if none
 */
public record PollQuestion(
        String id,
        Question.Kind kind,
        String prompt,
        List<Option> options,
        List<String> items,
        String answer,
        String feedback) {

    /** One lettered option; {@code right} ones are highlighted when the answer is revealed. */
    public record Option(String letter, String text, boolean right) {}

    public PollQuestion {
        options = List.copyOf(options);
        items = List.copyOf(items);
    }

    public boolean hasOptions() {
        return !options.isEmpty();
    }

    /** "A", "B" … "Z", then "AA", "AB" …, for however many options a question has. */
    public static String letter(int i) {
        return i < 26 ? String.valueOf((char) ('A' + i)) : letter(i / 26 - 1) + letter(i % 26);
    }

    public static PollQuestion of(Question question, DisplayText text) {
        Question q = question instanceof MissingWord mw ? mw.underlying() : question;
        List<Option> options = new ArrayList<>();
        List<String> feedback = new ArrayList<>();
        List<String> items = List.of();
        String answer = "";
        switch (q.kind()) {
            case MULTIPLE_CHOICE, MULTIPLE_ANSWER -> {
                List<Choice> choices = q instanceof MultipleChoice mc ? mc.choices() : ((MultipleAnswer) q).choices();
                for (int i = 0; i < choices.size(); i++) {
                    Choice c = choices.get(i);
                    options.add(new Option(letter(i), text.of(c.text()), c.weight() > 0));
                    if (c.weight() > 0) {
                        feedback.add(text.of(c.feedback()));
                    }
                }
            }
            case TRUE_FALSE -> {
                TrueFalse tf = (TrueFalse) q;
                options.add(new Option(letter(0), SlideText.get("slides.poll.true"), tf.answer()));
                options.add(new Option(letter(1), SlideText.get("slides.poll.false"), !tf.answer()));
                feedback.add(text.of(tf.rightFeedback()));
            }
            case SHORT_ANSWER -> {
                answer = new Grader().rightAnswer(q);
                ((ShortAnswer) q)
                        .answers().stream()
                                .filter(a -> a.weight() > 0)
                                .map(AcceptedAnswer::feedback)
                                .findFirst()
                                .ifPresent(f -> feedback.add(text.of(f)));
            }
            case NUMERICAL -> {
                answer = new Grader().rightAnswer(q);
                ((Numerical) q)
                        .answers().stream()
                                .filter(a -> a.weight() > 0 && !a.isAny())
                                .map(NumericAnswer::feedback)
                                .findFirst()
                                .ifPresent(f -> feedback.add(text.of(f)));
            }
            case MATCHING -> {
                List<MatchPair> pairs = ((Matching) q).subquestions();
                items = pairs.stream().map(p -> text.of(p.left())).toList();
                answer = pairs.stream()
                        .map(p -> text.of(p.left()) + " → " + p.right())
                        .collect(Collectors.joining("\n"));
            }
            default -> {}
        }
        feedback.add(text.of(q.generalFeedback()));
        return new PollQuestion(
                question.id(),
                question.kind(),
                text.of(question.text()),
                options,
                items,
                answer,
                feedback.stream().filter(f -> !f.isBlank()).collect(Collectors.joining("\n")));
    }
}
