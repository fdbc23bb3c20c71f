package org.gramscilens.course;

import java.nio.file.Path;

/**
 * One thing wrong with a course, located in a file. {@link #toString()} is the one-line form the
 * validator prints and the outline shows: {@code path:line: message}.
 *
 * @param file the file, relative to the course folder where possible
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column, or 0 when not known (only quiz problems carry one)
 */
public record Problem(Path file, int line, int column, String message) {

    public Problem(Path file, int line, String message) {
        this(file, line, 0, message);
    }

    /** {@code path:line} or, for quiz files, {@code path:line:column}. */
    public String location() {
        String path = file.toString().replace('\\', '/');
        return line <= 0 ? path : column > 0 ? path + ":" + line + ":" + column : path + ":" + line;
    }

    @Override
    public String toString() {
        return location() + ": " + message;
    }
}
