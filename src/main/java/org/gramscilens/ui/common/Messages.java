package org.gramscilens.ui.common;

import org.gramscilens.i18n.Bundle;

/** Every user-facing string of the shell, from {@code messages.properties}. Read through {@link Bundle}: its one quoting rule applies. */
public final class Messages {
    private static final Bundle BUNDLE = Bundle.of("org.gramscilens.ui.messages");

    private Messages() {}

    public static String get(String key, Object... args) {
        return BUNDLE.get(key, args);
    }
}
