package org.gramscilens.ui.quiz;

import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The quiz's keys: 1–9 choose an option (tick or untick for several), T and F answer true/false, Enter
 * submits and then moves on (or presses the focused button), N goes to the next question, Ctrl+Enter
 * submits from anywhere (it is how an essay is saved, Enter making a new line there), Escape leaves the
 * quiz. Letters and digits typed into a text field stay there.
 */
final class QuizKeys {

    enum Command {
        CHOOSE,
        TRUE,
        FALSE,
        ENTER,
        PRESS_FOCUSED,
        NEXT,
        SUBMIT,
        CLOSE_LIST,
        LEAVE,
        NONE
    }

    /** @param option the 0-based option for {@link Command#CHOOSE} */
    record Action(Command command, int option) {
        static final Action NONE = new Action(Command.NONE, -1);

        static Action of(Command c) {
            return new Action(c, -1);
        }
    }

    private QuizKeys() {}

    /**
     * Seen before the focused control: Ctrl+Enter (a text area would make it a new line), and an Enter
     * that picks from an open drop-down list (the list closes before the key reaches the quiz).
     */
    static Action beforeTarget(KeyEvent e) {
        if (e.getCode() != KeyCode.ENTER) {
            return Action.NONE;
        }
        if (e.isShortcutDown()) {
            return Action.of(Command.SUBMIT);
        }
        boolean listOpen = e.getTarget() instanceof ComboBoxBase<?> box && box.isShowing();
        return listOpen ? Action.of(Command.CLOSE_LIST) : Action.NONE;
    }

    /** Every other key, after the focused control had its turn. */
    static Action afterTarget(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return Action.NONE;
        }
        Object target = e.getTarget();
        if (e.getCode() == KeyCode.ESCAPE) {
            boolean listOpen = target instanceof ComboBoxBase<?> box && box.isShowing();
            return listOpen ? Action.NONE : Action.of(Command.LEAVE);
        }
        boolean typing = target instanceof TextInputControl t && t.isEditable();
        if (e.getCode() == KeyCode.ENTER) {
            if (target instanceof ButtonBase) {
                return Action.of(Command.PRESS_FOCUSED);
            }
            return target instanceof javafx.scene.control.TextArea && typing ? Action.NONE : Action.of(Command.ENTER);
        }
        if (typing || target instanceof TextInputControl) {
            return e.getCode() == KeyCode.N && !typing ? Action.of(Command.NEXT) : Action.NONE;
        }
        int digit = digit(e.getCode());
        if (digit > 0) {
            return new Action(Command.CHOOSE, digit - 1);
        }
        return switch (e.getCode()) {
            case T -> Action.of(Command.TRUE);
            case F -> Action.of(Command.FALSE);
            case N -> Action.of(Command.NEXT);
            default -> Action.NONE;
        };
    }

    /** 1 to 9 from the main row or the keypad; 0 for any other key. */
    static int digit(KeyCode code) {
        int main = code.ordinal() - KeyCode.DIGIT1.ordinal();
        if (main >= 0 && main < 9 && code.isDigitKey()) {
            return main + 1;
        }
        int pad = code.ordinal() - KeyCode.NUMPAD1.ordinal();
        return pad >= 0 && pad < 9 && code.isKeypadKey() ? pad + 1 : 0;
    }
}
