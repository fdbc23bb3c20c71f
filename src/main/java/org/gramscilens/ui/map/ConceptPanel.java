package org.gramscilens.ui.map;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.gramscilens.map.Basis;
import org.gramscilens.map.Concept;
import org.gramscilens.map.ConceptMap;
import org.gramscilens.map.Group;
import org.gramscilens.map.Proposition;

/**
 * The side panel beside a map: the selected concept's name, group and definition, "Open lesson" and
 * "Glossary" links, the concept's links (each one selects the concept at its other end), and the
 * colour legend. Under each link, its basis: the reference (with pages), the deck (with the slide), or the
 * course's interpretation (style class {@code map-panel-basis}). Ids for tests: {@code #map-panel-title}, {@code #map-panel-definition},
 * {@code #map-open-lesson}, {@code #map-open-glossary}.
 */
final class ConceptPanel {
    private final MapCanvas canvas;
    private final Consumer<String> openLesson;
    private final Consumer<String> openGlossary;
    private final Function<String, String> referenceLabel;
    private final VBox box = new VBox();
    private final VBox details = new VBox(6);
    private final Label title = new Label();
    private final Label group = new Label();
    private final Label definition = new Label();
    private final Hyperlink lesson = new Hyperlink(MapMessages.get("panel.openLesson"));
    private final Hyperlink glossary = new Hyperlink(MapMessages.get("panel.glossary"));
    private final VBox links = new VBox(2);
    private final Label hint = new Label(MapMessages.get("panel.empty"));
    private final ScrollPane scroll;

    /** @param referenceLabel a reference key to its short label ("Therborn 1980"), for the links' bases */
    ConceptPanel(
            MapCanvas canvas,
            Consumer<String> openLesson,
            Consumer<String> openGlossary,
            Function<String, String> referenceLabel) {
        this.canvas = canvas;
        this.referenceLabel = referenceLabel;
        this.openLesson = openLesson;
        this.openGlossary = openGlossary;
        title.setId("map-panel-title");
        title.getStyleClass().add("map-panel-title");
        title.setWrapText(true);
        group.getStyleClass().add("map-panel-group");
        definition.setId("map-panel-definition");
        definition.getStyleClass().add("map-panel-definition");
        definition.setWrapText(true);
        definition.setMinHeight(Region.USE_PREF_SIZE);
        lesson.setId("map-open-lesson");
        lesson.setTooltip(new Tooltip(MapMessages.get("panel.openLesson.help")));
        lesson.setOnAction(e -> openLesson());
        glossary.setId("map-open-glossary");
        glossary.setTooltip(new Tooltip(MapMessages.get("panel.glossary.help")));
        glossary.setOnAction(e -> openGlossary());
        hint.getStyleClass().add("map-panel-hint");
        hint.setWrapText(true);
        Label linksHeading = heading(MapMessages.get("panel.links"));
        details.getChildren().addAll(title, group, definition, new HBox(12, lesson, glossary), linksHeading, links);
        box.getChildren().addAll(hint, details, heading(MapMessages.get("panel.legend")), legend(canvas.map()));
        box.getStyleClass().add("map-panel");
        box.setSpacing(10);
        scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("map-panel-scroll");
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setFocusTraversable(false);
        canvas.selectedConceptProperty().addListener((o, was, now) -> show(now));
        show(null);
    }

    Node node() {
        return scroll;
    }

    VBox content() {
        return box;
    }

    private void show(Concept c) {
        hint.setVisible(c == null);
        hint.setManaged(c == null);
        details.setVisible(c != null);
        details.setManaged(c != null);
        if (c == null) {
            return;
        }
        ConceptMap map = canvas.map();
        title.setText(c.label());
        group.setText(
                c.group() == null
                        ? ""
                        : MapMessages.get(
                                "panel.group",
                                map.group(c.group()).map(Group::label).orElse(c.group())));
        definition.setText(
                c.definition() == null || c.definition().isBlank()
                        ? MapMessages.get("panel.noDefinition")
                        : c.definition());
        lesson.setVisible(c.lesson() != null && !c.lesson().isBlank());
        lesson.setManaged(lesson.isVisible());
        glossary.setVisible(c.glossary() != null && !c.glossary().isBlank());
        glossary.setManaged(glossary.isVisible());
        links.getChildren().clear();
        for (Proposition p : canvas.model().links()) {
            if (p.touches(c.id())
                    && canvas.model().isShown(p.from())
                    && canvas.model().isShown(p.to())) {
                links.getChildren().addAll(linkTo(p, c.id()), basis(p));
            }
        }
    }

    private Hyperlink linkTo(Proposition p, String here) {
        String other = p.from().equals(here) ? p.to() : p.from();
        String text = MapMessages.get("link.accessible", labelOf(p.from()), p.phrase(), labelOf(p.to()));
        Hyperlink link = new Hyperlink(text);
        link.getStyleClass().add("map-panel-link");
        link.setWrapText(true);
        link.setOnAction(e -> canvas.selectAndFocus(other));
        return link;
    }

    /** Where the link's claim comes from, as a small line under it. */
    private Label basis(Proposition p) {
        Basis b = p.basis();
        String text;
        if (b == null) {
            text = MapMessages.get("panel.basis.none");
        } else if (b.interpretation()) {
            text = MapMessages.get("panel.basis.interpretation");
        } else if (b.deck()) {
            text = MapMessages.get("panel.basis.deck", b.locator().isEmpty() ? "" : ", " + b.locator());
        } else {
            text = MapMessages.get(
                    "panel.basis.source",
                    referenceLabel.apply(b.key()) + (b.locator().isEmpty() ? "" : ", " + b.locator()));
        }
        Label label = new Label(text);
        label.getStyleClass().add("map-panel-basis");
        label.setWrapText(true);
        return label;
    }

    private String labelOf(String id) {
        return canvas.model().concept(id).map(Concept::label).orElse(id);
    }

    private void openLesson() {
        Concept c = canvas.selectedConceptProperty().get();
        if (c != null && c.lesson() != null) {
            openLesson.accept(c.lesson());
        }
    }

    private void openGlossary() {
        Concept c = canvas.selectedConceptProperty().get();
        if (c != null && c.glossary() != null) {
            openGlossary.accept(c.glossary());
        }
    }

    private static Label heading(String text) {
        Label l = new Label(text.toUpperCase(java.util.Locale.ROOT));
        l.getStyleClass().add("map-panel-heading");
        return l;
    }

    /** The colour of each group that has a concept in this map (a lesson's part may have fewer). */
    static Node legend(ConceptMap map) {
        VBox legend = new VBox();
        legend.getStyleClass().add("map-legend");
        for (Group g : map.groups()) {
            if (map.concepts().stream().noneMatch(c -> g.id().equals(c.group()))) {
                continue;
            }
            Region chip = new Region();
            chip.getStyleClass().add("map-legend-chip");
            if (g.colour() != null && g.colour().matches("#[0-9a-fA-F]{6}")) {
                chip.setStyle("-map-group: " + g.colour() + "; -map-tint: " + g.colour() + "3a;");
            }
            Label label = new Label(g.label());
            label.getStyleClass().add("map-legend-label");
            HBox row = new HBox(8, chip, label);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            legend.getChildren().add(row);
        }
        return legend;
    }
}
