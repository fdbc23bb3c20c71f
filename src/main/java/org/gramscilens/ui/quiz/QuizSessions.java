package org.gramscilens.ui.quiz;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.gramscilens.course.Module;
import org.gramscilens.markdown.syntax.MarkdownParser;
import org.gramscilens.progress.ProgressStore;
import org.gramscilens.review.AnswerRecorder;
import org.gramscilens.review.CourseQuestion;
import org.gramscilens.review.CourseQuestions;
import org.gramscilens.review.DisplayText;
import org.gramscilens.review.ReviewQueue;
import org.gramscilens.review.SectionLinker;
import org.gramscilens.ui.common.Messages;

/**
 * Starts quiz sessions for one course and one learner: a module's quiz, a review of what is due, and
 * (through {@link QuizSession#retryMissed()}) the questions just missed. Everything a session needs is
 * given here once.
 */
public final class QuizSessions {

    private final CourseQuestions questions;
    private final ProgressStore store;
    private final AnswerRecorder recorder;
    private final SectionLinker linker;
    private final DisplayText text;
    private final Clock clock;

    public QuizSessions(CourseQuestions questions, ProgressStore store, MarkdownParser parser, Clock clock) {
        this.questions = Objects.requireNonNull(questions, "questions");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.recorder = new AnswerRecorder(store);
        this.linker = new SectionLinker(questions.course(), parser);
        this.text = new DisplayText(questions.course(), parser);
    }

    /** The quiz of one module, every question in file order. */
    public QuizSession module(String moduleId) {
        String title = questions.course().modules().stream()
                .filter(m -> m.id().equals(moduleId))
                .map(Module::title)
                .findFirst()
                .orElse(moduleId);
        return new QuizSession(
                this, QuizSession.Kind.MODULE, Messages.get("quiz.title.module", title), questions.forModule(moduleId));
    }

    /** The questions due for review now and those missed since (see {@link ReviewQueue}). */
    public QuizSession review() {
        return new QuizSession(
                this,
                QuizSession.Kind.REVIEW,
                Messages.get("quiz.title.review"),
                reviewQueue().questions());
    }

    /** Any questions, for example a lecturer's selection. */
    public QuizSession of(String title, List<CourseQuestion> chosen) {
        return new QuizSession(this, QuizSession.Kind.MODULE, title, chosen);
    }

    public ReviewQueue reviewQueue() {
        return ReviewQueue.of(questions, store.view(), clock.instant());
    }

    /** The folder of {@code q}'s quiz file, where its {@code media/} pictures are; null if unknown. */
    java.nio.file.Path quizFolder(CourseQuestion q) {
        if (q == null || q.module().quiz() == null) {
            return null;
        }
        return questions
                .course()
                .root()
                .resolve(q.module().quiz())
                .toAbsolutePath()
                .getParent();
    }

    public CourseQuestions questions() {
        return questions;
    }

    public ProgressStore store() {
        return store;
    }

    AnswerRecorder recorder() {
        return recorder;
    }

    SectionLinker linker() {
        return linker;
    }

    DisplayText text() {
        return text;
    }

    Clock clock() {
        return clock;
    }
}
