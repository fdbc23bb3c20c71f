package org.gramscilens.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one way the program reads its user-facing strings, for every package (it uses no JavaFX).
 *
 * <p>One quoting rule for every bundle: an apostrophe is written once, as itself ({@code course's}), and
 * {@code {0}}, {@code {0,number}}, {@code {0,choice,...}} are placeholders. {@link MessageFormat} would
 * otherwise read a single quote as the start of a quoted section and drop it, which is how
 * "This lesson's part" became "This lessons part". Bundles cannot quote braces; none needs to.
 */
public final class Bundle {
    private static final char APOSTROPHE_STAND_IN = '\uFDD0';
    private final String baseName;
    private final ResourceBundle bundle;

    private Bundle(String baseName, ResourceBundle bundle) {
        this.baseName = baseName;
        this.bundle = bundle;
    }

    /** The bundle {@code baseName} (e.g. {@code org.gramscilens.ui.messages}) for the default locale. */
    public static Bundle of(String baseName) {
        return new Bundle(baseName, ResourceBundle.getBundle(baseName));
    }

    /** The bundle {@code baseName} for {@code locale}. */
    public static Bundle of(String baseName, Locale locale) {
        return new Bundle(baseName, ResourceBundle.getBundle(baseName, locale));
    }

    public String baseName() {
        return baseName;
    }

    public boolean contains(String key) {
        return bundle.containsKey(key);
    }

    /** The text for {@code key} with its placeholders filled; {@code !key!} when the bundle lacks it. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return format(pattern, Locale.getDefault(Locale.Category.FORMAT), args);
    }

    /** Formats one bundle pattern by the rule above. */
    public static String format(String pattern, Locale locale, Object... args) {
        if (pattern.indexOf('{') < 0) {
            return pattern;
        }
        // A noncharacter the formatter does not read, so apostrophes survive at any depth (choice branches too).
        String shielded = pattern.replace('\'', APOSTROPHE_STAND_IN);
        return new MessageFormat(shielded, locale).format(args).replace(APOSTROPHE_STAND_IN, '\'');
    }
}
