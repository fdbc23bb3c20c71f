package org.gramscilens.course;

import java.nio.file.Path;

/**
 * One thing wrong with a course, located in a file. {@link #toString()} is the one-line form the
 * validator prints and the outline shows: {@code path:line: message}.
 *
 * @param file the file, relative to the course folder where possible
 * @param line 1-based line, or 0 when the problem concerns the whole file
 */
public record Problem(Path file, int line, String message) {

    public String location() {
        String path = file.toString().replace('\\', '/');
        return line > 0 ? path + ":" + line : path;
    }

    @Override
    public String toString() {
        return location() + ": " + message;
    }
}
