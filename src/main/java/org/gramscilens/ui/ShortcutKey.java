package org.gramscilens.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * A key combination that may be typed several ways (Ctrl++ arrives as Plus, Equals with or without Shift,
 * or the keypad's Add) and that names its key as people read it ("Ctrl+PgDn", not "Ctrl+Page_Down").
 * Menus show {@link #getDisplayText()} beside their items.
 */
final class ShortcutKey extends KeyCombination {
    private static final Map<KeyCode, String> NAMES = Map.ofEntries(
            Map.entry(KeyCode.PAGE_DOWN, "PgDn"),
            Map.entry(KeyCode.PAGE_UP, "PgUp"),
            Map.entry(KeyCode.LEFT, "\u2190"),
            Map.entry(KeyCode.RIGHT, "\u2192"),
            Map.entry(KeyCode.UP, "\u2191"),
            Map.entry(KeyCode.DOWN, "\u2193"),
            Map.entry(KeyCode.BACK_SPACE, "Backspace"),
            Map.entry(KeyCode.ENTER, "Enter"),
            Map.entry(KeyCode.ESCAPE, "Esc"),
            Map.entry(KeyCode.TAB, "Tab"),
            Map.entry(KeyCode.PLUS, "+"),
            Map.entry(KeyCode.EQUALS, "+"),
            Map.entry(KeyCode.ADD, "+"),
            Map.entry(KeyCode.MINUS, "-"),
            Map.entry(KeyCode.SUBTRACT, "-"),
            Map.entry(KeyCode.DIGIT0, "0"),
            Map.entry(KeyCode.NUMPAD0, "0"));

    private final boolean shortcut;
    private final boolean shift;
    private final boolean alt;
    private final List<KeyCodeCombination> ways = new ArrayList<>();

    /**
     * @param shortcut Ctrl (Cmd on macOS)
     * @param shift    Shift must be down; when false and {@code shiftOptional}, Shift is ignored
     * @param codes    the first names the key; the others are other ways to type it
     */
    ShortcutKey(boolean shortcut, boolean shift, boolean alt, boolean shiftOptional, KeyCode... codes) {
        super(modifiers(shortcut, shift, alt, shiftOptional));
        this.shortcut = shortcut;
        this.shift = shift;
        this.alt = alt;
        for (KeyCode code : codes) {
            ways.add(new KeyCodeCombination(code, modifiers(shortcut, shift, alt, shiftOptional)));
        }
    }

    private static Modifier[] modifiers(boolean shortcut, boolean shift, boolean alt, boolean shiftOptional) {
        List<Modifier> down = new ArrayList<>();
        if (shortcut) {
            down.add(SHORTCUT_DOWN);
        }
        if (shift) {
            down.add(SHIFT_DOWN);
        } else if (shiftOptional) {
            down.add(SHIFT_ANY);
        }
        if (alt) {
            down.add(ALT_DOWN);
        }
        return down.toArray(Modifier[]::new);
    }

    @Override
    public boolean match(KeyEvent event) {
        return ways.stream().anyMatch(way -> way.match(event));
    }

    KeyCode key() {
        return ways.get(0).getCode();
    }

    /** As the learner reads it on this platform. */
    @Override
    public String getDisplayText() {
        return text(isMac());
    }

    /** Ctrl+Shift+E style, or macOS's ⌘⇧E. */
    String text(boolean mac) {
        StringBuilder b = new StringBuilder();
        if (mac) {
            b.append(alt ? "\u2325" : "").append(shift ? "\u21e7" : "").append(shortcut ? "\u2318" : "");
        } else {
            b.append(shortcut ? "Ctrl+" : "").append(shift ? "Shift+" : "").append(alt ? "Alt+" : "");
        }
        KeyCode code = key();
        return b.append(NAMES.getOrDefault(code, code.getName())).toString();
    }

    private static boolean isMac() {
        return System.getProperty("os.name", "")
                .toLowerCase(java.util.Locale.ROOT)
                .startsWith("mac");
    }

    @Override
    public boolean equals(Object other) {
        return this == other; // one instance per row of the shortcut table
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
