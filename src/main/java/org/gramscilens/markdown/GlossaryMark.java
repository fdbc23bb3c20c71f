package org.gramscilens.markdown;

import javafx.geometry.Bounds;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import org.gramscilens.course.GlossaryTerm;

/**
 * A glossary term marked in lesson text. Hovering shows its definition in a tooltip; keyboard focus
 * shows the same definition in a popup (a tooltip does not open on focus by itself); Enter or a
 * click opens the glossary entry. Popups are made on first use, on the FX thread, so rendering
 * stays cheap and can run on any thread.
 */
public final class GlossaryMark extends ActionText {
    private final GlossaryTerm term;
    private Tooltip hoverTip;
    private Tooltip focusTip;

    GlossaryMark(String text, GlossaryTerm term, Runnable open) {
        super(text, Messages.get("a11y.glossary", term.term()), open);
        this.term = term;
        setAccessibleHelp(term.definition());
        addEventHandler(MouseEvent.MOUSE_ENTERED, e -> hoverTooltip());
        focusedProperty().addListener((observable, was, is) -> {
            if (is) {
                showFocusPopup();
            } else if (focusTip != null) {
                focusTip.hide();
            }
        });
    }

    public GlossaryTerm term() {
        return term;
    }

    /** The text the tooltip and the focus popup show. */
    public String definitionText() {
        return term.definition() == null ? term.term() : term.definition();
    }

    /** The hover tooltip, installed on first use. */
    public Tooltip hoverTooltip() {
        if (hoverTip == null) {
            hoverTip = newTip();
            Tooltip.install(this, hoverTip);
        }
        return hoverTip;
    }

    /** The popup shown while the term has keyboard focus, or null before it first had focus. */
    public Tooltip focusPopup() {
        return focusTip;
    }

    private void showFocusPopup() {
        if (getScene() == null
                || getScene().getWindow() == null
                || !getScene().getWindow().isShowing()) {
            return;
        }
        if (focusTip == null) {
            focusTip = newTip();
        }
        Bounds bounds = localToScreen(getBoundsInLocal());
        if (bounds != null) {
            focusTip.show(this, bounds.getMinX(), bounds.getMaxY());
        }
    }

    private Tooltip newTip() {
        Tooltip tip = new Tooltip(definitionText());
        tip.setWrapText(true);
        // Wrap at a readable measure that follows the text size (and so the reader's zoom).
        tip.setMaxWidth(getFont().getSize() * 28);
        tip.getStyleClass().add("md-glossary-tooltip");
        return tip;
    }
}
