package org.gramscilens.ui.quiz;

import javafx.css.PseudoClass;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * One numbered option: its key ("1") and its text, chosen by the number key, a click or Space. A
 * {@code RadioButton} with wrapped text grows one word per line inside a narrow column, so this is a row
 * of two labels that acts as one control.
 */
final class OptionRow extends HBox {
    static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");
    static final PseudoClass RIGHT = PseudoClass.getPseudoClass("right");
    static final PseudoClass WRONG = PseudoClass.getPseudoClass("wrong");

    private final Runnable choose;
    private final boolean several;
    private boolean chosen;

    OptionRow(int number, String text, boolean several, Runnable choose) {
        this.choose = choose;
        this.several = several;
        getStyleClass().add("quiz-option");
        Label key = new Label(number <= 9 ? String.valueOf(number) : "");
        key.getStyleClass().add("quiz-option-key");
        key.setMinWidth(USE_PREF_SIZE);
        Label label = new Label(text);
        label.getStyleClass().add("quiz-option-text");
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(label, Priority.ALWAYS);
        getChildren().addAll(key, label);
        setFocusTraversable(true);
        setAccessibleRole(several ? AccessibleRole.CHECK_BOX : AccessibleRole.RADIO_BUTTON);
        setAccessibleText(number + ". " + text);
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && !isDisabled()) {
            requestFocus();
            choose.run();
        }
    }

    private void keyPressed(KeyEvent e) {
        if (e.getCode() == KeyCode.SPACE) {
            e.consume();
            choose.run();
        }
    }

    void show(boolean isChosen, boolean marked, boolean isRight) {
        chosen = isChosen;
        pseudoClassStateChanged(CHOSEN, isChosen);
        pseudoClassStateChanged(RIGHT, marked && isRight);
        pseudoClassStateChanged(WRONG, marked && isChosen && !isRight);
        notifyAccessibleAttributeChanged(AccessibleAttribute.SELECTED);
    }

    boolean isChosen() {
        return chosen;
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        if (attribute == AccessibleAttribute.SELECTED) {
            return chosen;
        }
        return super.queryAccessibleAttribute(attribute, parameters);
    }

    @Override
    public void executeAccessibleAction(AccessibleAction action, Object... parameters) {
        if (action == AccessibleAction.FIRE) {
            choose.run();
        } else {
            super.executeAccessibleAction(action, parameters);
        }
    }
}
