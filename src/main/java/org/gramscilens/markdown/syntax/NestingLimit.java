package org.gramscilens.markdown.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Bounds how deeply lists and quotes nest before flexmark sees a lesson, so no part of the program
 * (parser, validator, reader, slides, search, handouts) recurses deeper than {@link #MAX_DEPTH} levels.
 * flexmark parses, post-processes and renders nested blocks recursively: {@code "- " × 2,000} on one
 * line, or {@code "> " × 5,000}, overflowed the stack. Beyond the limit the marker that would open a
 * deeper level is escaped ({@code \-}, {@code \>}, {@code 3\.}), so the rest of the line reads as text
 * in the deepest allowed level. A very long thematic break ({@code "_ " × 2,000}) is shortened to three
 * characters, since flexmark matches it with a regular expression that recurses once per character.
 *
 * <p>The depth is estimated line by line, as CommonMark opens containers: the quote markers on the line,
 * the list items that the line's indentation continues, and the list markers on the line. Lines in a
 * fenced code block are left alone. Only lines deeper than the limit change; they keep their line
 * numbers, so every position the validator reports stays right.
 */
public final class NestingLimit {
    /** The deepest nesting of lists and quotes shown as such. */
    public static final int MAX_DEPTH = 32;
    /** A thematic break longer than this is shortened. */
    public static final int MAX_BREAK = 120;

    /**
     * The lesson with nesting bounded, and the 0-based lines that were changed.
     *
     * @param text the Markdown to parse
     * @param cutLines 0-based indexes of lines whose nesting or break was cut
     */
    public record Result(String text, List<Integer> cutLines) {}

    private NestingLimit() {}

    /** The Markdown with lists and quotes nested at most {@link #MAX_DEPTH} deep. */
    public static Result apply(String markdown) {
        if (markdown.length() <= MAX_DEPTH) {
            return new Result(markdown, List.of()); // too short to nest that deep
        }
        StringBuilder out = null;
        List<Integer> cut = new ArrayList<>();
        int[] open = new int[MAX_DEPTH + 1]; // content columns of the open list items, outermost first
        int openCount = 0;
        char fence = 0;
        int lineNo = 0;
        for (int start = 0; start <= markdown.length(); lineNo++) {
            int end = markdown.indexOf('\n', start);
            if (end < 0) {
                end = markdown.length();
            }
            Line line = new Line(markdown, start, end);
            String replacement = null;
            if (fence != 0) {
                if (line.startsFence(fence)) {
                    fence = 0;
                }
            } else if (!line.blank()) {
                openCount = line.scan(open, openCount);
                replacement = line.replacement();
                char opened = line.fenceOpened();
                if (opened != 0) {
                    fence = opened;
                }
            }
            if (replacement != null) {
                if (out == null) {
                    out = new StringBuilder(markdown.length() + 64).append(markdown, 0, start);
                }
                out.append(replacement);
                cut.add(lineNo);
            } else if (out != null) {
                out.append(markdown, start, end);
            }
            if (end < markdown.length() && out != null) {
                out.append('\n');
            }
            start = end + 1;
        }
        return out == null ? new Result(markdown, List.of()) : new Result(out.toString(), List.copyOf(cut));
    }

    /** One line: its container prefix is read by {@link #scan}, which notes where to cut it. */
    private static final class Line {
        private final String text;
        private final int start;
        private final int end;
        private int escapeAt = -1; // index in text where a backslash goes
        private int rest; // index where the line's content after its containers starts

        Line(String text, int start, int end) {
            this.text = text;
            this.start = start;
            this.end = end;
        }

        boolean blank() {
            for (int i = start; i < end; i++) {
                if (!Character.isWhitespace(text.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        /** Reads the markers, updates the open list items and returns how many stay open. */
        int scan(int[] open, int openCount) {
            int quotes = 0;
            int i = start;
            int col = 0;
            boolean continued = false;
            while (i < end) {
                char c = text.charAt(i);
                if (c == ' ') {
                    i++;
                    col++;
                    continue;
                }
                if (c == '\t') {
                    i++;
                    col += 4 - col % 4;
                    continue;
                }
                if (!continued && c != '>') {
                    // The list items this line's indentation continues; deeper ones are closed.
                    while (openCount > 0 && open[openCount - 1] > col) {
                        openCount--;
                    }
                    continued = true;
                }
                int width = c == '>' ? 1 : listMarker(i);
                if (width == 0) {
                    break;
                }
                if (quotes + openCount + 1 > MAX_DEPTH) {
                    escapeAt = c == '>' || width == 1 ? i : i + width - 1;
                    break;
                }
                i += width;
                col += width;
                if (c == '>') {
                    quotes++;
                } else {
                    open[openCount++] = col + 1; // content starts after the marker and one space
                }
            }
            if (!continued) {
                openCount = 0; // only quote markers (or nothing): lists in them start afresh
            }
            rest = i;
            return openCount;
        }

        /** The width of a list marker at {@code i} ({@code -}, {@code *}, {@code +}, {@code 12.}, {@code 3)}), or 0. */
        private int listMarker(int i) {
            char c = text.charAt(i);
            int after;
            if (c == '-' || c == '*' || c == '+') {
                after = i + 1;
            } else {
                int j = i;
                while (j < end && j - i < 9 && Character.isDigit(text.charAt(j))) {
                    j++;
                }
                if (j == i || j >= end || (text.charAt(j) != '.' && text.charAt(j) != ')')) {
                    return 0;
                }
                after = j + 1;
            }
            return after == end || text.charAt(after) == ' ' || text.charAt(after) == '\t' ? after - i : 0;
        }

        /** The line rewritten, or null when it stays as it is. */
        String replacement() {
            if (escapeAt >= 0) {
                return text.substring(start, escapeAt) + '\\' + text.substring(escapeAt, end);
            }
            String content = text.substring(rest, end).strip();
            if (content.length() > MAX_BREAK && isBreak(content)) {
                return text.substring(start, rest)
                        + String.valueOf(content.charAt(0)).repeat(3);
            }
            return null;
        }

        private static boolean isBreak(String content) {
            char mark = content.charAt(0);
            if (mark != '-' && mark != '*' && mark != '_') {
                return false;
            }
            for (int i = 0; i < content.length(); i++) {
                char c = content.charAt(i);
                if (c != mark && c != ' ' && c != '\t') {
                    return false;
                }
            }
            return true;
        }

        /** The fence character if the content after the containers opens a fenced code block. */
        char fenceOpened() {
            if (escapeAt >= 0) {
                return 0;
            }
            return fenceAt(rest);
        }

        boolean startsFence(char fence) {
            int i = start;
            while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '>')) {
                i++;
            }
            return fenceAt(i) == fence;
        }

        private char fenceAt(int i) {
            if (i + 3 > end) {
                return 0;
            }
            char c = text.charAt(i);
            return (c == '`' || c == '~') && text.charAt(i + 1) == c && text.charAt(i + 2) == c ? c : 0;
        }
    }
}
