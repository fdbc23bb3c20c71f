package org.gramscilens.ui.present;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.gramscilens.slides.PacingCue;
import org.gramscilens.slides.Slide;
import org.gramscilens.slides.SlideDeck;

/**
 * The state of a running presentation, shared by the presentation window and the speaker view: both bind
 * to it and send their keys to its commands, so they cannot drift apart. Use on the FX thread.
 *
 * <p>How the commands behave (the help overlay says the same):
 * <ul>
 *   <li><b>next</b> (→, Space, PageDown) first reveals what the slide still holds back: a poll's answer,
 *       then a map's propositions one at a time; then scrolls an overlong slide a page at a time; then
 *       moves to the next slide. <b>previous</b> undoes the same steps in reverse order. So a lecturer with
 *       a two-button clicker can run polls and maps. Each slide keeps its state: coming back to it shows it
 *       as it was left.</li>
 *   <li>While the screen is black or white, next, previous, first, last, reveal and overview only bring
 *       the slide back (as PowerPoint does), so a clicker press never moves on unseen.</li>
 *   <li>Digits then Enter jump to that slide, counted from 1; the number is clamped to the deck.</li>
 *   <li>Esc closes, in order, the help, the typed number, the black or white screen, the overview; on a
 *       plain slide it opens the overview, as reveal.js does.</li>
 *   <li>In the overview, next/previous and the arrows move the selection, Enter or a click shows that
 *       slide, Esc or O goes back to the slide that was showing.</li>
 * </ul>
 */
public final class PresentationModel {

    public enum Blackout {
        NONE,
        BLACK,
        WHITE
    }

    public static final double MIN_ZOOM = 0.6;
    public static final double MAX_ZOOM = 2.0;
    private static final double ZOOM_STEP = 0.1;
    private static final int MAX_DIGITS = 4;

    private final SlideContents contents;
    private final SlideDeck deck;
    private final PresentationTimer timer;
    private final Map<Integer, SlideState> states = new HashMap<>();

    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index", 0);
    private final ReadOnlyObjectWrapper<Slide> slide = new ReadOnlyObjectWrapper<>(this, "slide");
    private final ReadOnlyObjectWrapper<Blackout> blackout =
            new ReadOnlyObjectWrapper<>(this, "blackout", Blackout.NONE);
    private final ReadOnlyBooleanWrapper overviewShown = new ReadOnlyBooleanWrapper(this, "overviewShown");
    private final ReadOnlyIntegerWrapper overviewSelection = new ReadOnlyIntegerWrapper(this, "overviewSelection");
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1.0);
    private final ReadOnlyDoubleWrapper notesZoom = new ReadOnlyDoubleWrapper(this, "notesZoom", 1.0);
    private final ReadOnlyBooleanWrapper fullScreen = new ReadOnlyBooleanWrapper(this, "fullScreen", true);
    private final ReadOnlyBooleanWrapper helpShown = new ReadOnlyBooleanWrapper(this, "helpShown");
    private final ReadOnlyBooleanWrapper speakerShown = new ReadOnlyBooleanWrapper(this, "speakerShown");
    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper(this, "dark", true);
    private final ReadOnlyStringWrapper typedNumber = new ReadOnlyStringWrapper(this, "typedNumber", "");
    private final ReadOnlyObjectWrapper<PacingCue> pacing = new ReadOnlyObjectWrapper<>(this, "pacing");
    private final ReadOnlyBooleanWrapper ended = new ReadOnlyBooleanWrapper(this, "ended");

    public PresentationModel(SlideContents contents, Clock clock) {
        this.contents = contents;
        this.deck = contents.deck();
        this.timer = new PresentationTimer(clock);
        slide.set(deck.size() == 0 ? null : deck.slide(0));
        index.addListener((o, a, i) -> showing(i.intValue()));
        timer.elapsedProperty().addListener((o, a, e) -> updatePacing());
        updatePacing();
    }

    private void showing(int i) {
        slide.set(deck.slide(i));
        typedNumber.set("");
        updatePacing();
    }

    private void updatePacing() {
        pacing.set(
                deck.size() == 0
                        ? null
                        : deck.pacing(timer.elapsed(), index.get()).orElse(null));
    }

    // ---- what there is ----

    public SlideDeck deck() {
        return deck;
    }

    public SlideContents contents() {
        return contents;
    }

    public int size() {
        return deck.size();
    }

    public PresentationTimer timer() {
        return timer;
    }

    /** Slide {@code i}'s reveal and scroll state; made when first asked for. */
    public SlideState state(int i) {
        return states.computeIfAbsent(i, k -> new SlideState(contents.of(k).revealSteps()));
    }

    /**
     * Columns of the overview grid, so that up and down move by a row: as few as let every slide fit on the
     * page (up to 18 slides), the thumbnails then as large as possible; more slides scroll.
     */
    public int overviewColumns() {
        int n = deck.size();
        return n <= 3 ? Math.max(1, n) : n <= 8 ? 4 : n <= 15 ? 5 : 6;
    }

    // ---- state ----

    /** The slide shown, 0-based. */
    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public int index() {
        return index.get();
    }

    /** The slide shown; null only for a deck without slides. */
    public ReadOnlyObjectProperty<Slide> slideProperty() {
        return slide.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Blackout> blackoutProperty() {
        return blackout.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty overviewShownProperty() {
        return overviewShown.getReadOnlyProperty();
    }

    /** The slide picked in the overview, 0-based. */
    public ReadOnlyIntegerProperty overviewSelectionProperty() {
        return overviewSelection.getReadOnlyProperty();
    }

    /** How much larger than normal the slide text is drawn (1 is normal). */
    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty fullScreenProperty() {
        return fullScreen.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty helpShownProperty() {
        return helpShown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty speakerShownProperty() {
        return speakerShown.getReadOnlyProperty();
    }

    /** Dark slides (light text on dark) or light ones. */
    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }

    /** Digits typed so far for "jump to slide N", "" when none. */
    public ReadOnlyStringProperty typedNumberProperty() {
        return typedNumber.getReadOnlyProperty();
    }

    /** Ahead, on time or behind; null when the lesson has no timings that cover every slide. */
    public ReadOnlyObjectProperty<PacingCue> pacingProperty() {
        return pacing.getReadOnlyProperty();
    }

    /** True once the presentation has been ended; the windows close. */
    public ReadOnlyBooleanProperty endedProperty() {
        return ended.getReadOnlyProperty();
    }

    // ---- navigation ----

    public void next() {
        if (wake() || deck.size() == 0) {
            return;
        }
        if (overviewShown.get()) {
            selectInOverview(overviewSelection.get() + 1);
            return;
        }
        SlideState s = state(index.get());
        if (!s.revealMore() && !s.scrollDown()) {
            goTo(index.get() + 1);
        }
    }

    public void previous() {
        if (wake() || deck.size() == 0) {
            return;
        }
        if (overviewShown.get()) {
            selectInOverview(overviewSelection.get() - 1);
            return;
        }
        SlideState s = state(index.get());
        if (!s.scrollUp() && !s.revealLess()) {
            goTo(index.get() - 1);
        }
    }

    public void first() {
        if (!wake()) {
            jump(0);
        }
    }

    public void last() {
        if (!wake()) {
            jump(deck.size() - 1);
        }
    }

    /** Down arrow: the next row of the overview, else the next page of an overlong slide. */
    public void down() {
        if (overviewShown.get()) {
            selectInOverview(overviewSelection.get() + overviewColumns());
        } else if (deck.size() > 0) {
            state(index.get()).scrollDown();
        }
    }

    public void up() {
        if (overviewShown.get()) {
            selectInOverview(overviewSelection.get() - overviewColumns());
        } else if (deck.size() > 0) {
            state(index.get()).scrollUp();
        }
    }

    /** Right and left arrows in the overview move by one; on a slide they are next and previous. */
    public void right() {
        next();
    }

    public void left() {
        previous();
    }

    /** Shows slide {@code i} (0-based, clamped to the deck). */
    public void goTo(int i) {
        if (deck.size() > 0) {
            index.set(Math.max(0, Math.min(deck.size() - 1, i)));
            typedNumber.set("");
        }
    }

    private void jump(int i) {
        if (overviewShown.get()) {
            selectInOverview(i);
        } else {
            goTo(i);
        }
    }

    /** A digit of "jump to slide N". */
    public void typeDigit(int digit) {
        if (digit >= 0 && digit <= 9 && typedNumber.get().length() < MAX_DIGITS) {
            typedNumber.set(typedNumber.get() + digit);
        }
    }

    /** Enter: jumps to the typed slide number, else picks the overview's selection, else reveals the answer. */
    public void enter() {
        String typed = typedNumber.get();
        if (!typed.isEmpty()) {
            blackout.set(Blackout.NONE);
            overviewShown.set(false);
            goTo(Integer.parseInt(typed) - 1);
        } else if (overviewShown.get()) {
            chooseFromOverview(overviewSelection.get());
        } else {
            revealAnswer();
        }
    }

    public void escape() {
        if (helpShown.get()) {
            helpShown.set(false);
        } else if (!typedNumber.get().isEmpty()) {
            typedNumber.set("");
        } else if (blackout.get() != Blackout.NONE) {
            blackout.set(Blackout.NONE);
        } else if (overviewShown.get()) {
            overviewShown.set(false);
        } else {
            toggleOverview();
        }
    }

    // ---- overview ----

    public void toggleOverview() {
        if (wake()) {
            return;
        }
        if (!overviewShown.get()) {
            overviewSelection.set(index.get());
        }
        overviewShown.set(!overviewShown.get() && deck.size() > 0);
    }

    private void selectInOverview(int i) {
        overviewSelection.set(Math.max(0, Math.min(deck.size() - 1, i)));
    }

    /** Shows slide {@code i} and leaves the overview (Enter on the selection, or a click on a thumbnail). */
    public void chooseFromOverview(int i) {
        overviewShown.set(false);
        goTo(i);
    }

    // ---- revealing ----

    /** R (or Enter): shows the poll's answer, or the whole map part, at once. */
    public void revealAnswer() {
        if (!wake() && deck.size() > 0 && !overviewShown.get()) {
            state(index.get()).revealAll();
        }
    }

    /** The presentation window's measure of how many pages below the first slide {@code i} needs. */
    public void reportScrollPages(int i, int pages) {
        state(i).setScrollPages(pages);
    }

    // ---- screen ----

    public void toggleBlack() {
        blackout.set(blackout.get() == Blackout.BLACK ? Blackout.NONE : Blackout.BLACK);
    }

    public void toggleWhite() {
        blackout.set(blackout.get() == Blackout.WHITE ? Blackout.NONE : Blackout.WHITE);
    }

    /** Brings the slide back from a black or white screen; true if it was blacked out. */
    private boolean wake() {
        if (blackout.get() == Blackout.NONE) {
            return false;
        }
        blackout.set(Blackout.NONE);
        return true;
    }

    public void zoomIn() {
        zoom.set(Math.min(MAX_ZOOM, Math.round((zoom.get() + ZOOM_STEP) * 10) / 10.0));
    }

    public void zoomOut() {
        zoom.set(Math.max(MIN_ZOOM, Math.round((zoom.get() - ZOOM_STEP) * 10) / 10.0));
    }

    public void resetZoom() {
        zoom.set(1.0);
    }

    /** The speaker notes' text size, 1 at 21 px: the speaker's own, apart from the slides' zoom. */
    public ReadOnlyDoubleProperty notesZoomProperty() {
        return notesZoom.getReadOnlyProperty();
    }

    public void notesLarger() {
        notesZoom.set(Math.min(MAX_ZOOM, Math.round((notesZoom.get() + ZOOM_STEP) * 10) / 10.0));
    }

    public void notesSmaller() {
        notesZoom.set(Math.max(MIN_ZOOM, Math.round((notesZoom.get() - ZOOM_STEP) * 10) / 10.0));
    }

    public void toggleFullScreen() {
        fullScreen.set(!fullScreen.get());
    }

    /** The window left or entered full screen by other means (the window manager). */
    public void setFullScreen(boolean value) {
        fullScreen.set(value);
    }

    public void toggleHelp() {
        helpShown.set(!helpShown.get());
    }

    public void toggleSpeaker() {
        speakerShown.set(!speakerShown.get());
    }

    /** The speaker view was opened or closed by other means (its window closed). */
    public void setSpeakerShown(boolean value) {
        speakerShown.set(value);
    }

    public void toggleTheme() {
        dark.set(!dark.get());
    }

    public void setDark(boolean value) {
        dark.set(value);
    }

    // ---- timer and end ----

    public void toggleTimer() {
        timer.toggle();
    }

    public void resetTimer() {
        timer.reset();
    }

    public void end() {
        ended.set(true);
    }
}
