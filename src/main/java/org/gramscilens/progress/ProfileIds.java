package org.gramscilens.progress;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Profile ids are folder names, so they are restricted to what every file system accepts and
 * cannot point outside the profiles folder: lower-case ASCII letters, digits and single hyphens.
 */
public final class ProfileIds {

    static final int MAX_LENGTH = 40;

    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Names Windows refuses for a file or folder, whatever the extension. */
    private static final Set<String> RESERVED = Set.of(
            "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9", "lpt1",
            "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private ProfileIds() {}

    public static boolean isValid(String id) {
        return id != null && id.length() <= MAX_LENGTH && VALID.matcher(id).matches() && !RESERVED.contains(id);
    }

    /**
     * "Zoë O'Brien-Smith" gives "zoe-o-brien-smith". Names with no Latin letters or digits give
     * "learner"; the caller adds a number when an id is taken.
     */
    public static String fromDisplayName(String displayName) {
        String plain = Normalizer.normalize(displayName, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .replace("ß", "ss")
                .replace("æ", "ae")
                .replace("Æ", "ae")
                .replace("ø", "o")
                .replace("Ø", "o")
                .replace("œ", "oe")
                .replace("Œ", "oe")
                .replace("ł", "l")
                .replace("Ł", "l")
                .toLowerCase(Locale.ROOT);
        String id = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (id.length() > MAX_LENGTH - 4) { // room for "-999"
            id = id.substring(0, MAX_LENGTH - 4).replaceAll("-+$", "");
        }
        if (id.isEmpty()) {
            return "learner";
        }
        return RESERVED.contains(id) ? id + "-1" : id;
    }
}
