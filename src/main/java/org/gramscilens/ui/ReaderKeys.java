package org.gramscilens.ui;

import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;

/**
 * Reading keys for the reader: PageDown and Space move a screen down, PageUp and Shift+Space a screen up,
 * Home and End to the ends; a little of the last screen stays in view so the eye finds its line. The
 * ScrollPane's own PageDown moves a tenth of the scroll range, which on a long lesson is a few lines.
 */
final class ReaderKeys {
    /** How much of the previous screen stays in view after a page, in pixels. */
    static final double OVERLAP = 40;

    private ReaderKeys() {}

    static void install(ScrollPane scroll, Region content) {
        scroll.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() || e.isAltDown() || !forReading(e)) {
                return;
            }
            double page = scroll.getViewportBounds().getHeight() - OVERLAP;
            Double to = switch (e.getCode()) {
                case PAGE_DOWN -> by(scroll, content, page);
                case PAGE_UP -> by(scroll, content, -page);
                case SPACE -> by(scroll, content, e.isShiftDown() ? -page : page);
                case HOME -> e.getTarget() == scroll ? 0.0 : null;
                case END -> e.getTarget() == scroll ? 1.0 : null;
                default -> null;
            };
            if (to != null) {
                scroll.setVvalue(to);
                e.consume();
            }
        });
    }

    /** Keys a focused control uses itself (Space on a button, PageDown in a list or text field) stay its own. */
    private static boolean forReading(KeyEvent e) {
        if (!(e.getTarget() instanceof Node target)) {
            return true;
        }
        if (target instanceof TextInputControl || target instanceof ListView<?> || target instanceof ComboBoxBase<?>) {
            return false;
        }
        return e.getCode() != KeyCode.SPACE || !(target instanceof ButtonBase);
    }

    /** The vvalue {@code dy} pixels from here, or null when the content does not scroll. */
    private static Double by(ScrollPane scroll, Region content, double dy) {
        double range = content.getHeight() - scroll.getViewportBounds().getHeight();
        if (range <= 0) {
            return null;
        }
        double y = scroll.getVvalue() * range + dy;
        return Math.max(0, Math.min(1, y / range));
    }
}
