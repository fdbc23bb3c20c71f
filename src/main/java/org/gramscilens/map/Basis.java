package org.gramscilens.map;

/**
 * What a proposition rests on, written in concept-map.yaml's {@code source} field as one of
 * <ul>
 *   <li>{@code KEY} or {@code KEY, LOCATOR}: a references.yaml entry, with pages where the claim is on
 *       particular pages ({@code therborn1980, pp. 58-59});</li>
 *   <li>{@code deck} or {@code deck, S5}: the slide deck the course reads (itself a references.yaml entry,
 *       key {@code deck}), with the slide;</li>
 *   <li>{@code interpretation}: the course's own reading, which no source states.</li>
 * </ul>
 *
 * @param key the reference key, or null for the course's interpretation
 * @param locator pages or slide as written, or "" when none is given
 */
public record Basis(String key, String locator) {

    public static final String DECK = "deck";
    public static final String INTERPRETATION = "interpretation";

    public Basis {
        locator = locator == null ? "" : locator.strip();
    }

    /** The basis written in {@code text}, or null when the text is blank. "[@key]" and "@key" are forgiven. */
    public static Basis parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        if (s.startsWith("@")) {
            s = s.substring(1);
        }
        int end = 0;
        while (end < s.length() && s.charAt(end) != ',' && !Character.isWhitespace(s.charAt(end))) {
            end++;
        }
        String key = s.substring(0, end);
        String rest = s.substring(end).strip();
        if (rest.startsWith(",")) {
            rest = rest.substring(1);
        }
        if (key.equalsIgnoreCase(INTERPRETATION)) {
            return new Basis(null, rest);
        }
        return new Basis(key, rest);
    }

    public boolean interpretation() {
        return key == null;
    }

    public boolean deck() {
        return DECK.equals(key);
    }
}
