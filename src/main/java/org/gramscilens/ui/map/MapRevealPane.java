package org.gramscilens.ui.map;

import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.gramscilens.map.Concept;
import org.gramscilens.map.ConceptMap;
import org.gramscilens.map.Proposition;

/**
 * A map for walking a seminar through its argument: every concept from the start, the links one per
 * step in the map's order, the newest drawn bold with its two concepts ringed and read out below as a
 * sentence. The presentation owns the keys; this pane only steps when told.
 * Ids for tests: {@code #map-reveal-caption}, {@code #map-reveal-count}.
 */
public final class MapRevealPane {
    private final MapCanvas canvas;
    private final List<Proposition> order;
    private final ReadOnlyIntegerWrapper revealed = new ReadOnlyIntegerWrapper(this, "revealed", 0);
    private final BorderPane root = new BorderPane();
    private final Label caption = new Label();
    private final Label count = new Label();

    public MapRevealPane(ConceptMap map) {
        canvas = new MapCanvas(map);
        order = map.propositions();
        order.forEach(p -> canvas.setLinkShown(p.id(), false));
        caption.setId("map-reveal-caption");
        caption.getStyleClass().add("map-reveal-caption");
        caption.setWrapText(true);
        caption.setMaxWidth(Double.MAX_VALUE);
        caption.setAlignment(Pos.CENTER);
        count.setId("map-reveal-count");
        count.getStyleClass().add("map-reveal-count");
        HBox bottom = new HBox(caption, count);
        bottom.setAlignment(Pos.CENTER);
        bottom.getStyleClass().add("map-reveal-caption");
        caption.getStyleClass().remove("map-reveal-caption");
        HBox.setHgrow(caption, Priority.ALWAYS);
        root.setCenter(canvas);
        root.setBottom(bottom);
        root.getStyleClass().add("map-reveal");
        root.getStylesheets()
                .add(MapRevealPane.class
                        .getResource("/org/gramscilens/ui/map/map.css")
                        .toExternalForm());
        revealed.addListener((o, was, now) -> refresh(was.intValue(), now.intValue()));
        refresh(0, 0);
    }

    /** Draws the next link; does nothing once all are drawn. */
    public void revealNext() {
        if (revealed.get() < total()) {
            revealed.set(revealed.get() + 1);
        }
    }

    /** Takes back the newest link; does nothing when none is drawn. */
    public void revealPrevious() {
        if (revealed.get() > 0) {
            revealed.set(revealed.get() - 1);
        }
    }

    /** How many links are drawn, from 0 to {@link #total()}. */
    public ReadOnlyIntegerProperty revealedProperty() {
        return revealed.getReadOnlyProperty();
    }

    /** How many links there are to reveal. */
    public int total() {
        return order.size();
    }

    public Node node() {
        return root;
    }

    public MapCanvas canvas() {
        return canvas;
    }

    private void refresh(int was, int now) {
        for (int i = Math.min(was, now); i < Math.max(was, now); i++) {
            canvas.setLinkShown(order.get(i).id(), i < now);
        }
        if (was > 0 && was <= total()) {
            canvas.linkNode(order.get(was - 1).id()).ifPresent(n -> n.pseudoClassStateChanged(LinkNode.NEWEST, false));
        }
        count.setText(MapMessages.get("reveal.status", now, total()));
        if (now == 0) {
            canvas.emphasise(Set.of());
            caption.setText(MapMessages.get("reveal.none"));
            return;
        }
        Proposition newest = order.get(now - 1);
        canvas.linkNode(newest.id()).ifPresent(n -> n.pseudoClassStateChanged(LinkNode.NEWEST, true));
        canvas.emphasise(Set.of(newest.from(), newest.to()));
        canvas.bringIntoView(newest.from());
        canvas.bringIntoView(newest.to());
        caption.setText(MapMessages.get("link.accessible", label(newest.from()), newest.phrase(), label(newest.to())));
    }

    private String label(String id) {
        return canvas.model().concept(id).map(Concept::label).orElse(id);
    }
}
