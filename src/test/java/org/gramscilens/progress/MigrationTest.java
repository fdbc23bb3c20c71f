package org.gramscilens.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gramscilens.progress.Fixtures.json;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A profile saved in format version 1 (see docs/progress-format.md) opens, converted, and loses nothing. */
class MigrationTest {

    static final String V1 = """
            {
              "schemaVersion": 1,
              "savedAt": "2024-11-02T10:00:00Z",
              "attempts": [
                {"question": "hegemony-1", "module": "02-gramscis-vocabulary", "answer": "B", "score": 1.0,
                 "seconds": 12.4, "time": "2024-11-02T09:15:00Z"},
                {"question": "cadres-3", "module": "03-cadres", "answer": ["A", "D"], "score": 0.5,
                 "seconds": 30, "time": "2024-11-02T09:20:00Z"},
                {"question": "question-since-deleted", "module": "03-cadres", "answer": null, "score": 0,
                 "seconds": 3.0, "time": "2024-11-02T09:21:00Z"}
              ],
              "lessons": {
                "what-is-medical-leadership": {"opened": "2024-11-01T18:00:00Z", "finished": "2024-11-01T18:40:00Z"},
                "gramscis-vocabulary": {"opened": "2024-11-02T09:00:00Z", "finished": null}
              },
              "reflections": {
                "essay-organic-intellectual": {"text": "The ward sister as organic intellectual...",
                                               "time": "2024-11-02T09:50:00Z"}
              },
              "review": {
                "hegemony-1": {"ease": 2.6, "intervalDays": 6, "repetitions": 2, "due": "2024-11-08T09:15:00Z"}
              }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void aVersion1ProfileIsConvertedAndTheOriginalKept() throws Exception {
        Path profile = dir.resolve("p");
        Files.createDirectories(profile);
        Files.writeString(profile.resolve("progress.json"), V1);
        try (ProgressStore s = ProgressStore.open(profile, Fixtures.options())) {
            assertThat(s.openReport().issues()).singleElement().satisfies(i -> {
                assertThat(i.kind()).isEqualTo(Issue.Kind.MIGRATED);
                assertThat(i.message()).contains("older version", "format version 1", "original file is kept");
                assertThat(Files.readString(i.keptAside())).isEqualTo(V1);
                assertThat(i.keptAside().getFileName().toString()).endsWith("-v1.json");
            });
            ProgressView v = s.view();
            assertThat(v.attempts())
                    .extracting(QuizAttempt::questionId)
                    .containsExactly("hegemony-1", "cadres-3", "question-since-deleted");
            QuizAttempt first = v.attempts().get(0);
            assertThat(first.seq()).isEqualTo(1);
            assertThat(first.moduleId()).isEqualTo("02-gramscis-vocabulary");
            assertThat(first.answer()).isEqualTo(json("\"B\""));
            assertThat(first.timeTakenMs()).isEqualTo(12_400);
            assertThat(first.at()).isEqualTo(Instant.parse("2024-11-02T09:15:00Z"));
            assertThat(v.attempts().get(1).answer()).isEqualTo(json("[\"A\",\"D\"]"));
            assertThat(v.attempts().get(2).answer().isNull()).isTrue();
            assertThat(v.lessonsOpened()).containsExactly("what-is-medical-leadership", "gramscis-vocabulary");
            assertThat(v.lessonsFinished()).containsExactly("what-is-medical-leadership");
            assertThat(v.latestReflection("essay-organic-intellectual"))
                    .get()
                    .extracting(Reflection::text)
                    .asString()
                    .startsWith("The ward sister");
            assertThat(v.reviewState("hegemony-1"))
                    .contains(
                            json(
                                    "{\"ease\": 2.6, \"intervalDays\": 6, \"repetitions\": 2, \"due\": \"2024-11-08T09:15:00Z\"}"));
            assertThat(s.recordAttempt("new", "m", json("1"), 1, 1).seq())
                    .as("numbered after the migrated entries")
                    .isEqualTo(9);
        }
        assertThat(Files.readString(profile.resolve("progress.json"))).contains("\"schemaVersion\": 2");
        try (ProgressStore s = ProgressStore.open(profile, Fixtures.options())) {
            assertThat(s.openReport().isClean()).isTrue();
            assertThat(s.view().attemptCount()).isEqualTo(4);
            assertThat(s.backups())
                    .anySatisfy(
                            b -> assertThat(b.file().getFileName().toString()).endsWith("-v1.json"));
        }
    }

    @Test
    void aVersion1BackupCanBeRestored() throws Exception {
        Path v1 = dir.resolve("old-backup.json");
        Files.writeString(v1, V1);
        try (ProgressStore s = ProgressStore.open(dir.resolve("p"), Fixtures.options())) {
            assertThat(s.restoreBackup(new Backup(v1, Instant.EPOCH))).isEqualTo(8);
            assertThat(s.view().attemptCount()).isEqualTo(3);
        }
    }

    @Test
    void aVersion1FileWithAWrongShapeIsUnreadableNotHalfMigrated() throws Exception {
        Path profile = dir.resolve("p");
        Files.createDirectories(profile);
        String broken = V1.replace("\"time\": \"2024-11-02T09:15:00Z\"", "\"time\": 5");
        Files.writeString(profile.resolve("progress.json"), broken);
        try (ProgressStore s = ProgressStore.open(profile, Fixtures.options())) {
            assertThat(s.openReport().has(Issue.Kind.SNAPSHOT_UNREADABLE)).isTrue();
            assertThat(s.openReport().summary()).contains("'at'");
            assertThat(Files.readString(s.openReport().issues().get(0).keptAside()))
                    .isEqualTo(broken);
        }
    }
}
