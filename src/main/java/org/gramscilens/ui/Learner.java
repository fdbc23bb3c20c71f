package org.gramscilens.ui;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.gramscilens.course.Course;
import org.gramscilens.markdown.syntax.MarkdownParser;
import org.gramscilens.progress.ProgressStore;
import org.gramscilens.progress.ProgressStoreException;
import org.gramscilens.review.CourseQuestions;
import org.gramscilens.ui.quiz.QuizSessions;

/**
 * One learner in one course: their progress store, the course's questions (parsed in the background on
 * first need) and how many are due for review. Lesson events are written on a background thread in the
 * order they happen; quiz answers are written by the quiz session itself before it shows them as recorded.
 */
final class Learner implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Learner.class.getName());
    private final ProgressStore store;
    private final String displayName;
    private final Course course;
    private final MarkdownParser parser;
    private final Clock clock;
    private final ReadOnlyIntegerWrapper due = new ReadOnlyIntegerWrapper(this, "due");
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "progress-writer");
        t.setDaemon(true);
        return t;
    });
    private CompletableFuture<QuizSessions> sessions;

    Learner(ProgressStore store, String displayName, Course course, MarkdownParser parser, Clock clock) {
        this.store = store;
        this.displayName = displayName;
        this.course = course;
        this.parser = parser;
        this.clock = clock;
    }

    ProgressStore store() {
        return store;
    }

    String displayName() {
        return displayName;
    }

    ReadOnlyIntegerProperty dueProperty() {
        return due.getReadOnlyProperty();
    }

    /** Quiz sessions for this course, parsing its quiz files once, off the FX thread. */
    synchronized CompletableFuture<QuizSessions> sessions() {
        if (sessions == null) {
            sessions = CompletableFuture.supplyAsync(
                    () -> new QuizSessions(CourseQuestions.load(course), store, parser, clock));
        }
        return sessions;
    }

    /** Recounts what is due for review (in the background) and updates {@link #dueProperty()}. */
    void refreshDue() {
        sessions()
                .thenApplyAsync(s -> s.reviewQueue().count(), writer)
                .thenAccept(n -> Platform.runLater(() -> due.set(n)));
    }

    void lessonOpened(String lessonId) {
        write(() -> store.recordLessonOpened(lessonId));
    }

    void lessonFinished(String lessonId) {
        write(() -> store.recordLessonFinished(lessonId));
    }

    private void write(Runnable r) {
        if (store.isReadOnly()) {
            return;
        }
        writer.execute(() -> {
            try {
                r.run();
            } catch (ProgressStoreException e) {
                LOG.log(System.Logger.Level.ERROR, "could not record progress: " + e.getMessage(), e);
            }
        });
    }

    @Override
    public void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(3, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        store.close();
    }
}
