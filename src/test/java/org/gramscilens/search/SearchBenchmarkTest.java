package org.gramscilens.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark runs on a small generated course and reports its figures; the figures are judged by people. */
class SearchBenchmarkTest {

    @Test
    void printsEveryFigureItReturns(@TempDir Path dir) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Map<String, Double> figures =
                SearchBenchmark.run(dir, new PrintStream(bytes, true, StandardCharsets.UTF_8), 30, 2_000, 2);
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(figures)
                .containsKeys(
                        "search-30-median-ms", "search-30-p95-ms", "search-30-index-build-ms", "search-30-entries");
        assertThat(figures.get("search-30-entries"))
                .as("sections of 30 lessons, glossary and references")
                .isGreaterThan(30);
        figures.forEach((name, value) -> {
            assertThat(value).as(name).isPositive();
            assertThat(printed).containsPattern("(?m)^" + name + " \\d+\\.\\d\\d$");
        });
    }
}
