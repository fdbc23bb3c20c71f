package org.gramscilens.handout;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The handout's own words ("References", "Page 3 of 40" ...), from {@code messages.properties}. */
final class HandoutText {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.gramscilens.handout.messages");

    private HandoutText() {
    }

    static String get(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern).format(args);
    }
}
