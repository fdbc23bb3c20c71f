package org.gramscilens.ui.present;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The presentation's keys, the same in the presentation window and the speaker view. They are caught by a
 * scene filter before any control sees them, so Space and Enter never press a focused button and a
 * clicker works whatever has focus. Keys that depend on the keyboard layout (digits, {@code ? + - .}) are
 * read from the typed character, so the keypad and layouts that shift for digits work; the rest from the
 * key code.
 */
final class PresentationKeys {

    /** A row of the help overlay: the keys as shown, and the message key of what they do. */
    record Help(String keys, String action) {}

    static final List<Help> HELP = List.of(
            new Help("→  Space  PageDown", "help.next"),
            new Help("←  Shift+Space  PageUp", "help.previous"),
            new Help("Home  End", "help.firstLast"),
            new Help("3 Enter", "help.jump"),
            new Help("R  Enter", "help.reveal"),
            new Help("↑  ↓", "help.scroll"),
            new Help("O  Esc", "help.overview"),
            new Help("B  .", "help.black"),
            new Help("W", "help.white"),
            new Help("F", "help.fullScreen"),
            new Help("+  -", "help.zoom"),
            new Help("]  [", "help.notesSize"),
            new Help("D", "help.theme"),
            new Help("S", "help.speaker"),
            new Help("T  P", "help.timer"),
            new Help("?", "help.help"),
            new Help("Ctrl+W", "help.end"));

    private final PresentationModel model;
    private final Map<KeyCode, Runnable> plain = new EnumMap<>(KeyCode.class);
    private final Map<String, Runnable> typed;

    PresentationKeys(PresentationModel model) {
        this.model = model;
        plain.put(KeyCode.RIGHT, model::right);
        plain.put(KeyCode.LEFT, model::left);
        plain.put(KeyCode.DOWN, model::down);
        plain.put(KeyCode.UP, model::up);
        plain.put(KeyCode.PAGE_DOWN, model::next);
        plain.put(KeyCode.PAGE_UP, model::previous);
        plain.put(KeyCode.HOME, model::first);
        plain.put(KeyCode.END, model::last);
        plain.put(KeyCode.ENTER, model::enter);
        plain.put(KeyCode.ESCAPE, model::escape);
        plain.put(KeyCode.B, model::toggleBlack);
        plain.put(KeyCode.W, model::toggleWhite);
        plain.put(KeyCode.F, model::toggleFullScreen);
        plain.put(KeyCode.O, model::toggleOverview);
        plain.put(KeyCode.R, model::revealAnswer);
        plain.put(KeyCode.S, model::toggleSpeaker);
        plain.put(KeyCode.T, model::resetTimer);
        plain.put(KeyCode.P, model::toggleTimer);
        plain.put(KeyCode.D, model::toggleTheme);
        typed = Map.of(
                ".",
                model::toggleBlack,
                "?",
                model::toggleHelp,
                "+",
                model::zoomIn,
                "=",
                model::zoomIn,
                "-",
                model::zoomOut,
                "]",
                model::notesLarger,
                "[",
                model::notesSmaller);
    }

    /** Makes {@code scene} send its keys to the model. */
    void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, (EventHandler<KeyEvent>) this::pressed);
        scene.addEventFilter(KeyEvent.KEY_TYPED, (EventHandler<KeyEvent>) this::typed);
    }

    void pressed(KeyEvent e) {
        Runnable action = action(e);
        if (action != null) {
            e.consume();
            action.run();
        }
    }

    private Runnable action(KeyEvent e) {
        KeyCode code = e.getCode();
        if (e.isShortcutDown()) {
            return code == KeyCode.W ? model::end : null;
        }
        if (e.isAltDown() || e.isMetaDown()) {
            return null;
        }
        if (code == KeyCode.SPACE) {
            return e.isShiftDown() ? model::previous : model::next;
        }
        return e.isShiftDown() && code != KeyCode.ENTER ? null : plain.get(code);
    }

    void typed(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        String c = e.getCharacter();
        Runnable action = c.length() == 1 && c.charAt(0) >= '0' && c.charAt(0) <= '9'
                ? () -> model.typeDigit(c.charAt(0) - '0')
                : typed.get(c);
        if (action != null) {
            e.consume();
            action.run();
        }
    }
}
