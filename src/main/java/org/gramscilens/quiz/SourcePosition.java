package org.gramscilens.quiz;

/**
 * Where something starts in the file it was read from: 1-based line and column (a column counts
 * UTF-16 characters, a tab as one). {@link #NONE} marks questions made in code.
 */
public record SourcePosition(int line, int column) {

    public static final SourcePosition NONE = new SourcePosition(0, 0);

    public boolean isKnown() {
        return line > 0;
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
