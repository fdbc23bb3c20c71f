package org.gramscilens.ui;

import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;

/**
 * A card that acts as a button: focusable, fires on click, Enter or Space. A {@code Button} with wrapped
 * text in its graphic asks that text for its height at no width and grows one word per line.
 */
final class CardButton extends VBox {
    private final Runnable action;

    CardButton(String styleClass, String accessibleText, Runnable action, Node... children) {
        super(children);
        this.action = action;
        getStyleClass().add(styleClass);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.BUTTON);
        setAccessibleText(accessibleText);
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                requestFocus();
                fire();
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                e.consume();
                fire();
            }
        });
    }

    void fire() {
        action.run();
    }

    @Override
    public void executeAccessibleAction(AccessibleAction a, Object... parameters) {
        if (a == AccessibleAction.FIRE) {
            fire();
        } else {
            super.executeAccessibleAction(a, parameters);
        }
    }
}
