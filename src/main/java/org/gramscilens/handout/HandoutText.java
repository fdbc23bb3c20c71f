package org.gramscilens.handout;

import org.gramscilens.i18n.Bundle;

/** The handout's own words ("References", "Page 3 of 40" ...), from {@code messages.properties}. Read through {@link Bundle}: its one quoting rule applies. */
final class HandoutText {
    private static final Bundle BUNDLE = Bundle.of("org.gramscilens.handout.messages");

    private HandoutText() {}

    static String get(String key, Object... args) {
        return BUNDLE.get(key, args);
    }
}
