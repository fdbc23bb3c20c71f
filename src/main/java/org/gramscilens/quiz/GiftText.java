package org.gramscilens.quiz;

import java.util.List;

/**
 * The characters of one GIFT question (its lines trimmed and joined with {@code \n}, comment lines
 * dropped), with GIFT's backslash escapes already resolved. Each character remembers whether it came
 * from an escape — an escaped {@code \~} is text, never a marker — and where it stood in the file, so
 * that a problem can name the exact line and column.
 */
final class GiftText {

    /** One line of the question: its number and the part of it between leading and trailing blanks. */
    record Line(int number, String content, int start, int end) {}

    private final String chars;
    private final boolean[] literal;
    private final int[] lines;
    private final int[] columns;
    private final SourcePosition end;

    private GiftText(String chars, boolean[] literal, int[] lines, int[] columns, SourcePosition end) {
        this.chars = chars;
        this.literal = literal;
        this.lines = lines;
        this.columns = columns;
        this.end = end;
    }

    static GiftText of(List<Line> questionLines) {
        StringBuilder raw = new StringBuilder();
        int total =
                questionLines.stream().mapToInt(l -> l.end() - l.start() + 1).sum();
        int[] rawLine = new int[total];
        int[] rawCol = new int[total];
        int n = 0;
        SourcePosition end = SourcePosition.NONE;
        for (int k = 0; k < questionLines.size(); k++) {
            Line l = questionLines.get(k);
            if (k > 0) {
                raw.append('\n');
                n++;
            }
            for (int i = l.start(); i < l.end(); i++) {
                raw.append(l.content().charAt(i));
                rawLine[n] = l.number();
                rawCol[n] = i + 1;
                n++;
            }
            end = new SourcePosition(l.number(), l.end() + 1);
            if (k + 1 < questionLines.size()) {
                // The joining newline stands at the end of this line.
                rawLine[n] = l.number();
                rawCol[n] = l.end() + 1;
            }
        }
        return unescape(raw.toString(), rawLine, rawCol, end);
    }

    /**
     * Resolves escapes the way Moodle does: {@code \\} is a backslash, {@code \~ \= \# \{ \} \:} are
     * those characters as text, {@code \n} is a line break, and any other backslash stays as it is.
     */
    private static GiftText unescape(String raw, int[] rawLine, int[] rawCol, SourcePosition end) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean[] literal = new boolean[raw.length()];
        int[] lines = new int[raw.length()];
        int[] columns = new int[raw.length()];
        int n = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            lines[n] = rawLine[i];
            columns[n] = rawCol[i];
            if (c == '\\' && i + 1 < raw.length()) {
                char next = raw.charAt(i + 1);
                if ("\\~=#{}:".indexOf(next) >= 0) {
                    out.append(next);
                    literal[n++] = true;
                    i++;
                    continue;
                }
                if (next == 'n') {
                    out.append('\n');
                    literal[n++] = true;
                    i++;
                    continue;
                }
            }
            out.append(c);
            literal[n++] = c == '\\';
        }
        return new GiftText(
                out.toString(),
                java.util.Arrays.copyOf(literal, n),
                java.util.Arrays.copyOf(lines, n),
                java.util.Arrays.copyOf(columns, n),
                end);
    }

    GiftSlice all() {
        return new GiftSlice(this, 0, chars.length());
    }

    int length() {
        return chars.length();
    }

    char charAt(int i) {
        return chars.charAt(i);
    }

    boolean isLiteral(int i) {
        return literal[i];
    }

    String substring(int from, int to) {
        return chars.substring(from, to);
    }

    SourcePosition position(int i) {
        return i < chars.length() ? new SourcePosition(lines[i], columns[i]) : end;
    }

    /** PHP's trim() set, which Moodle's importer uses everywhere. */
    static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\0' || c == '\u000B';
    }

    static String phpTrim(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isBlank(s.charAt(a))) {
            a++;
        }
        while (b > a && isBlank(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }
}
