package org.gramscilens.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples in docs/progress-format.md are read by the real code, so the page cannot drift from it. */
class ProgressFormatDocTest {

    @TempDir
    Path dir;

    private static List<String> blocks(String language) throws Exception {
        Path doc = Path.of(System.getProperty("gramsci.project.dir", "."), "docs", "progress-format.md");
        Matcher m = Pattern.compile("(?s)```" + language + "\\n(.*?)```").matcher(Files.readString(doc));
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static SnapshotCodec.Read read(String json) throws FormatException {
        return SnapshotCodec.read(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theVersion2SnapshotExampleReads() throws Exception {
        String example = blocks("json").stream()
                .filter(b -> b.contains("\"schemaVersion\": 2"))
                .findFirst()
                .orElseThrow();
        SnapshotCodec.Read r = read(example);
        assertThat(r.fileVersion()).isEqualTo(2);
        assertThat(r.snapshot().lastSeq()).isEqualTo(8);
        assertThat(r.snapshot().entryCount()).isEqualTo(8);
    }

    @Test
    void theVersion1ExampleMigrates() throws Exception {
        String example = blocks("json").stream()
                .filter(b -> b.contains("\"schemaVersion\": 1"))
                .findFirst()
                .orElseThrow();
        SnapshotCodec.Read r = read(example);
        assertThat(r.fileVersion()).isEqualTo(1);
        assertThat(r.snapshot().attempts())
                .singleElement()
                .extracting(QuizAttempt::timeTakenMs)
                .isEqualTo(12_400L);
        assertThat(r.snapshot().entryCount()).isEqualTo(1 + 3 + 1 + 1);
    }

    @Test
    void theJournalExampleReadsWithoutADamagedLine() throws Exception {
        Path journal = dir.resolve("journal.jsonl");
        Files.writeString(journal, blocks("jsonl").get(0));
        JournalReader.Result r = JournalReader.read(journal);
        assertThat(r.badLines()).isEmpty();
        assertThat(r.tornTail()).isNull();
        assertThat(r.entries())
                .extracting(Entry::type)
                .containsExactly(
                        "lessonOpened",
                        "attempt",
                        "attempt",
                        "reviewState",
                        "lessonFinished",
                        "reflection",
                        "mapAttempt",
                        "setting");
    }

    @Test
    void theJournalExampleAndTheSnapshotExampleSayTheSame() throws Exception {
        Path profile = dir.resolve("p");
        Files.createDirectories(profile);
        Files.writeString(profile.resolve("journal.jsonl"), blocks("jsonl").get(0));
        String snapshot = blocks("json").stream()
                .filter(b -> b.contains("\"schemaVersion\": 2"))
                .findFirst()
                .orElseThrow();
        try (ProgressStore s = ProgressStore.open(profile, Fixtures.options())) {
            assertThat(s.view().snapshot()).isEqualTo(read(snapshot).snapshot());
        }
    }
}
