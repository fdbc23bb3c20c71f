package org.gramscilens.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gramscilens.progress.Fixtures.json;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.gramscilens.ManualClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {

    @TempDir
    Path dir;

    private final ManualClock clock = new ManualClock("2025-03-01T09:00:00Z", java.time.Duration.ofSeconds(1));

    private ProgressStore open(int keep) {
        return ProgressStore.open(
                dir.resolve("p"), StoreOptions.defaults().withClock(clock).withBackupsToKeep(keep));
    }

    /** One session: open, record, close (which compacts and backs up). */
    private void session(int keep, String questionId) {
        try (ProgressStore s = open(keep)) {
            s.recordAttempt(questionId, "m", json("1"), 1, 1);
        }
        clock.advance(Duration.ofMinutes(10));
    }

    @Test
    void eachCompactionKeepsABackupAndTheyAreListedNewestFirst() {
        session(5, "a");
        session(5, "b");
        session(5, "c");
        try (ProgressStore s = open(5)) {
            List<Backup> backups = s.backups();
            assertThat(backups).hasSize(3);
            assertThat(backups).extracting(Backup::savedAt).isSortedAccordingTo(java.util.Comparator.reverseOrder());
            assertThat(backups.get(0).file().getFileName().toString())
                    .matches("progress-\\d{8}T\\d{6}\\.\\d{3}Z\\.json");
            assertThat(s.newestGoodBackup()).contains(backups.get(0));
        }
    }

    @Test
    void onlyTheNewestFewAreKept() {
        for (int i = 0; i < 6; i++) {
            session(2, "q" + i);
        }
        try (ProgressStore s = open(2)) {
            assertThat(s.backups()).hasSize(2);
        }
    }

    @Test
    void theNewestGoodBackupSkipsDamagedOnes() throws Exception {
        session(5, "a");
        session(5, "b");
        try (ProgressStore s = open(5)) {
            List<Backup> backups = s.backups();
            Files.writeString(backups.get(0).file(), "{ damaged");
            assertThat(s.newestGoodBackup()).contains(backups.get(1));
        }
    }

    @Test
    void restoringMergesTheBackupAndKeepsEverythingRecordedSince() throws Exception {
        session(5, "a");
        session(5, "b");
        List<Backup> before = new Backups(dir.resolve("p/backups")).list();
        Files.writeString(dir.resolve("p/progress.json"), "garbage");
        try (ProgressStore s = open(5)) {
            assertThat(s.view().attemptCount()).isZero();
            s.recordAttempt("c", "m", json("1"), 1, 1);
            Backup newest = s.openReport().offeredBackup().orElseThrow();
            assertThat(newest).isEqualTo(before.get(0));
            assertThat(s.restoreBackup(newest)).isEqualTo(2);
            assertThat(s.restoreBackup(newest))
                    .as("restoring twice changes nothing")
                    .isZero();
            assertThat(s.restoreBackup(before.get(1)))
                    .as("an older backup holds nothing new")
                    .isZero();
            assertThat(s.view().attempts()).extracting(QuizAttempt::questionId).containsExactly("a", "b", "c");
        }
        try (ProgressStore s = open(5)) {
            assertThat(s.view().attempts()).extracting(QuizAttempt::questionId).containsExactly("a", "b", "c");
        }
    }

    @Test
    void theOfferedBackupIsNotPrunedByLaterSessions() throws Exception {
        session(2, "a");
        session(2, "b");
        Files.writeString(dir.resolve("p/progress.json"), "garbage");
        Backup offered;
        try (ProgressStore s = open(2)) {
            offered = s.openReport().offeredBackup().orElseThrow();
        }
        clock.advance(Duration.ofMinutes(10));
        for (int i = 0; i < 4; i++) {
            session(2, "later" + i);
        }
        assertThat(offered.file()).exists();
        try (ProgressStore s = open(2)) {
            assertThat(s.backups()).contains(offered).hasSize(3);
            s.restoreBackup(offered);
            assertThat(s.view().attemptsForQuestion("b")).hasSize(1);
        }
    }

    @Test
    void anUnreadableBackupIsRefusedInPlainWordsAndChangesNothing() throws Exception {
        session(5, "a");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"schemaVersion\": 2, \"lastSeq\": ");
        try (ProgressStore s = open(5)) {
            assertThatThrownBy(() -> s.restoreBackup(new Backup(bad, clock.instant())))
                    .isInstanceOf(ProgressStoreException.class)
                    .hasMessageContaining("cannot be restored")
                    .hasMessageContaining("cut short")
                    .hasMessageContaining("unchanged");
            assertThat(s.view().attemptCount()).isEqualTo(1);
        }
    }
}
