package org.gramscilens.ui.present;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Every user-facing string of seminar mode, from {@code present/messages.properties}. */
final class Messages {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.gramscilens.ui.present.messages");

    private Messages() {
    }

    static String get(String key, Object... args) {
        try {
            return MessageFormat.format(BUNDLE.getString(key), args);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }
}
