package org.gramscilens.cli;

import java.nio.file.Path;

/** Opens the desktop app. Implemented by the ui package so the command line stays free of JavaFX. */
public interface Gui {
    /**
     * Opens the app on {@code content} and returns at once; the app runs until its window closes.
     *
     * @param benchStartup when true, print {@code first-paint-ms N} once the first lesson is painted and exit
     */
    void open(Path content, Path dataDir, boolean benchStartup);

    /**
     * Draws {@code map} as the app shows it and writes it as a PNG (for {@code export map --to png}). Needs a
     * display, as the app does.
     */
    default void writeMapPng(org.gramscilens.map.ConceptMap map, Path file) throws java.io.IOException {
        throw new java.io.IOException("PNG export needs the desktop app's renderer");
    }

    /** Opens an empty window, prints {@code first-paint-ms N} when it is painted and exits: the start-up reference. */
    void openEmptyWindowForBenchmark();

    /**
     * Runs one of the benchmarks that need the toolkit ({@code what}: lesson-switch, render) on the course in
     * {@code content}; prints {@code name value} lines and exits. For {@code gramsci-lens bench}'s child processes.
     */
    default void openForBenchmark(Path content, Path dataDir, String what) {
        throw new UnsupportedOperationException("this front end has no UI benchmarks");
    }
}
