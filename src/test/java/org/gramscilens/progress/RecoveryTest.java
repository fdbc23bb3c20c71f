package org.gramscilens.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gramscilens.progress.Fixtures.json;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged, cut-short and foreign files: kept aside, never written over, explained. */
class RecoveryTest {

    @TempDir
    Path dir;

    private Path profile() {
        return dir.resolve("p");
    }

    private ProgressStore open() {
        return ProgressStore.open(profile(), Fixtures.options());
    }

    private void recordAttempts(int from, int to) {
        try (ProgressStore s = open()) {
            for (int i = from; i < to; i++) {
                s.recordAttempt("q" + i, "m", json("\"a\""), 1, i);
            }
        }
    }

    /** Records into the journal and leaves the files as a crash would (no closing compaction). */
    private Path crashAfterRecording(int attempts) throws Exception {
        try (ProgressStore s = open()) {
            for (int i = 0; i < attempts; i++) {
                s.recordAttempt("q" + i, "m", json("\"a\""), 1, i);
            }
            return Fixtures.crashCopy(s.folder(), dir.resolve("crashed"));
        }
    }

    private List<String> filesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private void assertSnapshotKeptAsideAndRestorable(byte[] damaged, String why) throws Exception {
        Path snapshot = profile().resolve("progress.json");
        Files.write(snapshot, damaged);
        Path kept;
        try (ProgressStore s = open()) {
            OpenReport report = s.openReport();
            assertThat(report.has(Issue.Kind.SNAPSHOT_UNREADABLE)).isTrue();
            assertThat(report.summary()).contains("could not be read", why, "moved to progress.json.unreadable-");
            kept = report.issues().get(0).keptAside();
            assertThat(kept.getFileName().toString()).startsWith("progress.json.unreadable-");
            assertThat(Files.readAllBytes(kept)).isEqualTo(damaged);
            assertThat(report.offeredBackup()).isPresent();
            assertThat(s.view().attemptCount()).isZero();

            s.recordAttempt("after-damage", "m", json("\"z\""), 1, 1);
            int added = s.restoreBackup(report.offeredBackup().get());
            assertThat(added).isEqualTo(3);
            assertThat(s.view().attempts())
                    .extracting(QuizAttempt::questionId)
                    .containsExactly("q0", "q1", "q2", "after-damage");
        }
        assertThat(Files.readAllBytes(kept))
                .as("the damaged file is never written over")
                .isEqualTo(damaged);
        try (ProgressStore s = open()) {
            assertThat(s.openReport().isClean()).isTrue();
            assertThat(s.view().attemptCount()).isEqualTo(4);
        }
    }

    @Test
    void corruptSnapshotIsKeptAsideAndTheBackupOffered() throws Exception {
        recordAttempts(0, 3);
        assertSnapshotKeptAsideAndRestorable(
                "{\"schemaVersion\": 2, \"lastSeq\": 3, \"attempts\": [ nonsense".getBytes(StandardCharsets.UTF_8),
                "damaged");
    }

    @Test
    void truncatedSnapshotIsKeptAsideAndTheBackupOffered() throws Exception {
        recordAttempts(0, 3);
        byte[] whole = Files.readAllBytes(profile().resolve("progress.json"));
        assertSnapshotKeptAsideAndRestorable(Arrays.copyOf(whole, whole.length / 2), "cut short");
    }

    @Test
    void anEmptySnapshotFileIsUnreadableNotEmptyProgress() throws Exception {
        recordAttempts(0, 3);
        assertSnapshotKeptAsideAndRestorable(new byte[0], "empty");
    }

    @Test
    void aSnapshotWithAWrongShapeIsUnreadable() throws Exception {
        recordAttempts(0, 3);
        assertSnapshotKeptAsideAndRestorable(
                ("{\"schemaVersion\": 2, \"lastSeq\": 3, \"attempts\": "
                                + "[{\"seq\": 1, \"at\": \"2025-01-01T00:00:00Z\", \"questionId\": \"q\"}]}")
                        .getBytes(StandardCharsets.UTF_8),
                "moduleId");
    }

    @Test
    void newRecordsAfterADamagedSnapshotNeverReuseItsSequenceNumbers() throws Exception {
        recordAttempts(0, 3);
        Path snapshot = profile().resolve("progress.json");
        String text = Files.readString(snapshot).replace("\"lastSeq\": 3", "\"lastSeq\": 500");
        Files.writeString(snapshot, text.substring(0, text.length() - 20));
        try (ProgressStore s = open()) {
            assertThat(s.recordAttempt("q", "m", json("1"), 1, 1).seq()).isEqualTo(501);
        }
        try (ProgressStore s = open()) {
            assertThat(s.recordAttempt("q", "m", json("1"), 1, 1).seq())
                    .as("the floor survives a restart")
                    .isEqualTo(502);
        }
    }

    @Test
    void aMissingSnapshotWithBackupsOffersTheNewest() throws Exception {
        recordAttempts(0, 3);
        Files.delete(profile().resolve("progress.json"));
        try (ProgressStore s = open()) {
            assertThat(s.openReport().has(Issue.Kind.SNAPSHOT_MISSING)).isTrue();
            assertThat(s.recordAttempt("new", "m", json("1"), 1, 1).seq())
                    .as("numbered after the backups")
                    .isEqualTo(4);
            s.restoreBackup(s.openReport().offeredBackup().orElseThrow());
            assertThat(s.view().attemptCount()).isEqualTo(4);
        }
    }

    @Test
    void aTornLastJournalLineIsIgnoredAndItsBytesKeptAside() throws Exception {
        Path crashed = crashAfterRecording(5);
        Path journal = crashed.resolve("journal.jsonl");
        byte[] torn = "{\"seq\":6,\"type\":\"attempt\",\"at\":\"2025-03-".getBytes(StandardCharsets.UTF_8);
        Files.write(journal, torn, StandardOpenOption.APPEND);
        try (ProgressStore s = ProgressStore.open(crashed, Fixtures.options())) {
            assertThat(s.view().attemptCount()).isEqualTo(5);
            Issue issue = s.openReport().issues().get(0);
            assertThat(issue.kind()).isEqualTo(Issue.Kind.JOURNAL_TORN_TAIL);
            assertThat(Files.readAllBytes(issue.keptAside())).isEqualTo(torn);
            s.recordAttempt("next", "m", json("1"), 1, 1);
            s.awaitBackgroundWork();
            Path again = Fixtures.crashCopy(crashed, dir.resolve("again"));
            try (ProgressStore t = ProgressStore.open(again, Fixtures.options())) {
                assertThat(t.openReport().isClean())
                        .as("the appended line did not join the torn bytes")
                        .isTrue();
                assertThat(t.view().attemptCount()).isEqualTo(6);
            }
        }
    }

    @Test
    void aWholeLastLineWithoutItsNewlineIsKept() throws Exception {
        Path crashed = crashAfterRecording(3);
        Path journal = crashed.resolve("journal.jsonl");
        byte[] bytes = Files.readAllBytes(journal);
        Files.write(journal, Arrays.copyOf(bytes, bytes.length - 1));
        try (ProgressStore s = ProgressStore.open(crashed, Fixtures.options())) {
            assertThat(s.openReport().isClean()).isTrue();
            assertThat(s.view().attemptCount()).isEqualTo(3);
            s.recordAttempt("next", "m", json("1"), 1, 1);
            s.awaitBackgroundWork();
            Path again = Fixtures.crashCopy(crashed, dir.resolve("again"));
            try (ProgressStore t = ProgressStore.open(again, Fixtures.options())) {
                assertThat(t.openReport().isClean()).isTrue();
                assertThat(t.view().attemptCount()).isEqualTo(4);
            }
        }
    }

    @Test
    void zerosLeftByAPowerCutAfterTheLastLineAreDroppedQuietly() throws Exception {
        Path crashed = crashAfterRecording(3);
        Files.write(crashed.resolve("journal.jsonl"), new byte[4096], StandardOpenOption.APPEND);
        try (ProgressStore s = ProgressStore.open(crashed, Fixtures.options())) {
            assertThat(s.openReport().isClean()).isTrue();
            assertThat(s.view().attemptCount()).isEqualTo(3);
        }
    }

    @Test
    void aDamagedLineInsideTheJournalIsSkippedAndTheJournalCopiedAside() throws Exception {
        Path crashed = crashAfterRecording(3);
        Path journal = crashed.resolve("journal.jsonl");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(journal));
        lines.set(2, lines.get(2).substring(0, 20) + "#garbage#" + lines.get(2).substring(20));
        Files.write(journal, lines);
        byte[] damaged = Files.readAllBytes(journal);
        try (ProgressStore s = ProgressStore.open(crashed, Fixtures.options())) {
            assertThat(s.view().attempts()).extracting(QuizAttempt::questionId).containsExactly("q0", "q2");
            Issue issue = s.openReport().issues().get(0);
            assertThat(issue.kind()).isEqualTo(Issue.Kind.JOURNAL_UNREADABLE_LINES);
            assertThat(issue.message()).contains("lines [3]");
            assertThat(Files.readAllBytes(issue.keptAside())).isEqualTo(damaged);
        }
    }

    @Test
    void aNewerSnapshotOpensReadOnlyAndIsNeverTouched() throws Exception {
        recordAttempts(0, 2);
        Path snapshot = profile().resolve("progress.json");
        String newer = Files.readString(snapshot).replace("\"schemaVersion\": 2", "\"schemaVersion\": 3");
        Files.writeString(snapshot, newer);
        Files.writeString(profile().resolve("journal.jsonl"), "{\"seq\":9,\"type\":\"somethingNew\"}\n");
        List<String> before = filesIn(profile());
        try (ProgressStore s = open()) {
            assertThat(s.isReadOnly()).isTrue();
            assertThat(s.openReport().has(Issue.Kind.NEWER_FORMAT)).isTrue();
            assertThat(s.readOnlyReason()).get().asString().contains("newer version", "format version 3");
            assertThatThrownBy(() -> s.recordAttempt("q", "m", json("1"), 1, 1))
                    .isInstanceOf(ReadOnlyStoreException.class)
                    .hasMessageContaining("newer version");
            assertThatThrownBy(s::compact).isInstanceOf(ReadOnlyStoreException.class);
        }
        assertThat(Files.readString(snapshot)).isEqualTo(newer);
        assertThat(filesIn(profile())).isEqualTo(before);
    }

    @Test
    void aJournalFromANewerProgramOpensReadOnlyAndIsNeverTouched() throws Exception {
        Path crashed = crashAfterRecording(2);
        Path journal = crashed.resolve("journal.jsonl");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(journal));
        assertThat(lines.get(0)).isEqualTo("{\"schemaVersion\":2}");
        lines.set(0, "{\"schemaVersion\":3}");
        lines.add("{\"seq\":3,\"type\":\"videoWatched\",\"at\":\"2025-03-01T09:00:00Z\"}");
        Files.write(journal, lines);
        byte[] before = Files.readAllBytes(journal);
        try (ProgressStore s = ProgressStore.open(crashed, Fixtures.options())) {
            assertThat(s.isReadOnly()).isTrue();
            assertThat(s.openReport().summary()).contains("newer version", "journal.jsonl", "format version 3");
        }
        assertThat(Files.readAllBytes(journal)).isEqualTo(before);
        assertThat(Files.exists(crashed.resolve("progress.json"))).isFalse();
    }

    @Test
    void aRecordOfAnUnknownTypeInACurrentJournalIsADamagedLineNotANewerProgram() throws Exception {
        Path crashed = crashAfterRecording(2);
        Files.writeString(
                crashed.resolve("journal.jsonl"),
                "{\"seq\":3,\"type\":\"att#mpt\",\"at\":\"2025-03-01T09:00:00Z\"}\n",
                StandardOpenOption.APPEND);
        try (ProgressStore s = ProgressStore.open(crashed, Fixtures.options())) {
            assertThat(s.isReadOnly()).isFalse();
            assertThat(s.openReport().has(Issue.Kind.JOURNAL_UNREADABLE_LINES)).isTrue();
            assertThat(s.view().attemptCount()).isEqualTo(2);
        }
    }

    @Test
    void replayIsIdempotentWhenACrashLeftRecordsInBothSnapshotAndJournal() throws Exception {
        Path crashed = crashAfterRecording(5);
        byte[] journal = Files.readAllBytes(crashed.resolve("journal.jsonl"));
        try (ProgressStore s = ProgressStore.open(crashed, Fixtures.options())) {
            assertThat(s.view().attemptCount()).isEqualTo(5);
        }
        // As if the crash came after the snapshot was written but before the journals were trimmed.
        Files.write(crashed.resolve("journal-5.jsonl"), journal);
        Files.write(crashed.resolve("journal.jsonl"), journal);
        try (ProgressStore s = ProgressStore.open(crashed, Fixtures.options())) {
            assertThat(s.view().attempts()).extracting(QuizAttempt::seq).containsExactly(1L, 2L, 3L, 4L, 5L);
            assertThat(s.recordAttempt("q", "m", json("1"), 1, 1).seq()).isEqualTo(6);
        }
    }

    @Test
    void aCrashAfterTheJournalWasSetAsideButBeforeTheSnapshotLosesNothing() throws Exception {
        Path crashed = crashAfterRecording(5);
        Files.move(crashed.resolve("journal.jsonl"), crashed.resolve("journal-5.jsonl"));
        Files.writeString(crashed.resolve("journal.jsonl"), "");
        Files.writeString(crashed.resolve("progress.json.tmp"), "{\"schemaVersion\": 2, \"lastSe");
        try (ProgressStore s = ProgressStore.open(crashed, Fixtures.options())) {
            assertThat(s.openReport().isClean()).isTrue();
            assertThat(s.view().attemptCount()).isEqualTo(5);
            s.awaitBackgroundWork(); // the compaction started at open writes a temp file of its own
            assertThat(Files.exists(crashed.resolve("progress.json.tmp")))
                    .as("half-written temp removed")
                    .isFalse();
        }
        assertThat(filesIn(crashed)).doesNotContain("journal-5.jsonl");
    }
}
