package org.gramscilens.ui.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.gramscilens.TestCourses;
import org.gramscilens.course.CourseLoader;
import org.gramscilens.markdown.syntax.MarkdownParser;
import org.gramscilens.progress.ProgressStore;
import org.gramscilens.progress.QuizAttempt;
import org.gramscilens.quiz.Question;
import org.gramscilens.quiz.Response;
import org.gramscilens.review.CourseQuestions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session's rules without a window: every kind of question, time taken, scores, review and retry sets. */
class QuizSessionTest {

    private static final String QUIZ = """
            ::d1::Read this before you start.

            ::n1::How many qualities does the passage list?{#5:0####See "Start" in the Alpha lesson.}

            ::ma1::Which are qualities of a cadre?{~%50%trust ~%50%experience ~%-100%a title}

            ::mc1::Pick the right one.{=right ~%-50%penalised#That costs marks. ~wrong}

            ::m1::Match them.{=hegemony -> consent =cadre -> organiser =subaltern -> unheard}

            ::e1::Reflect on it.{}
            """;

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock();
    private ProgressStore store;
    private QuizSessions sessions;

    @BeforeEach
    void open() throws Exception {
        TestCourses.write(
                dir.resolve("course"),
                Map.of(
                        "course.yaml", "title: T\nmodules:\n  - id: 01-a\n",
                        "modules/01-a/lesson.md", "---\nid: alpha\ntitle: Alpha\n---\n\n## Start\n\nText.\n",
                        "modules/01-a/quiz.gift", QUIZ));
        CourseQuestions qs = CourseQuestions.load(new CourseLoader().load(dir.resolve("course")));
        assertThat(qs.problems()).isEmpty();
        store = ProgressStore.open(dir.resolve("profile"));
        sessions = new QuizSessions(qs, store, new MarkdownParser(), clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void everyKindIsAnsweredMarkedAndTimedAndTheSummaryAddsUp() {
        QuizSession s = sessions.module("01-a");
        assertThat(s.title()).isEqualTo("Quiz: 01-a");

        assertThat(s.answerKind()).isEqualTo(Question.Kind.DESCRIPTION);
        assertThat(s.canSubmitProperty().get()).isFalse();
        s.submit();
        assertThat(s.results()).as("a description is only shown").isEmpty();
        s.next();

        assertThat(s.answerKind()).isEqualTo(Question.Kind.NUMERICAL);
        s.choose(0);
        assertThat(s.responseProperty().get())
                .as("numbers do not choose options here")
                .isEqualTo(new Response.NumberText(""));
        s.answerTextProperty().set("  ");
        assertThat(s.canSubmitProperty().get()).isFalse();
        s.answerTextProperty().set("5");
        clock.advance(Duration.ofSeconds(12));
        s.submit();
        assertThat(s.feedbackProperty().get().verdict()).isEqualTo(QuizFeedback.Verdict.RIGHT);
        assertThat(s.feedbackProperty().get().read())
                .hasValueSatisfying(l -> assertThat(l.target()).isEqualTo("alpha#start"));
        s.answerTextProperty().set("6");
        assertThat(s.results().get(0).response())
                .as("typing after submitting changes nothing")
                .isEqualTo(new Response.NumberText("5"));
        s.next();

        s.choose(0);
        s.choose(2);
        s.choose(2);
        assertThat(s.isChosen(0)).isTrue();
        assertThat(s.isChosen(2)).as("a second press unticks").isFalse();
        s.submit();
        assertThat(s.feedbackProperty().get().verdict()).isEqualTo(QuizFeedback.Verdict.PARTLY_RIGHT);
        assertThat(s.feedbackProperty().get().rightAnswer()).isEqualTo("trust, experience");
        assertThat(s.shown().isRightOption(1)).isTrue();
        assertThat(s.shown().isRightOption(2)).isFalse();
        s.next();

        s.choose(1);
        s.submit();
        assertThat(s.gradeProperty().get().fraction()).isEqualTo(-0.5);
        assertThat(s.feedbackProperty().get().answerFeedback()).isEqualTo("That costs marks.");
        s.next();

        s.setMatch(0, "consent");
        s.setMatch(1, "unheard");
        s.submit();
        assertThat(s.gradeProperty().get().fraction()).isEqualTo(1.0 / 3);
        s.next();

        assertThat(s.answerKind()).isEqualTo(Question.Kind.ESSAY);
        s.answerTextProperty().set("My thoughts.");
        s.submit();
        assertThat(s.feedbackProperty().get().verdict()).isEqualTo(QuizFeedback.Verdict.REFLECTION);
        assertThat(s.indexProperty().get()).isEqualTo(s.size() - 1);
        s.next();

        assertThat(s.phase()).isEqualTo(QuizSession.Phase.FINISHED);
        QuizSummary sum = s.summary();
        assertThat(sum.graded()).isEqualTo(4);
        assertThat(sum.score()).as("the negative mark counts as nothing").isEqualTo(1 + 0.5 + 0 + 1.0 / 3);
        assertThat(sum.reflections()).isEqualTo(1);
        assertThat(sum.missed()).extracting(r -> r.question().id()).containsExactly("ma1", "mc1", "m1");

        assertThat(store.view().attempts()).extracting(QuizAttempt::score).containsExactly(1.0, 0.5, 0.0, 1.0 / 3);
        assertThat(store.view().attempts().get(0).timeTakenMs()).isEqualTo(12_000);
        assertThat(store.view().attempts().get(3).answer().toString()).isEqualTo("[\"consent\",\"unheard\",null]");
        assertThat(store.view().latestReflection("e1").orElseThrow().text()).isEqualTo("My thoughts.");

        QuizSession retry = s.retryMissed();
        assertThat(retry.kind()).isEqualTo(QuizSession.Kind.RETRY);
        assertThat(retry.questions()).extracting(q -> q.id()).containsExactly("ma1", "mc1", "m1");
        QuizSession review = sessions.review();
        assertThat(review.kind()).isEqualTo(QuizSession.Kind.REVIEW);
        assertThat(review.questions()).extracting(q -> q.id()).containsExactlyInAnyOrder("ma1", "mc1", "m1");
        clock.advance(Duration.ofDays(1));
        assertThat(sessions.review().questions())
                .extracting(q -> q.id())
                .containsExactlyInAnyOrder("n1", "ma1", "mc1", "m1");
    }

    @Test
    void anEmptyReviewIsFinishedAtOnce() {
        QuizSession review = sessions.review();
        assertThat(review.size()).isZero();
        assertThat(review.phase()).isEqualTo(QuizSession.Phase.FINISHED);
        assertThat(review.summary().graded()).isZero();
    }

    /** A clock that stands still until moved. */
    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2025-03-04T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
