package org.gramscilens.ui.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.gramscilens.map.Concept;
import org.gramscilens.map.ConceptMap;
import org.gramscilens.map.Proposition;

/**
 * Stand-in for the concept-map UI's reveal pane, with the same public API, so seminar mode compiles and
 * can be tested before the two branches meet. It shows the part's concepts as labels and its propositions
 * as sentences, one more per {@link #revealNext()}. The map UI's own class replaces this file at merge.
 */
public final class MapRevealPane {
    private final VBox root = new VBox();
    private final List<Label> sentences = new ArrayList<>();
    private final ReadOnlyIntegerWrapper revealed = new ReadOnlyIntegerWrapper(this, "revealed", 0);

    public MapRevealPane(ConceptMap map) {
        root.getStyleClass().add("map-reveal");
        root.setSpacing(16);
        FlowPane concepts = new FlowPane(24, 8);
        concepts.getStyleClass().add("map-reveal-concepts");
        for (Concept c : map.concepts()) {
            Label l = new Label(c.label());
            l.getStyleClass().add("map-reveal-concept");
            concepts.getChildren().add(l);
        }
        VBox propositions = new VBox();
        propositions.getStyleClass().add("map-reveal-propositions");
        Map<String, Concept> byId = map.conceptsById();
        for (Proposition p : map.propositions()) {
            Label l = new Label(label(byId, p.from()) + " " + p.phrase() + " " + label(byId, p.to()));
            l.getStyleClass().add("map-reveal-proposition");
            l.setWrapText(true);
            l.setVisible(false);
            l.managedProperty().bind(l.visibleProperty());
            sentences.add(l);
            propositions.getChildren().add(l);
        }
        root.getChildren().addAll(concepts, propositions);
    }

    private static String label(Map<String, Concept> byId, String id) {
        Concept c = byId.get(id);
        return c == null ? id : c.label();
    }

    /** Shows one more proposition; does nothing when all are shown. */
    public void revealNext() {
        if (revealed.get() < sentences.size()) {
            sentences.get(revealed.get()).setVisible(true);
            revealed.set(revealed.get() + 1);
        }
    }

    /** Hides the last proposition shown; does nothing when none is. */
    public void revealPrevious() {
        if (revealed.get() > 0) {
            revealed.set(revealed.get() - 1);
            sentences.get(revealed.get()).setVisible(false);
        }
    }

    /** How many propositions are shown. */
    public ReadOnlyIntegerProperty revealedProperty() {
        return revealed.getReadOnlyProperty();
    }

    /** How many reveal steps there are: one per proposition. */
    public int total() {
        return sentences.size();
    }

    public Node node() {
        return root;
    }
}
