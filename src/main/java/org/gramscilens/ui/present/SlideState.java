package org.gramscilens.ui.present;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * What has happened on one slide so far, kept while the presentation runs so that coming back to a slide
 * shows it as it was left: how many reveal steps are shown (a poll's answer is one step, a map part has one
 * per proposition) and how far an overlong slide is scrolled. Changed only through
 * {@link PresentationModel}'s commands.
 */
public final class SlideState {
    private final int steps;
    private final ReadOnlyIntegerWrapper revealed = new ReadOnlyIntegerWrapper(this, "revealed", 0);
    private final ReadOnlyIntegerWrapper scroll = new ReadOnlyIntegerWrapper(this, "scroll", 0);
    private final ReadOnlyIntegerWrapper scrollPages = new ReadOnlyIntegerWrapper(this, "scrollPages", 0);

    SlideState(int steps) {
        this.steps = steps;
    }

    /** How many reveal steps the slide has. */
    public int steps() {
        return steps;
    }

    /** Reveal steps shown, from 0 to {@link #steps()}. */
    public ReadOnlyIntegerProperty revealedProperty() {
        return revealed.getReadOnlyProperty();
    }

    public int revealed() {
        return revealed.get();
    }

    /** For a poll slide: whether its answer is shown. */
    public boolean answerRevealed() {
        return steps > 0 && revealed.get() > 0;
    }

    /** The page an overlong slide is scrolled to, from 0 to {@link #scrollPagesProperty()}. */
    public ReadOnlyIntegerProperty scrollProperty() {
        return scroll.getReadOnlyProperty();
    }

    /** How many pages below the first an overlong slide has, as the presentation window measured it. */
    public ReadOnlyIntegerProperty scrollPagesProperty() {
        return scrollPages.getReadOnlyProperty();
    }

    boolean revealMore() {
        if (revealed.get() >= steps) {
            return false;
        }
        revealed.set(revealed.get() + 1);
        return true;
    }

    boolean revealLess() {
        if (revealed.get() <= 0) {
            return false;
        }
        revealed.set(revealed.get() - 1);
        return true;
    }

    void revealAll() {
        revealed.set(steps);
    }

    boolean scrollDown() {
        if (scroll.get() >= scrollPages.get()) {
            return false;
        }
        scroll.set(scroll.get() + 1);
        return true;
    }

    boolean scrollUp() {
        if (scroll.get() <= 0) {
            return false;
        }
        scroll.set(scroll.get() - 1);
        return true;
    }

    void setScrollPages(int pages) {
        scrollPages.set(Math.max(0, pages));
        if (scroll.get() > scrollPages.get()) {
            scroll.set(scrollPages.get());
        }
    }
}
