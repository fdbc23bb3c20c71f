package org.gramscilens.quiz;

/**
 * Something wrong with a quiz file, located in it. {@link #toString()} is the one-line form the
 * command line prints: {@code path:line:column: message}. The GIFT parser, the Moodle XML reader and
 * the JSON reader all report problems this way.
 *
 * @param path   the file as the caller named it
 * @param line   1-based line, 0 when the problem concerns the whole file
 * @param column 1-based column, 0 when unknown
 * @param warning whether this is only a warning: everything was read, but something was left out or
 *                changed on the way (the command line exits 0 for warnings unless asked to be strict)
 */
public record GiftProblem(String path, int line, int column, String message, boolean warning) {

    /** An error. */
    public GiftProblem(String path, int line, int column, String message) {
        this(path, line, column, message, false);
    }

    static GiftProblem at(String path, SourcePosition pos, String message) {
        return new GiftProblem(path, pos.line(), pos.column(), message);
    }

    static GiftProblem warningAt(String path, SourcePosition pos, String message) {
        return new GiftProblem(path, pos.line(), pos.column(), message, true);
    }

    @Override
    public String toString() {
        return path + ":" + line + ":" + column + ": " + (warning ? "warning: " : "") + message;
    }
}
