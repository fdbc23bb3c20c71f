package org.gramscilens.ui;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Every user-facing string of the shell, from {@code messages.properties}. */
public final class Messages {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.gramscilens.ui.messages");

    private Messages() {
    }

    public static String get(String key, Object... args) {
        try {
            String s = BUNDLE.getString(key);
            return MessageFormat.format(s, args);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }
}
