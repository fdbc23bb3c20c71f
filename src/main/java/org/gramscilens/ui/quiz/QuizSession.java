package org.gramscilens.ui.quiz;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.gramscilens.quiz.Grade;
import org.gramscilens.quiz.Matching;
import org.gramscilens.quiz.MissingWord;
import org.gramscilens.quiz.Question;
import org.gramscilens.quiz.Response;
import org.gramscilens.review.AnswerRecorder;
import org.gramscilens.review.CourseQuestion;
import org.gramscilens.review.SectionLinker.SectionLink;
import org.gramscilens.ui.common.Messages;
import org.gramscilens.ui.quiz.QuizFeedback.Verdict;

/**
 * One run through a list of questions, one at a time: the view-model of {@link QuizView}. The learner's
 * response is built with the command methods ({@link #choose}, {@link #answerTrueFalse},
 * {@link #setMatch}, {@link #answerTextProperty()}); {@link #submit()} marks it and records it in the
 * progress store ({@link AnswerRecorder}); {@link #next()} moves on, and after the last question the
 * session is {@link Phase#FINISHED} with a {@link #summary()}. Must be used on the FX thread.
 */
public final class QuizSession {

    public enum Kind {
        MODULE,
        RETRY,
        REVIEW
    }

    public enum Phase {
        ANSWERING,
        SUBMITTED,
        FINISHED
    }

    private final QuizSessions context;
    private final Kind kind;
    private final String title;
    private final List<CourseQuestion> questions;
    private final List<QuizResult> results = new ArrayList<>();
    private Instant shownAt;
    private ShownQuestion shown;

    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index", -1);
    private final ReadOnlyObjectWrapper<CourseQuestion> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.ANSWERING);
    private final ReadOnlyObjectWrapper<Response> response = new ReadOnlyObjectWrapper<>(this, "response");
    private final StringProperty answerText = new SimpleStringProperty(this, "answerText", "");
    private final ReadOnlyObjectWrapper<Grade> grade = new ReadOnlyObjectWrapper<>(this, "grade");
    private final ReadOnlyObjectWrapper<QuizFeedback> feedback = new ReadOnlyObjectWrapper<>(this, "feedback");
    private final ReadOnlyDoubleWrapper score = new ReadOnlyDoubleWrapper(this, "score");
    private final ReadOnlyIntegerWrapper gradedCount = new ReadOnlyIntegerWrapper(this, "gradedCount");
    private final ReadOnlyBooleanWrapper canSubmit = new ReadOnlyBooleanWrapper(this, "canSubmit");
    private final ReadOnlyBooleanWrapper canGoNext = new ReadOnlyBooleanWrapper(this, "canGoNext");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");

    QuizSession(QuizSessions context, Kind kind, String title, List<CourseQuestion> questions) {
        this.context = context;
        this.kind = kind;
        this.title = title;
        this.questions = List.copyOf(questions);
        context.store().readOnlyReason().ifPresent(reason -> notice.set(Messages.get("quiz.readOnly", reason)));
        answerText.addListener((o, was, now) -> textTyped(now));
        if (this.questions.isEmpty()) {
            phase.set(Phase.FINISHED);
        } else {
            show(0);
        }
    }

    // ---- what the session is ----

    public Kind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public List<CourseQuestion> questions() {
        return questions;
    }

    public int size() {
        return questions.size();
    }

    /** Whether answers reach the progress file (false when another copy has the profile open). */
    public boolean isSaving() {
        return !context.store().isReadOnly();
    }

    // ---- state ----

    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CourseQuestion> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public CourseQuestion current() {
        return current.get();
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public Phase phase() {
        return phase.get();
    }

    /** The response being built for the current question; null until there is one. */
    public ReadOnlyObjectProperty<Response> responseProperty() {
        return response.getReadOnlyProperty();
    }

    /** What the learner types for a short-answer, numerical or essay question. */
    public StringProperty answerTextProperty() {
        return answerText;
    }

    /** The mark of the submitted question; null before submitting and for essays and descriptions. */
    public ReadOnlyObjectProperty<Grade> gradeProperty() {
        return grade.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<QuizFeedback> feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }

    /** Marks earned so far, each question 0 to 1. */
    public ReadOnlyDoubleProperty scoreProperty() {
        return score.getReadOnlyProperty();
    }

    /** Marked questions submitted so far. */
    public ReadOnlyIntegerProperty gradedCountProperty() {
        return gradedCount.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSubmitProperty() {
        return canSubmit.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoNextProperty() {
        return canGoNext.getReadOnlyProperty();
    }

    /** Something the learner must know about saving (read-only profile, a failed write); empty if none. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Submitted questions, in order, with their time taken. */
    public List<QuizResult> results() {
        return List.copyOf(results);
    }

    // ---- the current question, as the view shows it ----

    /** The current question's texts and options; null once finished with nothing shown. */
    public ShownQuestion shown() {
        return shown;
    }

    public Question.Kind answerKind() {
        return shown == null ? Question.Kind.DESCRIPTION : shown.answerKind();
    }

    public boolean isChosen(int i) {
        return QuestionOptions.isChosen(response.get(), i);
    }

    /** What fills the gap of a missing-word question now: the answer chosen or typed, else the blank. */
    public String gapFill() {
        return QuestionOptions.fill(response.get(), shown == null ? List.of() : shown.options(), MissingWord.BLANK);
    }

    // ---- commands ----

    /**
     * Chooses option {@code i} (0-based): the one answer of a multiple-choice question, ticks or unticks one
     * of a multiple-answer question, true (0) or false (1). Ignored when it does not apply.
     */
    public void choose(int i) {
        if (phase.get() != Phase.ANSWERING || i < 0 || i >= shown.options().size()) {
            return;
        }
        switch (answerKind()) {
            case MULTIPLE_CHOICE -> setResponse(new Response.SingleChoice(i));
            case MULTIPLE_ANSWER -> setResponse(toggled(i));
            case TRUE_FALSE -> setResponse(new Response.TrueOrFalse(i == 0));
            default -> {}
        }
    }

    private Response toggled(int i) {
        Response r = response.get();
        Set<Integer> ticked = new HashSet<>(r instanceof Response.MultipleChoices m ? m.indices() : Set.of());
        if (!ticked.remove(i)) {
            ticked.add(i);
        }
        return new Response.MultipleChoices(ticked);
    }

    public void answerTrueFalse(boolean value) {
        if (phase.get() == Phase.ANSWERING && answerKind() == Question.Kind.TRUE_FALSE) {
            setResponse(new Response.TrueOrFalse(value));
        }
    }

    /** Matches item {@code item} of a matching question with {@code answer} (null to clear). */
    public void setMatch(int item, String answer) {
        if (phase.get() != Phase.ANSWERING
                || !(response.get() instanceof Response.Matches m)
                || item < 0
                || item >= m.chosen().size()) {
            return;
        }
        List<String> chosen = new ArrayList<>(m.chosen());
        chosen.set(item, answer);
        setResponse(new Response.Matches(chosen));
    }

    private void textTyped(String text) {
        if (phase.get() != Phase.ANSWERING || current.get() == null) {
            return;
        }
        String t = text == null ? "" : text;
        switch (answerKind()) {
            case SHORT_ANSWER -> setResponse(new Response.ShortText(t));
            case NUMERICAL -> setResponse(new Response.NumberText(t));
            case ESSAY -> setResponse(new Response.EssayText(t));
            default -> {}
        }
    }

    /** Gives gap {@code gap} of a cloze question its answer: a text, a number, a choice or ticks. */
    public void setGap(int gap, Response part) {
        if (phase.get() == Phase.ANSWERING && response.get() instanceof Response.Gaps g) {
            setResponse(ClozeAnswers.with(g, gap, part));
        }
    }

    /** The folder of the current question's quiz file, where its {@code media/} pictures are; null if unknown. */
    public java.nio.file.Path quizFolder() {
        return context.quizFolder(current.get());
    }

    /** Text from the current question (HTML feedback of a gap ...) without markup. */
    public String plainText(String text) {
        CourseQuestion q = current.get();
        return q == null ? text : context.text().of(text, q.question().text().format());
    }

    /** Each gap's mark once a cloze question is submitted; empty before that and for other questions. */
    public List<Grade> gapGrades() {
        return phase.get() == Phase.ANSWERING ? List.of() : ClozeAnswers.grades(current.get(), response.get());
    }

    private void setResponse(Response r) {
        response.set(r);
        canSubmit.set(phase.get() == Phase.ANSWERING && QuestionOptions.isAnswered(r));
    }

    /** Marks the response, records it, and shows the feedback. Does nothing until there is a response. */
    public void submit() {
        if (!canSubmit.get()) {
            return;
        }
        CourseQuestion q = current.get();
        Instant now = context.clock().instant();
        long ms = Math.max(0, Duration.between(shownAt, now).toMillis());
        AnswerRecorder.Outcome out = context.recorder().submit(q, response.get(), ms, now);
        Grade g = out.grade().orElse(null);
        results.add(new QuizResult(q, response.get(), g, ms));
        if (g != null) {
            score.set(score.get() + Math.max(0, Math.min(1, g.fraction())));
            gradedCount.set(gradedCount.get() + 1);
        }
        if (!out.saved() && isSaving()) {
            notice.set(Messages.get("quiz.notSaved", out.notSaved()));
        }
        grade.set(g);
        feedback.set(feedbackFor(q, g, out.saved()));
        canSubmit.set(false);
        canGoNext.set(true);
        phase.set(Phase.SUBMITTED); // last: views react to the phase with everything else already set
    }

    private QuizFeedback feedbackFor(CourseQuestion q, Grade g, boolean saved) {
        Optional<SectionLink> read = context.linker().link(q);
        String general = context.text().of(q.question().generalFeedback());
        if (g == null) {
            Verdict v = answerKind() == Question.Kind.ESSAY ? Verdict.REFLECTION : Verdict.SHOWN;
            return new QuizFeedback(v, 0, "", "", general, read, saved);
        }
        Verdict v = g.correct() ? Verdict.RIGHT : g.fraction() > 0 ? Verdict.PARTLY_RIGHT : Verdict.WRONG;
        var format = q.question().text().format();
        // A matching question shows each item's right answer on its own row; once is enough.
        String right =
                answerKind() == Question.Kind.MATCHING ? "" : context.text().of(g.rightAnswer(), format);
        return new QuizFeedback(v, g.fraction(), context.text().of(g.feedback(), format), right, general, read, saved);
    }

    /** Moves to the next question, or finishes after the last. Allowed once submitted, or at a description. */
    public void next() {
        if (!canGoNext.get()) {
            return;
        }
        if (index.get() + 1 >= questions.size()) {
            canGoNext.set(false);
            canSubmit.set(false);
            phase.set(Phase.FINISHED);
        } else {
            show(index.get() + 1);
        }
    }

    /** Makes question {@code i} current. The index is set last: views rebuild when it changes. */
    private void show(int i) {
        CourseQuestion q = questions.get(i);
        grade.set(null);
        feedback.set(null);
        shown = ShownQuestion.of(q, context.text());
        current.set(q);
        phase.set(Phase.ANSWERING);
        shownAt = context.clock().instant();
        Question.Kind k = shown.answerKind();
        String prefill = k == Question.Kind.ESSAY
                ? context.store()
                        .view()
                        .latestReflection(q.id())
                        .map(r -> r.text())
                        .orElse("")
                : "";
        response.set(null);
        answerText.set(prefill);
        switch (k) {
            case MULTIPLE_CHOICE -> setResponse(Response.SingleChoice.none());
            case MULTIPLE_ANSWER -> setResponse(new Response.MultipleChoices(Set.of()));
            case MATCHING ->
                setResponse(new Response.Matches(Arrays.asList(
                        new String[((Matching) q.question()).subquestions().size()])));
            case SHORT_ANSWER, NUMERICAL, ESSAY -> textTyped(prefill);
            case CLOZE -> setResponse(ClozeAnswers.empty((org.gramscilens.quiz.Cloze) q.question()));
            default -> setResponse(null);
        }
        canGoNext.set(k == Question.Kind.DESCRIPTION);
        index.set(i);
    }

    // ---- the end ----

    public QuizSummary summary() {
        int reflections = (int) results.stream().filter(r -> r.grade() == null).count();
        return new QuizSummary(
                gradedCount.get(),
                score.get(),
                results.stream().filter(QuizResult::isMissed).toList(),
                reflections);
    }

    /** The right answer of a result, as display text. */
    public String rightAnswer(QuizResult r) {
        return r.grade() == null
                ? ""
                : context.text()
                        .of(
                                r.grade().rightAnswer(),
                                r.question().question().text().format());
    }

    /** What the learner answered, in words ("—" for nothing): beside the right answer in the summary. */
    public String yourAnswer(QuizResult r) {
        return QuestionOptions.describe(r.question(), r.response(), context.text());
    }

    /** A question's text in runs that keep Markdown's emphasis, for the summary. */
    public List<org.gramscilens.review.DisplayText.Run> questionRuns(CourseQuestion q) {
        return context.text().runs(q.question().text());
    }

    /** A question's text without markup, for the summary's list of missed questions. */
    public String questionText(CourseQuestion q) {
        return context.text().of(q.question().text());
    }

    /** A new session asking again the questions missed in this one. */
    public QuizSession retryMissed() {
        return new QuizSession(
                context,
                Kind.RETRY,
                Messages.get("quiz.title.retry", title),
                summary().missed().stream().map(QuizResult::question).toList());
    }
}
