package org.gramscilens.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark runs and reports its figures; the figures themselves are judged by people, not here. */
class ProgressBenchmarkTest {

    @TempDir
    Path dir;

    @Test
    void printsEveryFigureItReturns() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Map<String, Double> figures =
                ProgressBenchmark.run(dir, new PrintStream(bytes, true, StandardCharsets.UTF_8), 100, 2_000);
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(figures)
                .containsKeys(
                        "record-answer-100-median-ms",
                        "record-answer-2000-median-ms",
                        "record-answer-ratio",
                        "open-2000-ms",
                        "open-2000-first-ms");
        figures.forEach((name, value) -> {
            assertThat(value).as(name).isPositive();
            assertThat(printed).containsPattern("(?m)^" + name + " \\d+\\.\\d\\d$");
        });
    }
}
