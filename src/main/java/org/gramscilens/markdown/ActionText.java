package org.gramscilens.markdown;

import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.Text;

/**
 * Text that acts when activated: a link, a citation, a footnote reference. It stays a {@link Text}
 * so it wraps with the paragraph around it; it is reachable with Tab, and Enter, Space or a click
 * (without dragging, which selects instead) runs its action. The enclosing {@link TextBlock} draws
 * the focus ring.
 */
public class ActionText extends Text {
    private final Runnable action;

    public ActionText(String text, String accessibleText, Runnable action) {
        super(text);
        this.action = action;
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.HYPERLINK);
        setAccessibleText(accessibleText);
        setCursor(Cursor.HAND);
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                fire();
                e.consume();
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            boolean plain = !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown();
            if (plain && (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE)) {
                fire();
                e.consume();
            }
        });
        focusedProperty().addListener((observable, was, is) -> {
            if (getParent() instanceof TextBlock block) {
                block.inlineFocusChanged(this, is);
            }
        });
    }

    /** Runs the action, as a click or Enter would. */
    public void fire() {
        action.run();
    }

    @Override
    public void executeAccessibleAction(AccessibleAction accessibleAction, Object... parameters) {
        if (accessibleAction == AccessibleAction.FIRE) {
            fire();
        } else {
            super.executeAccessibleAction(accessibleAction, parameters);
        }
    }
}
