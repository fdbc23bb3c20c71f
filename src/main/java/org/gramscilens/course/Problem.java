package org.gramscilens.course;

import java.nio.file.Path;

/**
 * One thing wrong with a course, located in a file. {@link #toString()} is the one-line form the
 * validator prints and the outline shows: {@code path:line: message}, or {@code path:line: warning: message}
 * for a warning.
 *
 * @param file the file, relative to the course folder where possible
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column, or 0 when not known (only quiz problems carry one)
 * @param warning true for a finding that does not stop the course from working (item-writing cues, a claim
 *                without a basis); {@code validate} exits 0 on warnings alone unless given {@code --strict}
 */
public record Problem(Path file, int line, int column, String message, boolean warning) {

    public Problem(Path file, int line, int column, String message) {
        this(file, line, column, message, false);
    }

    public Problem(Path file, int line, String message) {
        this(file, line, 0, message, false);
    }

    /** A warning at {@code file:line}. */
    public static Problem warning(Path file, int line, String message) {
        return new Problem(file, line, 0, message, true);
    }

    /** {@code path:line} or, for quiz files, {@code path:line:column}. */
    public String location() {
        String path = file.toString().replace('\\', '/');
        return line <= 0 ? path : column > 0 ? path + ":" + line + ":" + column : path + ":" + line;
    }

    /** The message as printed after the location: {@code warning: } first for a warning. */
    public String text() {
        return warning ? "warning: " + message : message;
    }

    @Override
    public String toString() {
        return location() + ": " + text();
    }
}
