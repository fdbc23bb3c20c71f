package org.gramscilens.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a recording process at random moments, some of them inside a compaction, and checks that
 * every answer it confirmed is still there. The next process starts from whatever the kill left, so
 * recovery is exercised too; each check opens a copy, to leave that state for the next process.
 */
class KillTest {

    /** Kills per run: 25 in a normal build, {@code -Dgramsci.kill.rounds=N} (the stress profile: 1,000). */
    private static final int RUNS = Integer.getInteger("gramsci.kill.rounds", 25);

    /** The seed of the kill moments: fixed, printed, and overridable with {@code -Dgramsci.kill.seed=N}. */
    private static final long SEED = Long.getLong("gramsci.kill.seed", 1891L);

    @TempDir
    Path dir;

    @Test
    void aProcessKilledAtAnyMomentNeverLosesAConfirmedAnswer() throws Exception {
        long seed = SEED;
        System.out.printf("KillTest: seed %d (rerun with -Dgramsci.kill.seed=%d), %d kills%n", seed, seed, RUNS);
        Random random = new Random(seed);
        Path profile = dir.resolve("profile");
        Set<String> confirmed = new HashSet<>();
        int killedWhileCompacting = 0;
        long started = System.currentTimeMillis();
        for (int run = 0; run < RUNS; run++) {
            List<String> printed;
            try (ChildJvm child =
                    ChildJvm.start(KillChildMain.class, profile.toString(), String.valueOf(run), "6000")) {
                assertThat(child.nextLine(60_000))
                        .as("seed %d run %d", seed, run)
                        .isEqualTo("READY");
                if (run % 2 == 0) {
                    child.awaitLine("COMPACTING", 60_000);
                    Thread.sleep(random.nextInt(4));
                } else {
                    Thread.sleep(random.nextInt(500));
                }
                child.kill();
                printed = child.allLines();
            }
            List<String> ids = printed.stream().filter(l -> l.startsWith("r")).toList();
            if (printed.lastIndexOf("COMPACTING") > printed.lastIndexOf("COMPACTED")) {
                killedWhileCompacting++;
            }
            confirmed.addAll(ids);

            Path copy = Fixtures.crashCopy(profile, dir.resolve("check-" + run));
            try (ProgressStore store = ProgressStore.open(copy, StoreOptions.defaults())) {
                assertThat(store.isReadOnly()).as("seed %d run %d", seed, run).isFalse();
                assertThat(store.openReport().has(Issue.Kind.SNAPSHOT_UNREADABLE))
                        .as("seed %d run %d: %s", seed, run, store.openReport().summary())
                        .isFalse();
                Set<String> held = store.view().attempts().stream()
                        .map(QuizAttempt::questionId)
                        .collect(Collectors.toSet());
                assertThat(held).as("seed %d run %d", seed, run).containsAll(confirmed);
            }
            deleteRecursively(copy);
            if ((run + 1) % 100 == 0) {
                System.out.printf(
                        "KillTest: %d kills, %d confirmed answers, all held, %d inside a compaction, %d s%n",
                        run + 1,
                        confirmed.size(),
                        killedWhileCompacting,
                        (System.currentTimeMillis() - started) / 1000);
            }
        }
        try (ProgressStore store = ProgressStore.open(profile, StoreOptions.defaults())) {
            Set<String> held = store.view().attempts().stream()
                    .map(QuizAttempt::questionId)
                    .collect(Collectors.toSet());
            assertThat(held).containsAll(confirmed);
            List<Long> seqs =
                    store.view().attempts().stream().map(QuizAttempt::seq).toList();
            assertThat(seqs).as("no sequence number used twice").doesNotHaveDuplicates();
        }
        System.out.printf(
                "KillTest: %d runs, %d confirmed answers, %d kills inside a compaction, %d s (seed %d)%n",
                RUNS, confirmed.size(), killedWhileCompacting, (System.currentTimeMillis() - started) / 1000, seed);
        assertThat(confirmed).hasSizeGreaterThan(RUNS);
        assertThat(killedWhileCompacting)
                .as("some kills landed inside a compaction")
                .isPositive();
    }

    private static void deleteRecursively(Path root) throws Exception {
        try (var files = Files.walk(root)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
