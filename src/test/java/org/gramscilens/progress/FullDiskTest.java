package org.gramscilens.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gramscilens.progress.Fixtures.json;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 D7: a real, small tmpfs filled up while the store runs. Needs permission to mount
 * (root, as on CI); skipped where the machine does not allow it.
 */
class FullDiskTest {

    @TempDir
    Path dir;

    private Path disk;
    private boolean mounted;

    @BeforeEach
    void mountSmallDisk() throws Exception {
        disk = dir.resolve("disk");
        Files.createDirectories(disk);
        mounted = run("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", disk.toString()) == 0;
        assumeTrue(mounted, "cannot mount a tmpfs here (needs root)");
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            run("umount", "-l", disk.toString());
        }
    }

    private static int run(String... command) throws Exception {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException noSuchCommand) {
            return -1;
        }
    }

    /** Writes until the disk is full; returns the filler, whose deletion frees the space. */
    private Path fillDisk() throws IOException {
        Path filler = disk.resolve("filler");
        try (OutputStream out = Files.newOutputStream(filler)) {
            byte[] block = new byte[4096];
            for (int i = 0; i < 1_000; i++) {
                out.write(block);
                out.flush();
            }
        } catch (IOException full) {
            return filler;
        }
        throw new IllegalStateException("the 256k disk never filled up");
    }

    @Test
    void afterACompactionFailsOnAFullDiskRecordingRecoversOnceSpaceIsFreed() throws Exception {
        try (ProgressStore s = ProgressStore.open(disk.resolve("p"), Fixtures.options())) {
            s.recordAttempt("before", "m", json("1"), 1, 1);
            Path filler = fillDisk();
            assertThatThrownBy(s::compact).isInstanceOf(ProgressStoreException.class)
                    .hasMessageContaining("safe");
            assertThatThrownBy(() -> s.recordAttempt("while-full", "m", json("1"), 1, 1))
                    .isInstanceOf(ProgressStoreException.class)
                    .hasMessageNotContaining("(null)");
            Files.delete(filler);

            s.recordAttempt("after", "m", json("1"), 1, 1);
            assertThat(s.view().attempts()).extracting(QuizAttempt::questionId).containsExactly("before", "after");
        }
        try (ProgressStore s = ProgressStore.open(disk.resolve("p"), Fixtures.options())) {
            assertThat(s.view().attempts()).extracting(QuizAttempt::questionId).containsExactly("before", "after");
            assertThat(s.openReport().isClean()).isTrue();
        }
    }
}
