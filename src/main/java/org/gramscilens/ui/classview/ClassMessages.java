package org.gramscilens.ui.classview;

import org.gramscilens.i18n.Bundle;

/** Every user-facing string of the class features, from {@code classview/messages.properties}, through {@link Bundle}. */
final class ClassMessages {
    private static final Bundle BUNDLE = Bundle.of("org.gramscilens.ui.classview.messages");

    private ClassMessages() {}

    static String get(String key, Object... args) {
        return BUNDLE.get(key, args);
    }
}
