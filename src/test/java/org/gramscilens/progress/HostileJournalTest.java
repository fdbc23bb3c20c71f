package org.gramscilens.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gramscilens.progress.Fixtures.json;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15 D9 and D10: damage that used to vanish silently or wrap around. */
class HostileJournalTest {

    @TempDir
    Path dir;

    private Path crashAfterRecording(int attempts) throws Exception {
        try (ProgressStore s = ProgressStore.open(dir.resolve("p"), Fixtures.options())) {
            for (int i = 0; i < attempts; i++) {
                s.recordAttempt("q" + i, "m", json("\"a\""), 1, i);
            }
            return Fixtures.crashCopy(s.folder(), dir.resolve("crashed"));
        }
    }

    /** Overwrites journal line {@code lineNo} (1-based, header included) with zeros, its newline too if asked. */
    private static byte[] zeroLine(Path journal, int lineNo, boolean newlineToo) throws Exception {
        byte[] bytes = Files.readAllBytes(journal);
        int start = 0;
        for (int line = 1; line < lineNo; line++) {
            start = indexOfNewline(bytes, start) + 1;
        }
        int end = indexOfNewline(bytes, start) + (newlineToo ? 1 : 0);
        for (int i = start; i < end; i++) {
            bytes[i] = 0;
        }
        Files.write(journal, bytes);
        return bytes;
    }

    private static int indexOfNewline(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        throw new IllegalStateException("no newline after " + from);
    }

    @Test
    void aConfirmedLineOverwrittenByZerosIsReportedAndKeptAside() throws Exception {
        Path crashed = crashAfterRecording(3);
        byte[] damaged = zeroLine(crashed.resolve("journal.jsonl"), 3, false);
        try (ProgressStore s = ProgressStore.open(crashed, Fixtures.options())) {
            assertThat(s.view().attempts()).extracting(QuizAttempt::questionId).containsExactly("q0", "q2");
            Issue issue = s.openReport().issues().get(0);
            assertThat(issue.kind()).isEqualTo(Issue.Kind.JOURNAL_UNREADABLE_LINES);
            assertThat(issue.message()).contains("lines [3]");
            assertThat(Files.readAllBytes(issue.keptAside())).isEqualTo(damaged);
        }
    }

    @Test
    void zerosOverALineAndItsNewlineAreReportedAndTheNextRecordStillRead() throws Exception {
        Path crashed = crashAfterRecording(3);
        zeroLine(crashed.resolve("journal.jsonl"), 2, true);
        try (ProgressStore s = ProgressStore.open(crashed, Fixtures.options())) {
            assertThat(s.view().attempts()).extracting(QuizAttempt::questionId).containsExactly("q1", "q2");
            assertThat(s.openReport().has(Issue.Kind.JOURNAL_UNREADABLE_LINES)).isTrue();
        }
    }

    @Test
    void aJournalSequenceNumberOfLongMaxIsDamageNotAWrap() throws Exception {
        Path crashed = crashAfterRecording(2);
        Path journal = crashed.resolve("journal.jsonl");
        List<String> lines = Files.readAllLines(journal);
        String forged =
                lines.get(2).replace("\"seq\":2", "\"seq\":" + Long.MAX_VALUE).replace("q1", "forged");
        Files.writeString(journal, forged + "\n", StandardOpenOption.APPEND);
        try (ProgressStore s = ProgressStore.open(crashed, Fixtures.options())) {
            assertThat(s.openReport().has(Issue.Kind.JOURNAL_UNREADABLE_LINES)).isTrue();
            assertThat(s.openReport().summary()).contains("lines [4]");
            QuizAttempt later = s.recordAttempt("later", "m", json("1"), 1, 1);
            assertThat(later.seq()).isEqualTo(3);
        }
        try (ProgressStore s = ProgressStore.open(crashed, Fixtures.options())) {
            assertThat(s.view().attempts()).extracting(QuizAttempt::questionId).containsExactly("q0", "q1", "later");
        }
    }

    @Test
    void aSnapshotLastSeqOfLongMaxIsDamageAndLaterRecordsSurvive() throws Exception {
        try (ProgressStore s = ProgressStore.open(dir.resolve("p"), Fixtures.options())) {
            s.recordAttempt("q0", "m", json("1"), 1, 1);
        }
        Path snapshot = dir.resolve("p/progress.json");
        String text = Files.readString(snapshot, StandardCharsets.UTF_8);
        assertThat(text).containsPattern("\"lastSeq\"\\s*:\\s*1,");
        Files.writeString(
                snapshot, text.replaceFirst("\"lastSeq\"\\s*:\\s*1,", "\"lastSeq\": " + Long.MAX_VALUE + ","));
        try (ProgressStore s = ProgressStore.open(dir.resolve("p"), Fixtures.options())) {
            assertThat(s.openReport().has(Issue.Kind.SNAPSHOT_UNREADABLE)).isTrue();
            assertThat(s.openReport().summary()).contains("lastSeq");
            QuizAttempt later = s.recordAttempt("later", "m", json("1"), 1, 1);
            assertThat(later.seq()).isPositive().isLessThan(Entry.MAX_SEQ);
            s.restoreBackup(s.openReport().offeredBackup().orElseThrow());
        }
        try (ProgressStore s = ProgressStore.open(dir.resolve("p"), Fixtures.options())) {
            assertThat(s.view().attempts()).extracting(QuizAttempt::questionId).containsExactly("q0", "later");
        }
    }

    @Test
    void anEntrySequenceNumberOfLongMaxInsideASnapshotIsDamage() throws Exception {
        try (ProgressStore s = ProgressStore.open(dir.resolve("p"), Fixtures.options())) {
            s.recordAttempt("q0", "m", json("1"), 1, 1);
        }
        Path snapshot = dir.resolve("p/progress.json");
        String text = Files.readString(snapshot, StandardCharsets.UTF_8);
        Files.writeString(snapshot, text.replaceFirst("\"seq\"\\s*:\\s*1,", "\"seq\": " + Long.MAX_VALUE + ","));
        try (ProgressStore s = ProgressStore.open(dir.resolve("p"), Fixtures.options())) {
            assertThat(s.openReport().has(Issue.Kind.SNAPSHOT_UNREADABLE)).isTrue();
            assertThat(s.openReport().summary()).contains("seq");
        }
    }

    /** Found by ProgressFuzzTest#journal: a tail that Jackson took for UTF-32 threw CharConversionException. */
    @Test
    void aTailThatLooksLikeUtf32IsATornTailNotACrash() throws Exception {
        Path crashed = crashAfterRecording(2);
        Files.write(
                crashed.resolve("journal.jsonl"),
                new byte[] {0, 0, 0, 0, '5', '-', '0', '3', '-', '0', '4'},
                StandardOpenOption.APPEND);
        try (ProgressStore s = ProgressStore.open(crashed, Fixtures.options())) {
            assertThat(s.view().attempts()).extracting(QuizAttempt::questionId).containsExactly("q0", "q1");
        }
    }
}
