package org.gramscilens.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gramscilens.course.Course;
import org.gramscilens.course.CourseLoader;
import org.gramscilens.progress.ProgressStore;
import org.gramscilens.review.AnswerRecorder;
import org.gramscilens.review.CourseQuestions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sender against a real LRS (Learning Locker's xapi-statements), with and without a faulty network. */
class LrsSyncTest {

    private static Course course;
    private static CourseQuestions questions;
    private static XapiCourse xapiCourse;
    private static LrsProcess lrs;

    @TempDir
    Path dir;

    @BeforeAll
    static void startLrs(@TempDir Path storage) throws Exception {
        course = new CourseLoader().load(Path.of("content"));
        questions = CourseQuestions.load(course);
        xapiCourse = XapiCourse.of(course);
        lrs = LrsProcess.start(storage);
    }

    @AfterAll
    static void stopLrs() throws Exception {
        lrs.close();
    }

    private ProgressStore learner(Path folder, long seed) {
        ProgressStore store = ProgressStore.open(folder);
        store.recordLessonOpened(course.firstLesson().orElseThrow().id());
        new SimulatedLearner(seed)
                .answerAll(questions, new AnswerRecorder(store), Instant.parse("2025-03-04T10:00:00Z"));
        store.recordLessonFinished(course.firstLesson().orElseThrow().id());
        return store;
    }

    private static XapiSender sender(java.net.URI endpoint, int batch, Duration timeout) {
        return new XapiSender(
                new LrsClient(endpoint, "key", "secret", timeout),
                new XapiSender.Options(batch, Duration.ofMillis(50), Duration.ofMillis(400), 6));
    }

    private static List<String> idsInLrs(String pseudonym) throws Exception {
        List<String> ids = new ArrayList<>();
        new LrsClient(lrs.endpoint(), "k", "s", Duration.ofSeconds(10)).fetch(null, page -> {
            for (ObjectNode s : page) {
                if (pseudonym.equals(
                        s.path("actor").path("account").path("name").asText())) {
                    ids.add(s.get("id").asText());
                }
            }
        });
        return ids;
    }

    @Test
    void everyStatementIsAcceptedOnceAndAResendAddsNone() throws Exception {
        try (ProgressStore store = learner(dir.resolve("p"), 1)) {
            SyncState state = SyncState.open(store.folder());
            StatementBuilder builder = new StatementBuilder(xapiCourse, Actor.pseudonymous(state.pseudonym()), true);
            List<Statement> all = builder.after(store.view(), 0);
            assertThat(all.size()).isGreaterThan(questions.all().size() / 2);

            XapiSender.Report report =
                    sender(lrs.endpoint(), 25, Duration.ofSeconds(10)).sync(builder, store.view(), state, n -> {});

            assertThat(report.problem()).isNull();
            assertThat(report.sent()).isEqualTo(all.size());
            assertThat(report.rejected()).isZero();
            assertThat(report.waiting()).isZero();
            assertThat(idsInLrs(state.pseudonym()))
                    .containsExactlyInAnyOrderElementsOf(
                            all.stream().map(s -> s.id().toString()).toList());

            // the marker is lost (an old copy of the data folder): everything is sent again, and stored once
            String json = Files.readString(store.folder().resolve(SyncState.FILE));
            Files.writeString(
                    store.folder().resolve(SyncState.FILE),
                    json.replaceAll("\"sentThrough\" : \\d+", "\"sentThrough\" : 0"));
            SyncState lost = SyncState.open(store.folder());
            assertThat(lost.sentThrough()).isZero();
            XapiSender.Report again =
                    sender(lrs.endpoint(), 25, Duration.ofSeconds(10)).sync(builder, store.view(), lost, n -> {});
            assertThat(again.complete()).isTrue();
            assertThat(idsInLrs(state.pseudonym())).hasSize(all.size());
        }
    }

    @Test
    void eachModulesQuizCompletionReachesTheLrsOnceEvenWhenBatchesWouldSplitItFromItsAnswer() throws Exception {
        try (ProgressStore store = learner(dir.resolve("p"), 4)) {
            SyncState state = SyncState.open(store.folder());
            StatementBuilder builder = new StatementBuilder(xapiCourse, Actor.pseudonymous(state.pseudonym()), false);
            List<Statement> completions = builder.quizCompletions(store.view());
            long modulesWithQuestions = course.modules().stream()
                    .filter(m -> !xapiCourse.gradedQuestionsOf(m.id()).isEmpty())
                    .count();
            assertThat(completions).hasSize((int) modulesWithQuestions).allSatisfy(c -> {
                assertThat(c.json().at("/verb/id").asText()).isEqualTo(Verbs.COMPLETED.id());
                assertThat(c.json().at("/object/id").asText()).contains("/quiz/");
            });
            // a batch of one statement: the answer and the completion it makes share a seq
            XapiSender.Report report =
                    sender(lrs.endpoint(), 1, Duration.ofSeconds(10)).sync(builder, store.view(), state, n -> {});
            assertThat(report.complete()).isTrue();
            assertThat(idsInLrs(state.pseudonym()))
                    .containsAll(
                            completions.stream().map(c -> c.id().toString()).toList());
            assertThat(builder.after(store.view(), state.sentThrough())).isEmpty();
        }
    }

    @Test
    void errorsTimeoutsAndADroppedConnectionAreRetriedWithNothingLostOrDoubled() throws Exception {
        try (ProgressStore store = learner(dir.resolve("p"), 2);
                FaultyProxy proxy = new FaultyProxy(lrs.endpoint())) {
            SyncState state = SyncState.open(store.folder());
            StatementBuilder builder = new StatementBuilder(xapiCourse, Actor.pseudonymous(state.pseudonym()), false);
            int total = builder.after(store.view(), 0).size();
            proxy.failNext(List.of(
                    FaultyProxy.Fault.HTTP_500,
                    FaultyProxy.Fault.FORWARD_THEN_DROP,
                    FaultyProxy.Fault.STALL,
                    FaultyProxy.Fault.HTTP_500,
                    FaultyProxy.Fault.FORWARD_THEN_DROP));

            XapiSender.Report report =
                    sender(proxy.endpoint(), 10, Duration.ofSeconds(1)).sync(builder, store.view(), state, n -> {});

            assertThat(report.complete())
                    .as(report + " after " + proxy.posts.get() + " posts")
                    .isTrue();
            assertThat(proxy.posts.get()).isGreaterThanOrEqualTo((total + 9) / 10 + 5);
            List<String> ids = idsInLrs(state.pseudonym());
            assertThat(ids).hasSize(total).doesNotHaveDuplicates();
        }
    }

    @Test
    void anLrsKilledMidSyncAndRestartedGetsTheRestOfTheQueue() throws Exception {
        try (ProgressStore store = learner(dir.resolve("p"), 3);
                LrsProcess own = LrsProcess.start(dir.resolve("lrs"))) {
            SyncState state = SyncState.open(store.folder());
            StatementBuilder builder = new StatementBuilder(xapiCourse, Actor.pseudonymous(state.pseudonym()), true);
            List<Statement> all = builder.after(store.view(), 0);
            XapiSender sender = new XapiSender(
                    new LrsClient(own.endpoint(), "k", "s", Duration.ofSeconds(2)),
                    new XapiSender.Options(5, Duration.ofMillis(50), Duration.ofMillis(200), 3));

            // batches of 5, or 6 when an answer and the quiz completion it makes would be split
            java.util.concurrent.atomic.AtomicLong killedAt = new java.util.concurrent.atomic.AtomicLong(-1);
            XapiSender.Report cut = sender.sync(builder, store.view(), state, sent -> {
                if (sent >= 10 && killedAt.compareAndSet(-1, sent)) {
                    try {
                        own.kill();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
            assertThat(cut.problem()).contains("not answering");
            assertThat(cut.sent()).isEqualTo(killedAt.get());
            assertThat(cut.waiting()).isEqualTo(all.size() - (int) killedAt.get());
            long marker = state.sentThrough();

            own.restart(); // in memory: it starts empty, so it should now get exactly what was waiting
            XapiSender.Report rest = sender.sync(builder, store.view(), SyncState.open(store.folder()), n -> {});

            assertThat(rest.complete()).isTrue();
            List<String> expected = all.stream()
                    .filter(s -> s.seq() > marker)
                    .map(s -> s.id().toString())
                    .toList();
            List<String> stored = new ArrayList<>();
            new LrsClient(own.endpoint(), "k", "s", Duration.ofSeconds(10))
                    .fetch(
                            null,
                            page -> page.forEach(s -> stored.add(s.get("id").asText())));
            assertThat(stored).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void theClassReportFromTheLrsEqualsTheOneFromHandedInFiles() throws Exception {
        try (LrsProcess own = LrsProcess.start(dir.resolve("lrs"))) {
            Path handedIn = dir.resolve("handed-in");
            for (int i = 0; i < 3; i++) {
                try (ProgressStore store = learner(dir.resolve("p" + i), 10 + i)) {
                    SyncState state = SyncState.open(store.folder());
                    StatementBuilder builder =
                            new StatementBuilder(xapiCourse, Actor.pseudonymous(state.pseudonym()), true);
                    new XapiSender(
                                    new LrsClient(own.endpoint(), "k", "s", Duration.ofSeconds(10)),
                                    XapiSender.Options.defaults())
                            .sync(builder, store.view(), state, n -> {});
                    StatementFiles.write(builder.after(store.view(), 0), handedIn.resolve("learner-" + i + ".json"));
                }
            }
            ClassReport fromLrs = new ClassReport(xapiCourse, null);
            fromLrs.addFrom(new LrsClient(own.endpoint(), "k", "s", Duration.ofSeconds(10)));
            ClassReport fromFiles = new ClassReport(xapiCourse, null);
            fromFiles.add(StatementFiles.read(handedIn));

            java.io.StringWriter a = new java.io.StringWriter();
            java.io.StringWriter b = new java.io.StringWriter();
            ClassReportWriter.csv(fromLrs, a);
            ClassReportWriter.csv(fromFiles, b);
            assertThat(a.toString()).isEqualTo(b.toString());
            assertThat(fromLrs.learnerCount()).isEqualTo(3);
            assertThat(fromLrs.questions())
                    .isNotEmpty()
                    .allSatisfy(r -> assertThat(r.answered()).isEqualTo(3));
            assertThat(java.util.Arrays.stream(fromLrs.masteryDistribution()).sum())
                    .isEqualTo(3);
        }
    }
}
