package org.gramscilens.ui.map;

import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import org.gramscilens.map.Proposition;

/**
 * A proposition drawn as an arrow from one box's edge to the other's, its linking phrase on a small
 * plate at the middle so the line does not strike through the words. One Group of three nodes per link.
 */
final class LinkNode extends Group {
    static final PseudoClass DIMMED = PseudoClass.getPseudoClass("dimmed");
    static final PseudoClass HIGHLIGHT = PseudoClass.getPseudoClass("highlight");
    static final PseudoClass NEWEST = PseudoClass.getPseudoClass("newest");
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final Proposition proposition;
    private final Line line = new Line();
    private final Polygon head = new Polygon();
    private final Label phrase;
    private final String accessible;
    /** Sideways shift when several links join the same two concepts. */
    private double offset;
    /** This link's place among parallel links: 0 alone, else −1, 0, +1 … (signed by direction). */
    private double slot;

    private double midX;
    private double midY;

    LinkNode(Proposition proposition, String fromLabel, String toLabel) {
        this.proposition = proposition;
        line.getStyleClass().add("map-link-line");
        head.getStyleClass().add("map-link-head");
        phrase = new Label(proposition.phrase());
        phrase.getStyleClass().add("map-link-phrase");
        phrase.setWrapText(false);
        phrase.setCache(true);
        getChildren().addAll(line, head, phrase);
        getStyleClass().add("map-link");
        setId("map-link-" + proposition.id());
        setAccessibleRole(AccessibleRole.TEXT);
        accessible = MapMessages.get("link.accessible", fromLabel, proposition.phrase(), toLabel);
        setAccessibleText(accessible);
        // A phrase restyled (bold when highlighted, a verdict mark) changes size: keep it centred.
        phrase.widthProperty().addListener((o, was, now) -> centrePhrase());
        phrase.heightProperty().addListener((o, was, now) -> centrePhrase());
    }

    /** Marks the link with a verdict: a style class, a sign before the phrase, and words for screen readers. */
    void setVerdict(String styleClass, String mark, String verdict) {
        clearVerdict();
        getStyleClass().add(styleClass);
        phrase.setText(mark.isEmpty() ? proposition.phrase() : mark + " " + proposition.phrase());
        setAccessibleText(accessible + " (" + verdict + ")");
    }

    void clearVerdict() {
        getStyleClass().removeIf(c -> c.startsWith("map-verdict-"));
        phrase.setText(proposition.phrase());
        setAccessibleText(accessible);
    }

    Proposition proposition() {
        return proposition;
    }

    String from() {
        return proposition.from();
    }

    String to() {
        return proposition.to();
    }

    Label phraseLabel() {
        return phrase;
    }

    Line line() {
        return line;
    }

    double offset() {
        return offset;
    }

    void setOffset(double offset, double slot) {
        this.offset = offset;
        this.slot = slot;
    }

    void update(LinkGeometry g) {
        line.setVisible(g.visible());
        head.setVisible(g.visible());
        double[] end = g.lineEnd();
        line.setStartX(g.x1());
        line.setStartY(g.y1());
        line.setEndX(end[0]);
        line.setEndY(end[1]);
        double[] h = g.head();
        head.getPoints().setAll(h[0], h[1], h[2], h[3], h[4], h[5]);
        double w = phrase.prefWidth(-1);
        double ht = phrase.prefHeight(w);
        double along = phraseShift(g, w, ht);
        double len = Math.max(g.length(), 1e-6);
        midX = g.midX() + (g.x2() - g.x1()) / len * along;
        midY = g.midY() + (g.y2() - g.y1()) / len * along;
        phrase.resizeRelocate(Math.round(midX - w / 2), Math.round(midY - ht / 2), w, ht);
    }

    /**
     * Parallel links sit {@link MapCanvas#PARALLEL_GAP} apart sideways; that parts their phrases when
     * the links run across the page, not when they run up it. Then the phrases also step along the
     * line, just far enough for the plates to clear, and never past its ends.
     */
    private double phraseShift(LinkGeometry g, double w, double h) {
        if (slot == 0) {
            return 0;
        }
        double len = Math.max(g.length(), 1e-6);
        double ux = Math.abs(g.x2() - g.x1()) / len;
        double uy = Math.abs(g.y2() - g.y1()) / len;
        if (MapCanvas.PARALLEL_GAP * ux >= h + 2 || MapCanvas.PARALLEL_GAP * uy >= w + 2) {
            return 0;
        }
        double step = Math.min((h + 2) / Math.max(uy, 1e-6), (w + 2) / Math.max(ux, 1e-6));
        return Math.max(-len / 2, Math.min(len / 2, slot * step));
    }

    private void centrePhrase() {
        phrase.relocate(Math.round(midX - phrase.getWidth() / 2), Math.round(midY - phrase.getHeight() / 2));
    }
}
