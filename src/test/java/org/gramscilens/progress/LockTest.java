package org.gramscilens.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gramscilens.progress.Fixtures.json;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second running copy on the same profile is told, and opens read-only. */
class LockTest {

    @TempDir
    Path dir;

    private String probeFromAnotherProcess(Path profile) throws Exception {
        try (ChildJvm child = ChildJvm.start(LockProbeMain.class, profile.toString())) {
            String answer = child.nextLine(60_000);
            assertThat(child.waitFor()).isZero();
            return answer;
        }
    }

    @Test
    void aSecondStoreInTheSameProgramIsReadOnlyAndSaysWhy() throws Exception {
        Path profile = dir.resolve("p");
        try (ProgressStore first = ProgressStore.open(profile, Fixtures.options())) {
            first.recordAttempt("q1", "m", json("1"), 1, 1);
            try (ProgressStore second = ProgressStore.open(profile, Fixtures.options())) {
                assertThat(second.isReadOnly()).isTrue();
                assertThat(second.readOnlyReason())
                        .get()
                        .asString()
                        .contains("already open", "this same Gramsci Lens", "read-only", "Close the other window");
                assertThat(second.openReport().has(Issue.Kind.READ_ONLY)).isTrue();
                assertThat(second.view().attemptCount())
                        .as("it still shows the progress")
                        .isEqualTo(1);
                assertThatThrownBy(() -> second.recordAttempt("q2", "m", json("1"), 1, 1))
                        .isInstanceOf(ReadOnlyStoreException.class)
                        .hasMessageContaining("Not saved")
                        .hasMessageContaining("already open");
                assertThatThrownBy(second::compact).isInstanceOf(ReadOnlyStoreException.class);
                assertThatThrownBy(
                                () -> second.restoreBackup(new Backup(profile.resolve("x"), java.time.Instant.EPOCH)))
                        .isInstanceOf(ReadOnlyStoreException.class);
            }
            // Closing the read-only store must not have released the first store's OS lock.
            assertThat(probeFromAnotherProcess(profile)).isEqualTo("READ_ONLY");
            first.recordAttempt("q3", "m", json("1"), 1, 1);
        }
        assertThat(probeFromAnotherProcess(profile)).isEqualTo("WRITABLE");
        try (ProgressStore again = ProgressStore.open(profile, Fixtures.options())) {
            assertThat(again.isReadOnly()).isFalse();
            assertThat(again.view().attempts())
                    .extracting(QuizAttempt::questionId)
                    .containsExactly("q1", "q3");
        }
    }

    @Test
    void aStoreHeldByAnotherProcessOpensReadOnlyUntilThatProcessEnds() throws Exception {
        Path profile = dir.resolve("p");
        try (ChildJvm child = ChildJvm.start(LockProbeMain.class, profile.toString(), "hold")) {
            assertThat(child.nextLine(60_000)).isEqualTo("WRITABLE");
            try (ProgressStore store = ProgressStore.open(profile, Fixtures.options())) {
                assertThat(store.isReadOnly()).isTrue();
                assertThat(store.readOnlyReason()).get().asString().contains("process " + child.pid());
            }
            child.kill(); // the OS lock dies with the process, however it ended
        }
        try (ProgressStore store = ProgressStore.open(profile, Fixtures.options())) {
            assertThat(store.isReadOnly()).isFalse();
        }
    }

    @Test
    void differentProfilesDoNotLockEachOther() {
        try (ProgressStore a = ProgressStore.open(dir.resolve("a"), Fixtures.options());
                ProgressStore b = ProgressStore.open(dir.resolve("b"), Fixtures.options())) {
            assertThat(a.isReadOnly()).isFalse();
            assertThat(b.isReadOnly()).isFalse();
        }
    }
}
