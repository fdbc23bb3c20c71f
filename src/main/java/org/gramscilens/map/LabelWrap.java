package org.gramscilens.map;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a label into lines the way the map draws it: words kept whole, a new line when the next word would
 * take the line past {@link #CHARS} characters (a word longer than that gets a line of its own). The
 * layout's size estimate and the CXL export use the same rule, so an exported box fits its label.
 */
public final class LabelWrap {
    /** About the 150 px a concept label may take on screen before it wraps. */
    public static final int CHARS = 22;

    private LabelWrap() {}

    public static List<String> lines(String text) {
        return lines(text, CHARS);
    }

    public static List<String> lines(String text, int chars) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String stripped = text == null ? "" : text.strip();
        for (String word : stripped.isEmpty() ? new String[0] : stripped.split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > chars) {
                out.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        out.add(line.toString());
        return out;
    }
}
