package org.gramscilens.quiz;

/**
 * A stretch of a {@link GiftText}, indexed from 0. Searches find only unescaped characters, so
 * {@code \=} never splits answers; {@link #text()} gives the characters with escapes resolved.
 */
record GiftSlice(GiftText src, int from, int to) {

    int length() {
        return to - from;
    }

    boolean isEmpty() {
        return to == from;
    }

    char charAt(int i) {
        return src.charAt(from + i);
    }

    /** Whether the character at {@code i} is {@code c} written plainly (not escaped). */
    boolean isMarker(int i, char c) {
        return i >= 0 && i < length() && charAt(i) == c && !src.isLiteral(from + i);
    }

    int indexOf(char c) {
        return indexOf(c, 0);
    }

    int indexOf(char c, int start) {
        for (int i = Math.max(start, 0); i < length(); i++) {
            if (isMarker(i, c)) {
                return i;
            }
        }
        return -1;
    }

    int indexOf(String s) {
        return indexOf(s, 0);
    }

    int indexOf(String s, int start) {
        for (int i = Math.max(start, 0); i + s.length() <= length(); i++) {
            if (matchesAt(i, s)) {
                return i;
            }
        }
        return -1;
    }

    int lastIndexOf(String s) {
        for (int i = length() - s.length(); i >= 0; i--) {
            if (matchesAt(i, s)) {
                return i;
            }
        }
        return -1;
    }

    boolean startsWith(String s) {
        return s.length() <= length() && matchesAt(0, s);
    }

    private boolean matchesAt(int i, String s) {
        for (int k = 0; k < s.length(); k++) {
            if (!isMarker(i + k, s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    GiftSlice sub(int start) {
        return sub(start, length());
    }

    GiftSlice sub(int start, int end) {
        if (start < 0 || end > length() || start > end) {
            throw new IndexOutOfBoundsException(start + ".." + end + " of " + length());
        }
        return new GiftSlice(src, from + start, from + end);
    }

    /**
     * Without surrounding blanks. Escaped blanks ({@code \n}) stay: Moodle trims while escapes are
     * still placeholders, and only trims them away from the finished text ({@link #finalText()}).
     */
    GiftSlice trim() {
        int a = from;
        int b = to;
        while (a < b && GiftText.isBlank(src.charAt(a)) && !src.isLiteral(a)) {
            a++;
        }
        while (b > a && GiftText.isBlank(src.charAt(b - 1)) && !src.isLiteral(b - 1)) {
            b--;
        }
        return new GiftSlice(src, a, b);
    }

    /** The characters, escapes resolved. */
    String text() {
        return src.substring(from, to);
    }

    /** The characters as a finished piece of text: escapes resolved, then trimmed as Moodle does. */
    String finalText() {
        return GiftText.phpTrim(text());
    }

    /** Where character {@code i} stands in the file (or, past the end, the next character does). */
    SourcePosition position(int i) {
        return src.position(from + i);
    }

    SourcePosition start() {
        return position(0);
    }
}
