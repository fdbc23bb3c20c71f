package org.gramscilens.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gramscilens.progress.Fixtures.json;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressStoreTest {

    @TempDir
    Path dir;

    private ProgressStore open() {
        return ProgressStore.open(dir.resolve("p"), Fixtures.options());
    }

    private static void recordOneOfEach(ProgressStore s) {
        s.recordAttempt("q1", "m1", json("\"B\""), 1.0, 1200);
        s.recordAttempt("q2", "m1", json("[\"A\",\"C\"]"), 0.5, 3400);
        s.recordAttempt("q1", "m1", json("\"C\""), 0.0, 800);
        s.recordAttempt("q9", "m2", json("{\"text\":\"hegemony\"}"), 0.25, 5000);
        s.recordLessonOpened("lesson-a");
        s.recordLessonOpened("lesson-b");
        s.recordLessonOpened("lesson-a");
        s.recordLessonFinished("lesson-a");
        s.recordReflection("essay-1", "First thoughts");
        s.recordReflection("essay-1", "Second, better thoughts");
        s.recordReflection("essay-2", "On cadres");
        s.recordMapAttempt("map-1", json("{\"links\":[[\"a\",\"b\"]]}"), 0.75);
        s.putReviewState("q1", json("{\"ease\":2.5,\"intervalDays\":1}"));
        s.putReviewState("q1", json("{\"ease\":2.6,\"intervalDays\":6}"));
        s.putReviewState("q2", json("{\"ease\":2.3,\"intervalDays\":1}"));
        s.putSetting("map.positions", json("{\"hegemony\":[10,20]}"));
        s.putSetting("theme", json("\"dark\""));
        s.removeSetting("theme");
    }

    private static void assertOneOfEach(ProgressView v) {
        assertThat(v.attempts()).extracting(QuizAttempt::questionId).containsExactly("q1", "q2", "q1", "q9");
        assertThat(v.attemptsForQuestion("q1"))
                .extracting(a -> a.answer().asText())
                .containsExactly("B", "C");
        assertThat(v.attemptsForModule("m1")).hasSize(3);
        assertThat(v.attemptsForModule("m2")).singleElement().satisfies(a -> {
            assertThat(a.answer()).isEqualTo(json("{\"text\":\"hegemony\"}"));
            assertThat(a.score()).isEqualTo(0.25);
            assertThat(a.timeTakenMs()).isEqualTo(5000);
        });
        assertThat(v.latestAttempts()).containsOnlyKeys("q1", "q2", "q9");
        assertThat(v.latestAttempt("q1")).get().extracting(QuizAttempt::score).isEqualTo(0.0);
        assertThat(v.lessonsOpened()).containsExactly("lesson-a", "lesson-b");
        assertThat(v.lessonsFinished()).containsExactly("lesson-a");
        assertThat(v.lessonEvents()).hasSize(4);
        assertThat(v.latestReflections().get("essay-1").text()).isEqualTo("Second, better thoughts");
        assertThat(v.reflectionHistory("essay-1"))
                .extracting(Reflection::text)
                .containsExactly("First thoughts", "Second, better thoughts");
        assertThat(v.latestReflections()).containsOnlyKeys("essay-1", "essay-2");
        assertThat(v.mapAttempts())
                .singleElement()
                .extracting(MapAttempt::score)
                .isEqualTo(0.75);
        assertThat(v.reviewStates()).containsOnlyKeys("q1", "q2");
        assertThat(v.reviewState("q1")).contains(json("{\"ease\":2.6,\"intervalDays\":6}"));
        assertThat(v.settings()).containsOnlyKeys("map.positions");
        assertThat(v.setting("map.positions")).contains(json("{\"hegemony\":[10,20]}"));
    }

    @Test
    void recordsAreQueryableAtOnce() {
        try (ProgressStore s = open()) {
            recordOneOfEach(s);
            assertOneOfEach(s.view());
        }
    }

    @Test
    void everythingSurvivesCloseAndReopen() {
        try (ProgressStore s = open()) {
            recordOneOfEach(s);
        }
        try (ProgressStore s = open()) {
            assertThat(s.openReport().isClean()).isTrue();
            assertOneOfEach(s.view());
        }
    }

    @Test
    void everythingSurvivesACrashThroughTheJournalAlone() throws Exception {
        try (ProgressStore s = open()) {
            recordOneOfEach(s);
            assertThat(Files.size(s.folder().resolve("journal.jsonl"))).isPositive();
            Path crashed = Fixtures.crashCopy(s.folder(), dir.resolve("crashed"));
            try (ProgressStore again = ProgressStore.open(crashed, Fixtures.options())) {
                assertThat(again.isReadOnly()).isFalse();
                assertOneOfEach(again.view());
            }
        }
    }

    @Test
    void closingCompactsTheJournalIntoTheSnapshot() throws Exception {
        Path folder;
        try (ProgressStore s = open()) {
            recordOneOfEach(s);
            folder = s.folder();
        }
        assertThat(Files.readString(folder.resolve("journal.jsonl")))
                .as("only the header is left")
                .isEqualTo("{\"schemaVersion\":2}\n");
        assertThat(Fixtures.read(folder.resolve("progress.json")))
                .contains("\"schemaVersion\": 2", "\"lastSeq\": 18", "Second, better thoughts");
    }

    @Test
    void aLargeJournalIsCompactedInTheBackgroundWithoutLosingAnything() throws Exception {
        StoreOptions small = Fixtures.options().withCompactAfterJournalBytes(2_000);
        try (ProgressStore s = ProgressStore.open(dir.resolve("p"), small)) {
            for (int i = 0; i < 300; i++) {
                s.recordAttempt("q" + i, "m", json("\"x\""), 1, i);
            }
            s.awaitBackgroundWork();
            assertThat(s.folder().resolve("progress.json"))
                    .as("written by a background compaction")
                    .exists();
            assertThat(Files.size(s.folder().resolve("journal.jsonl")))
                    .as("journal trimmed")
                    .isLessThan(25_000);
            try (var files = Files.list(s.folder())) {
                assertThat(files.map(f -> f.getFileName().toString())).noneMatch(f -> f.matches("journal-.*"));
            }
            assertThat(s.lastCompactionFailure()).isEmpty();
            Path crashed = Fixtures.crashCopy(s.folder(), dir.resolve("crashed"));
            try (ProgressStore again = ProgressStore.open(crashed, Fixtures.options())) {
                assertThat(again.view().attemptCount()).isEqualTo(300);
            }
        }
    }

    @Test
    void unknownIdsAreNeverDropped() {
        try (ProgressStore s = open()) {
            s.recordAttempt("question-deleted-from-course", "module-gone", json("1"), 1, 1);
        }
        try (ProgressStore s = open()) {
            assertThat(s.view().attemptsForQuestion("question-deleted-from-course"))
                    .hasSize(1);
        }
    }

    @Test
    void recordedJsonIsCopiedSoLaterChangesByTheCallerDoNotLeakIn() {
        try (ProgressStore s = open()) {
            var state = (com.fasterxml.jackson.databind.node.ObjectNode) json("{\"ease\":2.5}");
            s.putReviewState("q1", state);
            state.put("ease", 9.9);
            s.view().reviewStates().get("q1");
            assertThat(s.view().reviewState("q1")).contains(json("{\"ease\":2.5}"));
        }
    }

    @Test
    void badArgumentsAreRefusedBeforeAnythingIsWritten() {
        try (ProgressStore s = open()) {
            assertThatThrownBy(() -> s.recordAttempt("q", "m", json("1"), 1.5, 1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("score");
            assertThatThrownBy(() -> s.recordAttempt(" ", "m", json("1"), 1, 1))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> s.recordAttempt("q", "m", json("1"), 1, -1))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(s.view().attemptCount()).isZero();
        }
    }

    @Test
    void aClosedStoreRefusesWrites() {
        ProgressStore s = open();
        s.close();
        s.close();
        assertThatThrownBy(() -> s.recordLessonOpened("x"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void journalIsAHeaderThenOneJsonObjectPerRecord() throws Exception {
        try (ProgressStore s = open()) {
            s.recordAttempt("q1", "m1", json("\"B\""), 1, 1200);
            s.recordReflection("e1", "two\nlines");
            var lines = Files.readAllLines(s.folder().resolve("journal.jsonl"));
            assertThat(lines).hasSize(3);
            assertThat(lines.get(0)).isEqualTo("{\"schemaVersion\":2}");
            assertThat(json(lines.get(1)).get("seq").asLong()).isEqualTo(1);
            assertThat(json(lines.get(1)).get("type").asText()).isEqualTo("attempt");
            assertThat(json(lines.get(2)).get("text").asText()).isEqualTo("two\nlines");
        }
    }
}
