package org.gramscilens.ui.map;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Dimension2D;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import org.gramscilens.map.Box;
import org.gramscilens.map.Concept;
import org.gramscilens.map.ConceptMap;
import org.gramscilens.map.Layout;
import org.gramscilens.map.Proposition;

/**
 * The interactive concept map: a box per concept, an arrow per proposition, placed by
 * {@link org.gramscilens.map.MapLayout} with the sizes the boxes measure (or where saved or authored).
 * Pan by dragging the background, zoom with the wheel or Ctrl +/−, Ctrl+0 fits; drag a concept to move
 * it ({@link #setOnConceptMoved} reports where it ended); click or Enter selects; Tab walks the concepts
 * and the arrow keys go to the nearest neighbour that way (see {@link CanvasGestures}).
 *
 * <p>Kept light for 300 concepts and 600 links: one node per concept, one Group per link, and a drag
 * frame moves only the dragged box and its incident links. Propositions the map could not draw
 * ({@link ConceptMap#brokenPropositions()}) are listed on a badge, never drawn half.</p>
 *
 * <p>Ids for tests: {@code #map-concept-ID}, {@code #map-link-ID}, {@code #map-broken}. Styles: map.css.</p>
 */
public final class MapCanvas extends Region {
    /** How far apart parallel links between the same two concepts are drawn. */
    static final double PARALLEL_GAP = 22;

    private final MapCanvasModel model;
    private final Group world = new Group();
    private final LinkLayer links;
    private final Group conceptLayer = new Group();
    private final Line rubberBand = new Line();
    private final Map<String, ConceptNode> conceptNodes = new LinkedHashMap<>();
    private final Rectangle clip = new Rectangle();
    private final Label broken;
    private final CanvasGestures gestures;
    private BiConsumer<String, Point2D> onConceptMoved = (id, p) -> {};
    private boolean fitPending = true;
    private double firstViewMinZoom = MapCanvasModel.READABLE_ZOOM;
    /** Set while a click gives a concept the focus: a click selects, it never pans the map under the pointer. */
    private boolean focusByPointer;

    public MapCanvas(ConceptMap map) {
        this.model = new MapCanvasModel(map);
        getStyleClass().add("map-canvas");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.NODE);
        setAccessibleText(MapMessages.get(
                "canvas.accessible", map.concepts().size(), map.propositions().size()));
        Translate pan = new Translate();
        pan.xProperty().bind(model.panXProperty());
        pan.yProperty().bind(model.panYProperty());
        Scale zoom = new Scale();
        zoom.xProperty().bind(model.zoomProperty());
        zoom.yProperty().bind(model.zoomProperty());
        world.getTransforms().setAll(pan, zoom);
        rubberBand.getStyleClass().add("map-rubber-band");
        rubberBand.setVisible(false);
        rubberBand.setMouseTransparent(true);
        gestures = new CanvasGestures(this);
        links = new LinkLayer(model, this::labelOf, gestures::attach);
        world.getChildren().addAll(links, conceptLayer, rubberBand);
        // Unmanaged: a box moved by a drag re-lays out only the map's own Group, never this region.
        world.setManaged(false);
        getChildren().add(world);
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        broken = BrokenBadge.of(map);
        if (broken != null) {
            getChildren().add(broken);
        }
        Map<String, org.gramscilens.map.Group> groups = new HashMap<>();
        map.groups().forEach(g -> groups.put(g.id(), g));
        for (Concept c : map.concepts()) {
            ConceptNode node = new ConceptNode(c, c.group() == null ? null : groups.get(c.group()));
            conceptNodes.put(c.id(), node);
            gestures.attach(node);
        }
        conceptLayer.getChildren().addAll(conceptNodes.values());
        map.propositions().forEach(links::add);
        model.shownProperty().addListener((o, was, now) -> refreshVisibility());
        model.hoveredProperty().addListener((o, was, now) -> refreshEmphasis());
        model.selectedProperty().addListener((o, was, now) -> refreshEmphasis());
    }

    public MapCanvasModel model() {
        return model;
    }

    public ConceptMap map() {
        return model.map();
    }

    public ReadOnlyObjectProperty<Concept> selectedConceptProperty() {
        return model.selectedProperty();
    }

    /** Called when a drag ends with the concept's new centre, in map coordinates. */
    public void setOnConceptMoved(BiConsumer<String, Point2D> handler) {
        onConceptMoved = handler == null ? (id, p) -> {} : handler;
    }

    /** Concept centres now, in map coordinates (empty until the canvas has been laid out once). */
    public Map<String, Point2D> positions() {
        return model.positions();
    }

    /** Where concepts were dragged or saved positions applied: what is worth remembering. */
    public Map<String, Point2D> movedPositions() {
        return model.moved();
    }

    /** Moves concepts to saved positions; before the first layout they are kept as fixed points for it. */
    public void applyPositions(Map<String, Point2D> positions) {
        model.applyPositions(positions);
        if (model.placed()) {
            positionAll();
        }
    }

    /** Forgets moved positions and lays the map out afresh. */
    public void resetPositions() {
        model.clearPositions();
        fitPending = true;
        requestLayout();
    }

    /**
     * The first view and Fit fit the map, but never below this zoom (then they show the top of the map): the
     * smallest at which labels and phrases are readable.
     */
    void setFirstViewMinZoom(double zoom) {
        firstViewMinZoom = zoom;
    }

    /** Whether the first layout fits the map to the canvas (on by default; off for pictures). */
    void setFitOnLayout(boolean fit) {
        fitPending = fit;
    }

    /** The part of the map shown now (after filters), for exports. */
    public ConceptMap shownMap() {
        return model.map().forConcepts(model.shownProperty().get());
    }

    /**
     * Where the shown concepts are now, and their linking phrases at the middle of their arrows, in map
     * coordinates: what exports write. Empty before the canvas has been laid out.
     */
    public Layout currentLayout() {
        Map<String, Box> boxes = new LinkedHashMap<>();
        for (String id : model.shownProperty().get()) {
            Box b = model.box(id);
            if (b != null) {
                boxes.put(id, b);
            }
        }
        Map<String, Box> phrases = links.phraseBoxes(boxes);
        return new Layout(boxes, phrases);
    }

    // ---- commands ----

    public void select(String conceptId) {
        model.select(conceptId);
    }

    /** Selects the concept, gives it the keyboard focus and pans it into view. */
    public void selectAndFocus(String conceptId) {
        ConceptNode node = conceptNodes.get(conceptId);
        if (node != null && model.isShown(conceptId)) {
            model.select(conceptId);
            node.requestFocus();
            model.reveal(conceptId, getWidth(), getHeight());
        }
    }

    /** Pans as little as needed to show the concept's box (nothing before the first layout). */
    public void bringIntoView(String conceptId) {
        model.reveal(conceptId, getWidth(), getHeight());
    }

    public void centreOn(String conceptId) {
        model.centreOn(conceptId, getWidth(), getHeight());
    }

    /** Fits the shown concepts, never below the readable zoom: then the top of the map shows, to pan from. */
    public void fit() {
        if (model.placed()) {
            model.fitReadable(getWidth(), getHeight(), firstViewMinZoom);
        } else {
            fitPending = true;
        }
    }

    public void zoomIn() {
        model.zoomAt(1.25, getWidth() / 2, getHeight() / 2);
    }

    public void zoomOut() {
        model.zoomAt(1 / 1.25, getWidth() / 2, getHeight() / 2);
    }

    /** Shows only these concepts and the links between them; null shows everything. */
    public void showOnly(Collection<String> conceptIds) {
        model.showOnly(conceptIds);
    }

    /** Moves the keyboard focus and the selection to the nearest concept that way from the focused one. */
    void navigate(String fromId, MapNavigation.Direction direction) {
        model.towards(fromId, direction).ifPresent(this::selectAndFocus);
    }

    void hover(String conceptId) {
        model.hover(conceptId);
    }

    void conceptFocused(String conceptId) {
        if (!focusByPointer) {
            model.reveal(conceptId, getWidth(), getHeight());
        }
    }

    /** A click on a concept: selects it and gives it the focus where it is, without panning. */
    void selectByPointer(String conceptId) {
        ConceptNode node = conceptNodes.get(conceptId);
        if (node != null && model.isShown(conceptId)) {
            model.select(conceptId);
            focusByPointer = true;
            try {
                node.requestFocus();
            } finally {
                focusByPointer = false;
            }
        }
    }

    /** Moves a concept during a drag: only its box and its own links are touched. */
    void dragConceptTo(String conceptId, Point2D centre) {
        model.moveTo(conceptId, centre);
        positionConcept(conceptId);
    }

    void conceptDropped(String conceptId) {
        onConceptMoved.accept(conceptId, model.centre(conceptId));
    }

    // ---- links added and styled by the exercise and reveal views ----

    void addLink(Proposition p) {
        model.addLink(p);
        links.add(p);
    }

    void removeLink(String id) {
        model.removeLink(id);
        links.remove(id);
    }

    /** Rings these concepts (the ends of the newest link in reveal mode); an empty set clears. */
    void emphasise(Set<String> conceptIds) {
        conceptNodes.forEach((id, node) -> node.pseudoClassStateChanged(ConceptNode.EMPHASIS, conceptIds.contains(id)));
    }

    void setLinkShown(String id, boolean show) {
        links.setShown(id, show);
    }

    Optional<LinkNode> linkNode(String id) {
        return links.node(id);
    }

    Optional<ConceptNode> conceptNode(String id) {
        return Optional.ofNullable(conceptNodes.get(id));
    }

    /** Every concept box, in map (and Tab) order. */
    public List<Node> conceptNodes() {
        return List.copyOf(conceptNodes.values());
    }

    /** A concept's box, for tests and for the views around the canvas. */
    public Optional<Node> conceptBox(String conceptId) {
        return Optional.ofNullable(conceptNodes.get(conceptId));
    }

    /** A link's Group, for tests. */
    public Optional<Node> linkGroup(String propositionId) {
        return links.node(propositionId).map(Node.class::cast);
    }

    CanvasGestures gestures() {
        return gestures;
    }

    void showRubberBand(String fromId, Point2D to) {
        Point2D from = model.centre(fromId);
        if (from == null || to == null) {
            hideRubberBand();
            return;
        }
        rubberBand.setStartX(from.getX());
        rubberBand.setStartY(from.getY());
        rubberBand.setEndX(to.getX());
        rubberBand.setEndY(to.getY());
        rubberBand.setVisible(true);
    }

    void hideRubberBand() {
        rubberBand.setVisible(false);
    }

    boolean rubberBandShown() {
        return rubberBand.isVisible();
    }

    Point2D centreOf(String conceptId) {
        return model.centre(conceptId);
    }

    Group world() {
        return world;
    }

    // ---- layout ----

    @Override
    protected void layoutChildren() {
        if (!model.placed() && getScene() != null) {
            model.place(this::measure, getWidth() > 0 && getHeight() > 0 ? getWidth() / getHeight() : 0);
            positionAll();
        }
        if (fitPending && model.placed() && getWidth() > 0 && getHeight() > 0) {
            fitPending = false;
            model.fitReadable(getWidth(), getHeight(), firstViewMinZoom);
        }
        if (broken != null) {
            broken.autosize();
            broken.relocate(10, 10);
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 640;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 420;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 120;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 120;
    }

    private Dimension2D measure(String conceptId) {
        ConceptNode node = conceptNodes.get(conceptId);
        node.applyCss();
        return new Dimension2D(node.prefWidth(-1), node.prefHeight(-1));
    }

    private void positionAll() {
        conceptNodes.keySet().forEach(this::placeBox);
        links.updateAll();
        refreshVisibility();
    }

    private void positionConcept(String conceptId) {
        placeBox(conceptId);
        links.around(conceptId);
    }

    private void placeBox(String conceptId) {
        Box b = model.box(conceptId);
        if (b != null) {
            conceptNodes.get(conceptId).relocate(Math.round(b.left()), Math.round(b.top()));
        }
    }

    private String labelOf(String conceptId) {
        ConceptNode n = conceptNodes.get(conceptId);
        return n == null ? conceptId : n.text();
    }

    private void refreshVisibility() {
        conceptNodes.forEach((id, node) -> node.setVisible(model.isShown(id)));
        links.refreshVisibility();
    }

    private void refreshEmphasis() {
        String hovered = model.hoveredProperty().get();
        Concept selected = model.selectedProperty().get();
        String sel = selected == null ? null : selected.id();
        Set<String> near = hovered == null ? Set.of() : model.neighbours(hovered);
        conceptNodes.forEach((id, node) -> {
            node.pseudoClassStateChanged(ConceptNode.SELECTED, id.equals(sel));
            node.pseudoClassStateChanged(ConceptNode.NEIGHBOUR, near.contains(id));
            node.pseudoClassStateChanged(
                    ConceptNode.DIMMED, hovered != null && !id.equals(hovered) && !near.contains(id));
        });
        links.emphasise(hovered, sel);
    }
}
