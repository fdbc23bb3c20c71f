package org.gramscilens.search;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gramscilens.course.Course;
import org.gramscilens.course.CourseLoader;
import org.gramscilens.course.CourseNotFoundException;
import org.gramscilens.course.SyntheticCourse;
import org.gramscilens.markdown.syntax.MarkdownParser;

/**
 * Times {@link SearchIndex#search} over a generated course of 1,000 lessons (about 6 KB each, as the
 * bundled ones are): the median milliseconds per query over a mix of common, rare, multi-word and
 * missing queries (the goal is at most 20 ms), and how long building the index took.
 */
public final class SearchBenchmark {
    static final int LESSONS = 1_000;
    static final int CHARS_PER_LESSON = 6_000;
    private static final int LIMIT = 200;
    private static final int ROUNDS = 5;
    static final List<String> QUERIES = List.of(
            "hegemony",
            "common sense",
            "the",
            "leadership",
            "organic intellectuals",
            "nhs managers",
            "marker-517",
            "Therborn 1980",
            "pragmatic adaptability",
            "no such phrase anywhere",
            "consent",
            "war of position");

    private SearchBenchmark() {}

    /** Prints one {@code name value} line per figure and returns the same figures, times in milliseconds. */
    public static Map<String, Double> run(Path tempDir, PrintStream out) {
        return run(tempDir, out, LESSONS, CHARS_PER_LESSON, ROUNDS);
    }

    static Map<String, Double> run(Path tempDir, PrintStream out, int lessons, int chars, int rounds) {
        Course course;
        try {
            course = new CourseLoader()
                    .load(SyntheticCourse.writeCourse(tempDir.resolve("course-" + lessons), lessons, chars));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CourseNotFoundException e) {
            throw new IllegalStateException("the generated course did not load: " + e.getMessage(), e);
        }
        long t0 = System.nanoTime();
        SearchIndex index = SearchIndex.build(course, new MarkdownParser());
        double buildMs = (System.nanoTime() - t0) / 1e6;
        for (String q : QUERIES) {
            index.search(q, LIMIT);
        }
        // Each round runs every query once, so a noisy moment on a shared machine spreads over all of them.
        List<Double> times = new ArrayList<>();
        int hits = 0;
        for (int r = 0; r < rounds; r++) {
            for (String q : QUERIES) {
                long q0 = System.nanoTime();
                hits += index.search(q, LIMIT).size();
                times.add((System.nanoTime() - q0) / 1e6);
            }
        }
        if (hits == 0) {
            throw new IllegalStateException("no query found anything: the generated course is wrong");
        }
        times.sort(null);
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("search-" + lessons + "-median-ms", times.get(times.size() / 2));
        figures.put(
                "search-" + lessons + "-p95-ms",
                times.get(Math.min(times.size() - 1, (int) Math.ceil(0.95 * times.size()) - 1)));
        figures.put("search-" + lessons + "-index-build-ms", buildMs);
        figures.put("search-" + lessons + "-entries", (double) index.size());
        figures.forEach((name, value) -> out.println(name + " " + String.format(Locale.ROOT, "%.2f", value)));
        return figures;
    }
}
