package org.gramscilens.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Fuzzers for the progress journal and snapshot readers, from the codec up to opening a profile. A damaged
 * journal or snapshot never makes opening throw: it is read as far as it goes, kept aside and reported.
 * The snapshot codec may refuse with {@link FormatException} only. Replay and fuzzing: docs/testing.md.
 */
class ProgressFuzzTest {

    private static final Path DIR = tempDir();

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("gramsci-fuzz-progress");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh profile folder holding only the given files (null: absent). */
    private static Path profile(byte[] snapshot, byte[] journal) {
        try {
            Path p = DIR.resolve("p");
            if (Files.exists(p)) {
                try (Stream<Path> files = Files.walk(p)) {
                    for (Path f : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                        Files.delete(f);
                    }
                }
            }
            Files.createDirectories(p);
            if (snapshot != null) {
                Files.write(p.resolve(StoreFiles.SNAPSHOT), snapshot);
            }
            if (journal != null) {
                Files.write(p.resolve(StoreFiles.JOURNAL), journal);
            }
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens read-only, then for real (which repairs and compacts), then again: nothing may throw. */
    private static void openAll(byte[] snapshot, byte[] journal) {
        Path p = profile(snapshot, journal);
        int readOnly;
        try (ProgressStore s = ProgressStore.openForReading(p)) {
            assertThat(s.openReport()).isNotNull();
            readOnly = s.view().attemptCount();
        }
        int opened;
        try (ProgressStore s = ProgressStore.open(p, Fixtures.options())) {
            opened = s.view().attemptCount();
        }
        try (ProgressStore s = ProgressStore.open(p, Fixtures.options())) {
            assertThat(s.view().attemptCount()).isEqualTo(opened);
        }
        assertThat(opened).isGreaterThanOrEqualTo(readOnly);
    }

    @FuzzTest(maxDuration = "10m")
    void journal(FuzzedDataProvider data) throws IOException {
        byte[] bytes = data.consumeRemainingAsBytes();
        Path p = profile(null, bytes);
        JournalReader.Result r = JournalReader.read(p.resolve(StoreFiles.JOURNAL));
        assertThat(r.goodLength()).isBetween(0L, (long) bytes.length);
        openAll(null, bytes);
    }

    @FuzzTest(maxDuration = "10m")
    void snapshot(FuzzedDataProvider data) {
        byte[] bytes = data.consumeRemainingAsBytes();
        try {
            assertThat(SnapshotCodec.read(bytes)).isNotNull();
        } catch (FormatException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
        openAll(bytes, null);
    }
}
