package org.gramscilens.ui.present;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.gramscilens.slides.PollQuestion;

/**
 * A poll on a slide: the question large, its options lettered for a show of hands; once revealed, the
 * right options highlighted (the others dimmed), the accepted answer when there are no options, and the
 * feedback. Shows {@link SlideState#revealedProperty()}; changes nothing.
 */
final class PollView {
    static final PseudoClass REVEALED = PseudoClass.getPseudoClass("revealed");
    static final PseudoClass RIGHT = PseudoClass.getPseudoClass("right");

    private final VBox root = new VBox();
    private final BooleanBinding revealed;

    PollView(PollQuestion poll, SlideState state) {
        this(poll, state, null);
    }

    /** @param live the answers learners give in their own copies, shown as bars beside each option; null: none */
    PollView(PollQuestion poll, SlideState state, LivePolls.Poll live) {
        root.getStyleClass().add("slide-poll");
        revealed = Bindings.createBooleanBinding(state::answerRevealed, state.revealedProperty());
        root.pseudoClassStateChanged(REVEALED, revealed.get());
        revealed.addListener((o, a, now) -> root.pseudoClassStateChanged(REVEALED, now));

        Label prompt = wrapped(poll.prompt(), "slide-poll-prompt");
        root.getChildren().add(prompt);
        for (PollQuestion.Option option : poll.options()) {
            root.getChildren().add(option(option));
        }
        if (live != null) {
            root.getChildren().add(new LiveBars(poll, live).node());
        }
        for (String item : poll.items()) {
            root.getChildren().add(wrapped("•  " + item, "slide-poll-item"));
        }
        if (!poll.answer().isBlank()) {
            root.getChildren()
                    .add(shownOnReveal(wrapped(Messages.get("poll.answer", poll.answer()), "slide-poll-answer")));
        }
        if (!poll.feedback().isBlank()) {
            root.getChildren().add(shownOnReveal(wrapped(poll.feedback(), "slide-poll-feedback")));
        }
    }

    VBox node() {
        return root;
    }

    private static HBox option(PollQuestion.Option option) {
        Label letter = new Label(option.letter());
        letter.getStyleClass().add("slide-poll-letter");
        letter.setMinWidth(Label.USE_PREF_SIZE);
        Label text = wrapped(option.text(), "slide-poll-option-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(letter, text);
        row.getStyleClass().add("slide-poll-option");
        row.pseudoClassStateChanged(RIGHT, option.right());
        row.setAccessibleText(option.letter() + ": " + option.text());
        return row;
    }

    private Label shownOnReveal(Label label) {
        label.visibleProperty().bind(revealed);
        label.managedProperty().bind(revealed);
        return label;
    }

    static Label wrapped(String text, String styleClass) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        l.getStyleClass().add(styleClass);
        return l;
    }
}
