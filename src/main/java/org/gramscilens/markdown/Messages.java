package org.gramscilens.markdown;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The renderer's user-facing strings, from {@code messages.properties} next to this class. */
final class Messages {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.gramscilens.markdown.messages");

    private Messages() {
    }

    static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern.replace("''", "'") : MessageFormat.format(pattern, args);
    }
}
