package org.gramscilens.ui.map;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Every user-facing string of the concept-map views, from {@code org/gramscilens/ui/map/messages.properties}. */
public final class MapMessages {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.gramscilens.ui.map.messages");

    private MapMessages() {
    }

    public static String get(String key, Object... args) {
        try {
            String s = BUNDLE.getString(key);
            return args.length == 0 ? s : MessageFormat.format(s, args);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }
}
