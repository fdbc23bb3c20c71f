package org.gramscilens.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gramscilens.progress.Fixtures.json;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gramscilens.files.SmallDisk;
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

    private SmallDisk disk;

    @BeforeEach
    void mountSmallDisk() throws Exception {
        disk = SmallDisk.mount(dir).orElse(null);
        assumeTrue(disk != null, "cannot mount a tmpfs here (needs root)");
    }

    @AfterEach
    void unmount() throws Exception {
        if (disk != null) {
            disk.close();
        }
    }

    @Test
    void afterACompactionFailsOnAFullDiskRecordingRecoversOnceSpaceIsFreed() throws Exception {
        try (ProgressStore s = ProgressStore.open(disk.root().resolve("p"), Fixtures.options())) {
            s.recordAttempt("before", "m", json("1"), 1, 1);
            Path filler = disk.fill();
            assertThatThrownBy(s::compact)
                    .isInstanceOf(ProgressStoreException.class)
                    .hasMessageContaining("safe");
            assertThatThrownBy(() -> s.recordAttempt("while-full", "m", json("1"), 1, 1))
                    .isInstanceOf(ProgressStoreException.class)
                    .hasMessageNotContaining("(null)");
            Files.delete(filler);

            s.recordAttempt("after", "m", json("1"), 1, 1);
            assertThat(s.view().attempts()).extracting(QuizAttempt::questionId).containsExactly("before", "after");
        }
        try (ProgressStore s = ProgressStore.open(disk.root().resolve("p"), Fixtures.options())) {
            assertThat(s.view().attempts()).extracting(QuizAttempt::questionId).containsExactly("before", "after");
            assertThat(s.openReport().isClean()).isTrue();
        }
    }
}
