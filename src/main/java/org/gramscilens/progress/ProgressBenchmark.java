package org.gramscilens.progress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gramscilens.files.AtomicWrite;

/**
 * Measures what the learner feels: the time to record one answer in a small and in a very large
 * profile (it must not grow with history), and the time to open the large one. The CLI runs it as
 * {@code bench progress}. Profiles are made by writing their snapshot directly.
 */
public final class ProgressBenchmark {

    static final int SMALL = 1_000;
    static final int LARGE = 100_000;
    private static final int WARMUP = 300;
    private static final int MEASURED = 1_000;
    private static final int OPENS = 5;

    private ProgressBenchmark() {}

    /**
     * Prints one {@code name value} line per figure and returns the same figures, times in milliseconds.
     */
    public static Map<String, Double> run(Path tempDir, PrintStream out) {
        return run(tempDir, out, SMALL, LARGE);
    }

    static Map<String, Double> run(Path tempDir, PrintStream out, int small, int large) {
        try {
            Path smallProfile = tempDir.resolve("bench-" + small);
            Path largeProfile = tempDir.resolve("bench-" + large);
            populate(smallProfile, small);
            populate(largeProfile, large);
            Map<String, Double> figures = new LinkedHashMap<>();

            double[] opens = new double[OPENS];
            for (int i = 0; i < OPENS; i++) {
                long t0 = System.nanoTime();
                try (ProgressStore store = ProgressStore.open(largeProfile)) {
                    opens[i] = (System.nanoTime() - t0) / 1e6;
                    if (store.view().attemptCount() != large) {
                        throw new IllegalStateException("the large profile did not load whole");
                    }
                }
            }
            figures.put("open-" + large + "-first-ms", opens[0]);

            try (ProgressStore smallStore = ProgressStore.open(smallProfile);
                    ProgressStore largeStore = ProgressStore.open(largeProfile)) {
                for (int i = 0; i < WARMUP; i++) {
                    recordOne(smallStore, i);
                    recordOne(largeStore, i);
                }
                // Interleaved in blocks, so a noisy moment on a shared machine hits both sides alike.
                double[] smallTimes = new double[MEASURED];
                double[] largeTimes = new double[MEASURED];
                for (int block = 0; block < MEASURED; block += 50) {
                    for (int i = block; i < block + 50; i++) {
                        smallTimes[i] = timeOne(smallStore, i);
                    }
                    for (int i = block; i < block + 50; i++) {
                        largeTimes[i] = timeOne(largeStore, i);
                    }
                }
                double smallMedian = percentile(smallTimes, 50);
                double largeMedian = percentile(largeTimes, 50);
                figures.put("record-answer-" + small + "-median-ms", smallMedian);
                figures.put("record-answer-" + small + "-p90-ms", percentile(smallTimes, 90));
                figures.put("record-answer-" + large + "-median-ms", largeMedian);
                figures.put("record-answer-" + large + "-p90-ms", percentile(largeTimes, 90));
                figures.put("record-answer-ratio", largeMedian / smallMedian);
            }
            figures.put("open-" + large + "-ms", percentile(Arrays.copyOfRange(opens, 1, OPENS), 50));
            figures.put("snapshot-" + large + "-mb", Files.size(largeProfile.resolve(StoreFiles.SNAPSHOT)) / 1e6);
            figures.forEach((name, value) -> out.println(name + " " + String.format(Locale.ROOT, "%.2f", value)));
            return figures;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double timeOne(ProgressStore store, int i) {
        long t0 = System.nanoTime();
        recordOne(store, i);
        return (System.nanoTime() - t0) / 1e6;
    }

    private static void recordOne(ProgressStore store, int i) {
        store.recordAttempt("q-" + (i % 200), "m-" + (i % 10), answer(i), (i % 4) / 3.0, 1_000L + i);
    }

    private static JsonNode answer(int i) {
        return switch (i % 3) {
            case 0 -> Json.NODES.textNode("B");
            case 1 -> Json.NODES.arrayNode().add("A").add("C");
            default -> Json.NODES.textNode("Common sense is the sediment of earlier philosophies");
        };
    }

    /** Writes a profile holding {@code attempts} attempts, as a learner's long history would. */
    static void populate(Path profile, int attempts) throws IOException {
        Files.createDirectories(profile);
        Instant start = Instant.parse("2024-09-01T08:00:00Z");
        List<QuizAttempt> list = new ArrayList<>(attempts);
        for (int i = 0; i < attempts; i++) {
            list.add(new QuizAttempt(
                    i + 1,
                    "q-" + (i % 200),
                    "m-" + (i % 10),
                    answer(i),
                    (i % 4) / 3.0,
                    1_000L + i % 60_000,
                    start.plusSeconds(30L * i)));
        }
        List<ReviewStateChange> review = new ArrayList<>();
        for (int q = 0; q < 200; q++) {
            ObjectNode state = Json.NODES
                    .objectNode()
                    .put("ease", 2.5)
                    .put("intervalDays", 6)
                    .put("repetitions", 3)
                    .put("due", start.plusSeconds(86_400L * q).toString());
            review.add(new ReviewStateChange(attempts + q + 1L, "q-" + q, state, start.plusSeconds(30L * attempts)));
        }
        Snapshot s = new Snapshot(attempts + 200L, list, List.of(), List.of(), List.of(), review, List.of());
        AtomicWrite.write(profile.resolve(StoreFiles.SNAPSHOT), out -> SnapshotCodec.write(s, Instant.now(), out));
    }

    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
