package org.gramscilens.markdown;

import org.gramscilens.i18n.Bundle;

/** The renderer's user-facing strings, from {@code messages.properties} next to this class. Read through {@link Bundle}: its one quoting rule applies. */
final class Messages {
    private static final Bundle BUNDLE = Bundle.of("org.gramscilens.markdown.messages");

    private Messages() {}

    static String get(String key, Object... args) {
        return BUNDLE.get(key, args);
    }
}
