package org.gramscilens.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gramscilens.progress.Fixtures.json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A snapshot is replaced whole or not at all: nobody ever sees half of one (org.gramscilens.files.AtomicWriteTest tests the writer). */
class SnapshotReplaceTest {

    @TempDir
    Path dir;

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
