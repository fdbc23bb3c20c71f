package org.gramscilens.map;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Ids made from labels: lower case ASCII letters and digits joined by single hyphens. */
final class Slugs {
    private static final int MAX = 40;
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private Slugs() {}

    /** Whether {@code id} already has the form {@link #of} gives. */
    static boolean isId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    static String of(String text, String fallback) {
        String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX) {
            slug = slug.substring(0, MAX).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? fallback : slug;
    }

    /** {@code wanted}, or {@code wanted-2}, {@code wanted-3}... whichever {@code used} does not hold yet; added to it. */
    static String unique(String wanted, Set<String> used) {
        String id = wanted;
        for (int n = 2; !used.add(id); n++) {
            id = wanted + "-" + n;
        }
        return id;
    }
}
