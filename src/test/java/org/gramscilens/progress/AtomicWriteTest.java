package org.gramscilens.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gramscilens.progress.Fixtures.json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A snapshot is replaced whole or not at all: nobody ever sees half of one. */
class AtomicWriteTest {

    @TempDir
    Path dir;

    @Test
    void aWriteThatFailsHalfWayLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path target = dir.resolve("progress.json");
        Files.writeString(target, "old, complete");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("new, but only the first ha".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(target)).isEqualTo("old, complete");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aSuccessfulWriteReplacesTheWholeFile() throws Exception {
        Path target = dir.resolve("progress.json");
        Files.writeString(target, "a much longer old content that must not survive in any part");
        AtomicFiles.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(target)).isEqualTo("new");
    }

    @Test
    void aReaderDuringRepeatedCompactionsOnlyEverSeesWholeSnapshots() throws Exception {
        try (ProgressStore store = ProgressStore.open(dir.resolve("p"), Fixtures.options())) {
            for (int i = 0; i < 3_000; i++) {
                store.recordAttempt("q" + i, "m", json("{\"choice\":\"a fairly long answer text " + i + "\"}"), 1, i);
            }
            store.compact();
            Path snapshot = store.folder().resolve("progress.json");
            AtomicBoolean done = new AtomicBoolean();
            AtomicInteger reads = new AtomicInteger();
            AtomicReference<String> problem = new AtomicReference<>();
            Thread reader = new Thread(() -> {
                while (!done.get()) {
                    try {
                        SnapshotCodec.read(Files.readAllBytes(snapshot));
                        reads.incrementAndGet();
                    } catch (FormatException | IOException e) {
                        problem.compareAndSet(null, e.toString());
                    }
                }
            });
            reader.start();
            for (int round = 0; round < 30; round++) {
                store.recordAttempt("extra" + round, "m", json("1"), 1, 1);
                store.compact();
            }
            done.set(true);
            reader.join();
            assertThat(problem.get()).isNull();
            assertThat(reads.get()).isPositive();
        }
    }
}
