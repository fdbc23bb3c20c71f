package org.gramscilens.ui.present;

import org.gramscilens.i18n.Bundle;

/** Every user-facing string of seminar mode, from {@code present/messages.properties}. Read through {@link Bundle}: its one quoting rule applies. */
final class Messages {
    private static final Bundle BUNDLE = Bundle.of("org.gramscilens.ui.present.messages");

    private Messages() {}

    static String get(String key, Object... args) {
        return BUNDLE.get(key, args);
    }
}
