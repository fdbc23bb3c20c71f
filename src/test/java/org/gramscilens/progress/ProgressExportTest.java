package org.gramscilens.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gramscilens.progress.Fixtures.json;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressExportTest {

    @TempDir
    Path dir;

    @Test
    void jsonExportIsTheSnapshotFormatAndReadsBackWhole() throws Exception {
        try (ProgressStore s = ProgressStore.open(dir.resolve("p"), Fixtures.options())) {
            s.recordAttempt("q1", "m1", json("[1,2]"), 1, 1200);
            s.recordReflection("e1", "thoughts");
            s.recordLessonFinished("l1");
            s.putReviewState("q1", json("{\"ease\":2.5}"));
            s.putSetting("map.positions", json("{\"a\":[1,2]}"));
            StringWriter out = new StringWriter();
            ProgressExport.toJson(s, out);
            assertThat(out.toString()).startsWith("{\n  \"schemaVersion\": 2,");
            Snapshot read = SnapshotCodec.read(out.toString().getBytes(StandardCharsets.UTF_8))
                    .snapshot();
            assertThat(read).isEqualTo(s.view().snapshot());

            Path file = dir.resolve("export.json");
            Files.writeString(file, out.toString());
            assertThat(s.restoreBackup(new Backup(file, Instant.EPOCH)))
                    .as("nothing new in one's own export")
                    .isZero();
        }
    }
}
