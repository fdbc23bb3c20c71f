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
import org.gramscilens.ui.common.Messages;

/**
 * One numbered option: a round radio mark (one answer) or a square check box (several), its key ("1"),
 * its text and, once the answer is checked, a sign: ✓ on a right option, ✗ on a wrong one the learner
 * chose. Chosen by the number key, a click or Space. A {@code RadioButton} with wrapped text grows one word
 * per line inside a narrow column, so this is a row of labels that acts as one control.
 */
final class OptionRow extends HBox {
    static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");
    static final PseudoClass RIGHT = PseudoClass.getPseudoClass("right");
    static final PseudoClass WRONG = PseudoClass.getPseudoClass("wrong");

    private final Runnable choose;
    private final boolean several;
    private final String text;
    private final Label indicator = new Label();
    private final Label mark = new Label();
    private boolean chosen;

    OptionRow(int number, String text, boolean several, Runnable choose) {
        this.choose = choose;
        this.several = several;
        this.text = number + ". " + text;
        getStyleClass().add("quiz-option");
        indicator.getStyleClass().addAll("quiz-option-indicator", several ? "quiz-option-check" : "quiz-option-radio");
        indicator.setMinSize(USE_PREF_SIZE, USE_PREF_SIZE);
        mark.getStyleClass().add("quiz-option-mark");
        mark.setMinWidth(USE_PREF_SIZE);
        mark.managedProperty().bind(mark.visibleProperty());
        mark.setVisible(false);
        Label key = new Label(number <= 9 ? String.valueOf(number) : "");
        key.getStyleClass().add("quiz-option-key");
        key.setMinWidth(USE_PREF_SIZE);
        Label label = new Label(text);
        label.getStyleClass().add("quiz-option-text");
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(label, Priority.ALWAYS);
        getChildren().addAll(indicator, key, label, mark);
        setFocusTraversable(true);
        setAccessibleRole(several ? AccessibleRole.CHECK_BOX : AccessibleRole.RADIO_BUTTON);
        setAccessibleText(this.text);
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
        boolean right = marked && isRight;
        boolean wrong = marked && isChosen && !isRight;
        pseudoClassStateChanged(CHOSEN, isChosen);
        pseudoClassStateChanged(RIGHT, right);
        pseudoClassStateChanged(WRONG, wrong);
        indicator.setText(several && isChosen ? "\u2713" : "");
        String sign = right
                ? Messages.get(isChosen ? "quiz.option.rightChosen" : "quiz.option.right")
                : wrong ? Messages.get("quiz.option.wrongChosen") : "";
        mark.setText(sign);
        mark.setVisible(!sign.isEmpty());
        setAccessibleText(sign.isEmpty() ? text : text + " (" + sign + ")");
        notifyAccessibleAttributeChanged(AccessibleAttribute.SELECTED);
    }

    /** The sign shown after checking ("✓ Right answer", "✗ Your answer"); empty before. */
    String markText() {
        return mark.isVisible() ? mark.getText() : "";
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
