package org.gramscilens.ui.map;

import java.util.regex.Pattern;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.text.TextAlignment;
import org.gramscilens.map.Concept;
import org.gramscilens.map.Group;

/**
 * A concept's box: its label, wrapped to a readable width, on a tint of its group's colour. The group
 * colour is content, not theme, so it arrives as two looked-up colours set on the node
 * ({@code -map-group}, {@code -map-tint}); map.css draws the box from them over the theme's surface.
 */
final class ConceptNode extends StackPane {
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass DIMMED = PseudoClass.getPseudoClass("dimmed");
    static final PseudoClass NEIGHBOUR = PseudoClass.getPseudoClass("neighbour");
    static final PseudoClass LINK_SOURCE = PseudoClass.getPseudoClass("link-source");
    static final PseudoClass EMPHASIS = PseudoClass.getPseudoClass("emphasis");
    /** Labels wrap beyond this width (about 20 characters), as the layout's size estimate assumes. */
    static final double MAX_TEXT_WIDTH = 150;

    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    private final Concept concept;
    private final Label label;

    ConceptNode(Concept concept, Group group) {
        this.concept = concept;
        label = new Label(concept.label() == null || concept.label().isBlank() ? concept.id() : concept.label());
        label.getStyleClass().add("map-concept-label");
        label.setWrapText(true);
        label.setTextAlignment(TextAlignment.CENTER);
        label.setAlignment(Pos.CENTER);
        getChildren().add(label);
        getStyleClass().add("map-concept");
        setCache(true);
        setId("map-concept-" + concept.id());
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.BUTTON);
        setAccessibleText(
                group == null
                        ? MapMessages.get("concept.accessible.nogroup", label.getText())
                        : MapMessages.get("concept.accessible", label.getText(), group.label()));
        setAccessibleHelp(concept.definition());
        if (group != null
                && group.colour() != null
                && HEX.matcher(group.colour()).matches()) {
            setStyle("-map-group: " + group.colour() + "; -map-tint: " + group.colour() + "3a;");
        }
        setMinSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
    }

    Concept concept() {
        return concept;
    }

    String conceptId() {
        return concept.id();
    }

    String text() {
        return label.getText();
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return Math.ceil(in.getLeft() + in.getRight() + Math.min(label.prefWidth(-1), MAX_TEXT_WIDTH));
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double textWidth = Math.min(label.prefWidth(-1), MAX_TEXT_WIDTH);
        return Math.ceil(in.getTop() + in.getBottom() + label.prefHeight(textWidth));
    }
}
