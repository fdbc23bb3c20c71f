package org.gramscilens.xapi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.gramscilens.quiz.AcceptedAnswer;
import org.gramscilens.quiz.Matching;
import org.gramscilens.quiz.MissingWord;
import org.gramscilens.quiz.MultipleAnswer;
import org.gramscilens.quiz.MultipleChoice;
import org.gramscilens.quiz.NumericAnswer;
import org.gramscilens.quiz.Numerical;
import org.gramscilens.quiz.Question;
import org.gramscilens.quiz.Response;
import org.gramscilens.quiz.ShortAnswer;
import org.gramscilens.review.AnswerRecorder;
import org.gramscilens.review.CourseQuestion;
import org.gramscilens.review.CourseQuestions;

/**
 * A learner who answers every question of a course with seeded random answers, through the real
 * {@link AnswerRecorder} and progress store: what {@code bench class} and the LRS tests use to make a class.
 */
public final class SimulatedLearner {

    private final Random random;

    public SimulatedLearner(long seed) {
        this.random = new Random(seed);
    }

    /** Answers every question once; returns how many answers were recorded. */
    public int answerAll(CourseQuestions questions, AnswerRecorder recorder, Instant now) {
        int n = 0;
        for (CourseQuestion q : questions.all()) {
            if (q.question().kind() == Question.Kind.DESCRIPTION) {
                continue;
            }
            if (recorder.submit(q, response(q.question()), 2_000 + random.nextInt(60_000), now)
                    .saved()) {
                n++;
            }
        }
        return n;
    }

    /** A plausible answer: often right, sometimes a wrong choice. */
    public Response response(Question question) {
        Question q = question instanceof MissingWord m ? m.underlying() : question;
        return switch (q.kind()) {
            case MULTIPLE_CHOICE ->
                new Response.SingleChoice(
                        random.nextInt(((MultipleChoice) q).choices().size()));
            case MULTIPLE_ANSWER -> {
                int size = ((MultipleAnswer) q).choices().size();
                Set<Integer> picks = new HashSet<>();
                picks.add(random.nextInt(size));
                picks.add(random.nextInt(size));
                yield new Response.MultipleChoices(picks);
            }
            case TRUE_FALSE -> new Response.TrueOrFalse(random.nextBoolean());
            case SHORT_ANSWER -> {
                List<AcceptedAnswer> answers = ((ShortAnswer) q).answers();
                yield new Response.ShortText(
                        random.nextInt(3) > 0 && !answers.isEmpty()
                                ? answers.get(0).text().replace("*", "")
                                : "no idea");
            }
            case NUMERICAL -> {
                List<NumericAnswer> answers = ((Numerical) q).answers();
                NumericAnswer a = answers.isEmpty() ? null : answers.get(0);
                yield new Response.NumberText(
                        a == null || a.isAny() || random.nextInt(3) == 0
                                ? String.valueOf(random.nextInt(100))
                                : a.value().toPlainString());
            }
            case MATCHING -> {
                Matching m = (Matching) q;
                List<String> chosen = new ArrayList<>();
                List<String> choices = m.answerChoices();
                m.subquestions()
                        .forEach(p -> chosen.add(
                                random.nextInt(3) > 0 ? p.right() : choices.get(random.nextInt(choices.size()))));
                yield new Response.Matches(chosen);
            }
            case ESSAY ->
                new Response.EssayText(
                        "Reflection " + random.nextInt(1000) + ": hegemony is consent armoured by coercion.");
            case CLOZE ->
                new Response.Gaps(((org.gramscilens.quiz.Cloze) q)
                        .gaps().stream().map(g -> response(g.question())).toList());
            default -> new Response.SingleChoice(-1);
        };
    }
}
