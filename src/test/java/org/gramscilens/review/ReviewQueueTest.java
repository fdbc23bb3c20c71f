package org.gramscilens.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.time.Duration;
import org.gramscilens.ManualClock;
import org.gramscilens.progress.ProgressStore;
import org.gramscilens.progress.StoreOptions;
import org.gramscilens.quiz.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Questions of the bundled "Who are medical leaders?" quiz answered through {@link AnswerRecorder} into a
 * real store, with the clock moved by hand. q3 is true/false (true); q4 short answer ("hierarchic").
 */
class ReviewQueueTest {

    @TempDir
    Path dir;

    private final ManualClock clock = new ManualClock("2025-03-03T09:00:00Z");
    private ProgressStore store;
    private AnswerRecorder recorder;
    private CourseQuestions questions;

    @BeforeEach
    void open() throws Exception {
        questions = Bundled.questions();
        store = ProgressStore.open(dir.resolve("p"), StoreOptions.defaults().withClock(clock));
        recorder = new AnswerRecorder(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void answer(String id, Response r) {
        recorder.submit(questions.find(id).orElseThrow(), r, 1000, clock.instant());
    }

    private ReviewQueue queue() {
        return ReviewQueue.of(questions, store.view(), clock.instant());
    }

    private static java.util.List<String> ids(java.util.List<CourseQuestion> list) {
        return list.stream().map(CourseQuestion::id).toList();
    }

    @Test
    void nothingIsDueBeforeAnythingIsAnswered() {
        assertThat(queue().count()).isZero();
        assertThat(queue().nextDue()).isEmpty();
    }

    @Test
    void rightAnswersComeBackAfterOneThenSixDaysAndMissedOnesAtOnce() {
        answer("who-are-medical-leaders-q3", new Response.TrueOrFalse(true));
        answer("who-are-medical-leaders-q4", new Response.ShortText("command"));

        ReviewQueue now = queue();
        assertThat(ids(now.due())).isEmpty();
        assertThat(ids(now.missed())).containsExactly("who-are-medical-leaders-q4");
        assertThat(now.count()).isEqualTo(1);
        assertThat(now.nextDue()).contains(clock.instant().plus(Duration.ofDays(1)));

        clock.advance(Duration.ofHours(23));
        assertThat(queue().count()).as("23 hours later only the missed one").isEqualTo(1);

        clock.advance(Duration.ofHours(1));
        ReviewQueue dayLater = queue();
        assertThat(ids(dayLater.due()))
                .containsExactlyInAnyOrder("who-are-medical-leaders-q3", "who-are-medical-leaders-q4");
        assertThat(ids(dayLater.questions())).hasSize(2).doesNotHaveDuplicates();
        assertThat(dayLater.count()).isEqualTo(2);

        answer("who-are-medical-leaders-q3", new Response.TrueOrFalse(true));
        answer("who-are-medical-leaders-q4", new Response.ShortText("Hierarchic"));
        ReviewQueue reviewed = queue();
        assertThat(reviewed.count()).as("both answered right again").isZero();
        assertThat(reviewed.nextDue()).contains(clock.instant().plus(Duration.ofDays(1)));

        clock.advance(Duration.ofDays(1));
        assertThat(ids(queue().due()))
                .as("q4 failed once, so its second pass is its first")
                .containsExactly("who-are-medical-leaders-q4");
        clock.advance(Duration.ofDays(5));
        assertThat(ids(queue().due())).containsExactly("who-are-medical-leaders-q4", "who-are-medical-leaders-q3");
    }

    @Test
    void anAnsweredQuestionWithoutAReadableStateIsDueAndProgressAboutGoneQuestionsIsIgnored() {
        store.recordAttempt(
                "who-are-medical-leaders-q3",
                "03-who-are-medical-leaders",
                JsonNodeFactory.instance.booleanNode(true),
                1,
                10);
        store.recordAttempt(
                "who-are-medical-leaders-q5",
                "03-who-are-medical-leaders",
                JsonNodeFactory.instance.textNode("B"),
                1,
                10);
        store.putReviewState(
                "who-are-medical-leaders-q5",
                JsonNodeFactory.instance.objectNode().put("ease", "high"));
        store.recordAttempt(
                "edited-away-q1", "03-who-are-medical-leaders", JsonNodeFactory.instance.textNode("A"), 0, 10);
        ReviewQueue q = queue();
        assertThat(ids(q.due())).containsExactlyInAnyOrder("who-are-medical-leaders-q3", "who-are-medical-leaders-q5");
        assertThat(q.missed()).isEmpty();
        assertThat(q.count()).isEqualTo(2);
    }

    @Test
    void partCreditIsMissedUntilFullyRight() {
        answer("who-are-medical-leaders-q1", Response.Matches.of("cadre", "collective intellectual", "hegemony"));
        assertThat(store.view()
                        .latestAttempt("who-are-medical-leaders-q1")
                        .orElseThrow()
                        .score())
                .isBetween(0.3, 0.4);
        assertThat(ids(queue().missed())).containsExactly("who-are-medical-leaders-q1");
        answer("who-are-medical-leaders-q1", Response.Matches.of("cadre", "hegemony", "collective intellectual"));
        assertThat(queue().missed()).isEmpty();
    }

    @Test
    void essaysAreNeverDue() {
        CourseQuestion essay =
                questions.all().stream().filter(c -> !c.isGraded()).findFirst().orElseThrow();
        recorder.submit(essay, new Response.EssayText("A reflection."), 5, clock.instant());
        clock.advance(Duration.ofDays(30));
        assertThat(queue().count()).isZero();
        assertThat(store.view().latestReflection(essay.id()))
                .hasValueSatisfying(r -> assertThat(r.text()).isEqualTo("A reflection."));
    }
}
