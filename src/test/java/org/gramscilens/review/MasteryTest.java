package org.gramscilens.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.gramscilens.ManualClock;
import org.gramscilens.progress.ProgressStore;
import org.gramscilens.progress.StoreOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasteryTest {

    private static final String CADRES = "04-cadres";

    @TempDir
    Path dir;

    private final ManualClock clock = new ManualClock("2025-03-03T09:00:00Z");
    private ProgressStore store;
    private CourseQuestions questions;

    @BeforeEach
    void open() throws Exception {
        questions = Bundled.questions();
        store = ProgressStore.open(dir.resolve("p"), StoreOptions.defaults().withClock(clock));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void attempt(String questionId, String recordedModule, double score) {
        store.recordAttempt(questionId, recordedModule, JsonNodeFactory.instance.textNode("A"), score, 100);
    }

    private Mastery.ModuleMastery cadres() {
        return Mastery.of(questions, store.view()).module(CADRES).orElseThrow();
    }

    private long gradedIn(String module) {
        return questions.forModule(module).stream()
                .filter(CourseQuestion::isGraded)
                .count();
    }

    @Test
    void aModuleStartsUnmasteredAndEveryModuleWithAQuizIsListedInCourseOrder() {
        Mastery m = Mastery.of(questions, store.view());
        assertThat(m.modules()).hasSize(12);
        assertThat(m.modules().get(3).moduleId()).isEqualTo(CADRES);
        assertThat(m.modules().get(3).title()).isEqualTo("Cadres");
        assertThat(cadres().graded())
                .isEqualTo((int) gradedIn(CADRES))
                .isLessThan(questions.forModule(CADRES).size());
        assertThat(cadres().share()).isZero();
        assertThat(cadres().lastActivity()).isNull();
        assertThat(m.overall()).isZero();
    }

    @Test
    void masteryCountsTheLatestAttemptOfEachMarkedQuestion() {
        attempt("cadres-q1", CADRES, 1.0);
        attempt("cadres-q2", CADRES, 0.5);
        attempt("cadres-q3", CADRES, 1.0);
        clock.advance(Duration.ofDays(2));
        attempt("cadres-q3", CADRES, 0.0); // right, then wrong: no longer mastered
        attempt("cadres-q2", CADRES, 0.9995); // Moodle's threshold: counts as right
        attempt("cadres-q1", CADRES, 1.0);

        Mastery.ModuleMastery c = cadres();
        assertThat(c.answered()).isEqualTo(3);
        assertThat(c.mastered()).isEqualTo(2);
        assertThat(c.share()).isEqualTo(2.0 / gradedIn(CADRES));
        assertThat(c.attempts()).hasSize(6);
        assertThat(c.lastActivity()).isEqualTo(Instant.parse("2025-03-05T09:00:00Z"));

        var days = Mastery.of(questions, store.view()).byDay(ZoneOffset.UTC);
        assertThat(days).hasSize(2);
        assertThat(days.get(0).attempts()).isEqualTo(3);
        assertThat(days.get(0).meanScore()).isEqualTo(2.5 / 3);
        assertThat(days.get(1).meanScore()).isEqualTo((0 + 0.9995 + 1) / 3);
    }

    @Test
    void attemptsFollowTheQuestionsCurrentModuleAndGoneQuestionsAreIgnored() {
        attempt("cadres-q1", "99-old-module", 1.0);
        attempt("no-longer-in-the-course", CADRES, 1.0);
        Mastery m = Mastery.of(questions, store.view());
        assertThat(m.module(CADRES).orElseThrow().mastered()).isEqualTo(1);
        assertThat(m.module(CADRES).orElseThrow().attempts())
                .extracting(Mastery.Point::questionId)
                .containsExactly("cadres-q1");
        assertThat(m.module("99-old-module")).isEmpty();
        assertThat(m.attempts()).hasSize(1);
        assertThat(store.view().attemptCount()).as("the file keeps both").isEqualTo(2);
    }

    @Test
    void aReflectionIsActivityButNotMastery() {
        CourseQuestion essay = questions.forModule(CADRES).stream()
                .filter(q -> !q.isGraded())
                .findFirst()
                .orElseThrow();
        store.recordReflection(essay.id(), "Clinicians organise others' work.");
        assertThat(cadres().lastActivity()).isEqualTo(clock.instant());
        assertThat(cadres().mastered()).isZero();
        assertThat(cadres().answered()).isZero();
    }
}
