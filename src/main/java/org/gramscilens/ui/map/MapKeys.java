package org.gramscilens.ui.map;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** The keys of the map canvas, as commands (so the mapping is one table, tested without a window). */
final class MapKeys {

    enum Command {
        ZOOM_IN,
        ZOOM_OUT,
        FIT,
        ACTIVATE,
        UP,
        DOWN,
        LEFT,
        RIGHT,
        NONE
    }

    private MapKeys() {}

    static Command of(KeyEvent e) {
        return of(e.getCode(), e.isShortcutDown(), e.isAltDown() || e.isShiftDown());
    }

    static Command of(KeyCode code, boolean shortcut, boolean otherModifier) {
        if (shortcut) {
            return switch (code) {
                case PLUS, EQUALS, ADD -> Command.ZOOM_IN;
                case MINUS, SUBTRACT -> Command.ZOOM_OUT;
                case DIGIT0, NUMPAD0 -> Command.FIT;
                default -> Command.NONE;
            };
        }
        if (otherModifier) {
            return Command.NONE;
        }
        return switch (code) {
            case ENTER, SPACE -> Command.ACTIVATE;
            case UP -> Command.UP;
            case DOWN -> Command.DOWN;
            case LEFT -> Command.LEFT;
            case RIGHT -> Command.RIGHT;
            default -> Command.NONE;
        };
    }
}
