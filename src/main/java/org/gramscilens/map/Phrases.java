package org.gramscilens.map;

import java.util.Locale;

/**
 * How linking phrases are compared: ignoring case, surrounding space, runs of space and the kind of
 * apostrophe, so "Act  as" and "act as" are the same answer.
 */
public final class Phrases {
    private Phrases() {}

    public static String normalise(String phrase) {
        if (phrase == null) {
            return "";
        }
        return phrase.replace('\u2019', '\'')
                .replace('\u2018', '\'')
                .strip()
                .replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }

    public static boolean same(String a, String b) {
        return normalise(a).equals(normalise(b));
    }
}
