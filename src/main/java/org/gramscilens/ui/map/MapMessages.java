package org.gramscilens.ui.map;

import org.gramscilens.i18n.Bundle;

/** Every user-facing string of the concept-map views, from {@code org/gramscilens/ui/map/messages.properties}. Read through {@link Bundle}: its one quoting rule applies. */
public final class MapMessages {
    private static final Bundle BUNDLE = Bundle.of("org.gramscilens.ui.map.messages");

    private MapMessages() {}

    public static String get(String key, Object... args) {
        return BUNDLE.get(key, args);
    }
}
