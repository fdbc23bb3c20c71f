package org.gramscilens.quiz;

/**
 * Something wrong with a quiz file, located in it. {@link #toString()} is the one-line form the
 * command line prints: {@code path:line:column: message}. The GIFT parser, the Moodle XML reader and
 * the JSON reader all report problems this way.
 *
 * @param path   the file as the caller named it
 * @param line   1-based line, 0 when the problem concerns the whole file
 * @param column 1-based column, 0 when unknown
 */
public record GiftProblem(String path, int line, int column, String message) {

    static GiftProblem at(String path, SourcePosition pos, String message) {
        return new GiftProblem(path, pos.line(), pos.column(), message);
    }

    @Override
    public String toString() {
        return path + ":" + line + ":" + column + ": " + message;
    }
}
