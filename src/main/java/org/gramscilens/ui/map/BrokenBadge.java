package org.gramscilens.ui.map;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.gramscilens.map.Concept;
import org.gramscilens.map.ConceptMap;
import org.gramscilens.map.Proposition;

/**
 * The marked corner that lists what the map could not draw: propositions naming a concept it lacks
 * (and the other faults the loader reported for them), so a half-broken map is visibly half-broken.
 */
final class BrokenBadge {
    private static final int SHOWN = 6;

    private BrokenBadge() {}

    /** The badge for {@code map}, or null when nothing is broken. */
    static Label of(ConceptMap map) {
        List<Proposition> broken = map.brokenPropositions();
        if (broken.isEmpty()) {
            return null;
        }
        Set<String> known = map.concepts().stream().map(Concept::id).collect(Collectors.toSet());
        StringBuilder text = new StringBuilder(MapMessages.get("broken.title", broken.size()));
        for (int i = 0; i < broken.size() && i < SHOWN; i++) {
            text.append('\n').append(line(broken.get(i), known));
        }
        if (broken.size() > SHOWN) {
            text.append('\n').append(MapMessages.get("broken.more", broken.size() - SHOWN));
        }
        Label badge = new Label(text.toString());
        badge.setId("map-broken");
        badge.getStyleClass().add("map-broken");
        badge.setFocusTraversable(true);
        badge.setAccessibleRole(AccessibleRole.TEXT);
        badge.setAccessibleText(text.toString());
        badge.setTooltip(new Tooltip(MapMessages.get("broken.tooltip")));
        badge.setMaxWidth(420);
        badge.setWrapText(true);
        return badge;
    }

    private static String line(Proposition p, Set<String> known) {
        String sentence = MapMessages.get("link.accessible", nz(p.from()), nz(p.phrase()), nz(p.to()));
        String missing = p.from() != null && !known.contains(p.from())
                ? p.from()
                : p.to() != null && !known.contains(p.to()) ? p.to() : null;
        return missing == null
                ? MapMessages.get("broken.line", sentence)
                : MapMessages.get("broken.line.unknown", sentence, missing);
    }

    private static String nz(String s) {
        return s == null || s.isBlank() ? "?" : s;
    }
}
