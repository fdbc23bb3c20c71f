package org.gramscilens.ui.map;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Dimension2D;
import javafx.geometry.Point2D;
import org.gramscilens.map.Box;
import org.gramscilens.map.Concept;
import org.gramscilens.map.ConceptMap;
import org.gramscilens.map.Layout;
import org.gramscilens.map.MapLayout;
import org.gramscilens.map.Proposition;

/**
 * The state of a {@link MapCanvas} without its nodes: where each concept is, which are shown, which is
 * selected or under the pointer, and the zoom and pan that map coordinates go through to reach the screen
 * ({@code screen = pan + zoom × map}). Positions are plain fields rather than properties: a drag moves a
 * concept sixty times a second and nothing but the canvas needs to know until it ends.
 */
public final class MapCanvasModel {
    static final double MIN_ZOOM = 0.15;
    static final double MAX_ZOOM = 3;
    /** Fit never enlarges beyond this: a small map at 300 % looks broken, not fitted. */
    static final double MAX_FIT_ZOOM = 1.4;

    static final double FIT_MARGIN = 24;
    /**
     * The smallest zoom at which the 13-pixel labels and linking phrases are still 11 pixels on screen: the
     * first view and Fit never go below it (they pan instead); only the zoom-out key does.
     */
    static final double READABLE_ZOOM = 11.0 / 13.0;
    /**
     * Space between boxes: more than the layout's default, because on screen every arrow carries its
     * linking phrase and the phrases need room between the boxes to be read.
     */
    static final double LAYOUT_GAP = 60;

    private final ConceptMap map;
    private final Map<String, Concept> concepts;
    private final Map<String, Proposition> links = new LinkedHashMap<>();
    private final Map<String, Point2D> centres = new LinkedHashMap<>();
    private final Map<String, Dimension2D> sizes = new HashMap<>();
    private final Map<String, Point2D> saved = new HashMap<>();
    private boolean layoutFollowsLinks = true;
    private final ReadOnlyObjectWrapper<Set<String>> shown;
    private final ReadOnlyObjectWrapper<Concept> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<String> hovered = new ReadOnlyObjectWrapper<>(this, "hovered");
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);
    private final ReadOnlyDoubleWrapper panX = new ReadOnlyDoubleWrapper(this, "panX");
    private final ReadOnlyDoubleWrapper panY = new ReadOnlyDoubleWrapper(this, "panY");

    public MapCanvasModel(ConceptMap map) {
        this.map = map;
        this.concepts = map.conceptsById();
        map.propositions().forEach(p -> links.put(p.id(), p));
        shown = new ReadOnlyObjectWrapper<>(this, "shown", Collections.unmodifiableSet(concepts.keySet()));
    }

    public ConceptMap map() {
        return map;
    }

    public Collection<Concept> concepts() {
        return concepts.values();
    }

    public Optional<Concept> concept(String id) {
        return Optional.ofNullable(concepts.get(id));
    }

    /** The links drawn now: the map's propositions plus any added (a learner's, in an exercise). */
    public Collection<Proposition> links() {
        return Collections.unmodifiableCollection(links.values());
    }

    void addLink(Proposition p) {
        links.put(p.id(), p);
    }

    void removeLink(String id) {
        links.remove(id);
    }

    // ---- positions ----

    /**
     * Places every concept: saved positions first (as if authored), then the map's authored ones, and
     * {@link MapLayout} for the rest, with the box sizes the view measured.
     */
    void place(Function<String, Dimension2D> measured) {
        place(measured, 0);
    }

    /**
     * As {@link #place(Function)}; when links do not shape the layout (an exercise), concepts without a
     * saved or authored place go on a staggered grid shaped for a view of this width-to-height ratio
     * (0: unknown), so the whole sheet fits at a readable zoom.
     */
    void place(Function<String, Dimension2D> measured, double viewAspect) {
        concepts.keySet().forEach(id -> sizes.put(id, measured.apply(id)));
        if (!layoutFollowsLinks) {
            placeOnGrid(viewAspect > 0 ? viewAspect : 1.4);
            return;
        }
        List<Concept> pinned = new ArrayList<>();
        for (Concept c : concepts.values()) {
            Point2D s = saved.get(c.id());
            pinned.add(s == null ? c : c.at(s.getX(), s.getY()));
        }
        List<Proposition> pulling = layoutFollowsLinks ? map.propositions() : List.of();
        Layout layout = new MapLayout(MapLayout.DEFAULT_SEED, MapLayout.DEFAULT_ROUNDS, LAYOUT_GAP)
                .layout(pinned, pulling, c -> {
                    Dimension2D d = sizes.get(c.id());
                    return new double[] {d.getWidth(), d.getHeight()};
                });
        layout.concepts().forEach((id, b) -> centres.put(id, new Point2D(b.x(), b.y())));
    }

    private void placeOnGrid(double aspect) {
        double cellWidth = 0;
        double cellHeight = 0;
        for (Dimension2D d : sizes.values()) {
            cellWidth = Math.max(cellWidth, d.getWidth());
            cellHeight = Math.max(cellHeight, d.getHeight());
        }
        cellWidth += LAYOUT_GAP;
        cellHeight += LAYOUT_GAP;
        int n = concepts.size();
        int columns = (int) Math.max(1, Math.min(n, Math.round(Math.sqrt(n * aspect * cellHeight / cellWidth))));
        int i = 0;
        for (Concept c : concepts.values()) {
            Point2D s = saved.get(c.id());
            if (s != null) {
                centres.put(c.id(), s);
            } else if (c.x() != null && c.y() != null) {
                centres.put(c.id(), new Point2D(c.x(), c.y()));
            } else {
                int row = i / columns;
                // Odd rows shift by a quarter cell, so a link between two boxes in one column misses the box between.
                double stagger = row % 2 == 1 ? cellWidth / 4 : 0;
                centres.put(c.id(), new Point2D((i % columns) * cellWidth + stagger, row * cellHeight));
            }
            i++;
        }
    }

    /**
     * Whether linked concepts are pulled together. An exercise turns this off: it must not give away
     * which concepts belong together, and its few given links would pull two boxes too close for a phrase.
     */
    void setLayoutFollowsLinks(boolean follow) {
        layoutFollowsLinks = follow;
    }

    boolean placed() {
        return !centres.isEmpty() || concepts.isEmpty();
    }

    /** Positions to use instead of the layout's (e.g. those a learner dragged); unknown ids are ignored. */
    void applyPositions(Map<String, Point2D> positions) {
        positions.forEach((id, p) -> {
            if (concepts.containsKey(id) && p != null) {
                saved.put(id, p);
                if (placed()) {
                    centres.put(id, p);
                }
            }
        });
    }

    /** Forgets saved positions; the next {@link #place} lays the map out afresh. */
    void clearPositions() {
        saved.clear();
        centres.clear();
    }

    void moveTo(String id, Point2D centre) {
        centres.put(id, centre);
        saved.put(id, centre);
    }

    /** The positions saved or dragged (not those the layout chose). */
    public Map<String, Point2D> moved() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(saved));
    }

    public Map<String, Point2D> positions() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(centres));
    }

    Point2D centre(String id) {
        return centres.get(id);
    }

    public Box box(String id) {
        Point2D c = centres.get(id);
        Dimension2D d = sizes.get(id);
        return c == null || d == null ? null : new Box(c.getX(), c.getY(), d.getWidth(), d.getHeight());
    }

    /** The concept whose box contains the map point, if any (the last drawn wins, as on screen). */
    Optional<String> conceptAt(Point2D p) {
        String hit = null;
        for (String id : shown.get()) {
            Box b = box(id);
            if (b != null
                    && Math.abs(p.getX() - b.x()) <= b.width() / 2
                    && Math.abs(p.getY() - b.y()) <= b.height() / 2) {
                hit = id;
            }
        }
        return Optional.ofNullable(hit);
    }

    /** The smallest box around the shown concepts. */
    Box shownBounds() {
        double left = Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (String id : shown.get()) {
            Box b = box(id);
            if (b != null) {
                left = Math.min(left, b.left());
                top = Math.min(top, b.top());
                right = Math.max(right, b.right());
                bottom = Math.max(bottom, b.bottom());
            }
        }
        return left > right
                ? new Box(0, 0, 0, 0)
                : new Box((left + right) / 2, (top + bottom) / 2, right - left, bottom - top);
    }

    // ---- what is shown, selected, hovered ----

    public ReadOnlyObjectProperty<Set<String>> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public boolean isShown(String conceptId) {
        return shown.get().contains(conceptId);
    }

    /** Shows just these concepts (and the links between them), in map order; null shows all. */
    void showOnly(Collection<String> ids) {
        if (ids == null) {
            shown.set(Collections.unmodifiableSet(concepts.keySet()));
        } else {
            Set<String> keep = new LinkedHashSet<>();
            concepts.keySet().stream().filter(ids::contains).forEach(keep::add);
            shown.set(Collections.unmodifiableSet(keep));
        }
        if (selected.get() != null && !isShown(selected.get().id())) {
            selected.set(null);
        }
    }

    public ReadOnlyObjectProperty<Concept> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    void select(String id) {
        selected.set(id == null ? null : concepts.get(id));
    }

    public ReadOnlyObjectProperty<String> hoveredProperty() {
        return hovered.getReadOnlyProperty();
    }

    void hover(String id) {
        hovered.set(id);
    }

    /** The concepts linked to {@code id} either way. */
    public Set<String> neighbours(String id) {
        Set<String> out = new LinkedHashSet<>();
        for (Proposition p : links.values()) {
            if (p.from().equals(id)) {
                out.add(p.to());
            } else if (p.to().equals(id)) {
                out.add(p.from());
            }
        }
        return out;
    }

    Optional<String> towards(String id, MapNavigation.Direction direction) {
        return MapNavigation.towards(id, direction, centres, neighbours(id), shown.get());
    }

    // ---- zoom and pan ----

    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty panXProperty() {
        return panX.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty panYProperty() {
        return panY.getReadOnlyProperty();
    }

    public double zoom() {
        return zoom.get();
    }

    Point2D toMap(double screenX, double screenY) {
        return new Point2D((screenX - panX.get()) / zoom.get(), (screenY - panY.get()) / zoom.get());
    }

    Point2D toScreen(Point2D p) {
        return new Point2D(panX.get() + zoom.get() * p.getX(), panY.get() + zoom.get() * p.getY());
    }

    void panBy(double dx, double dy) {
        panX.set(panX.get() + dx);
        panY.set(panY.get() + dy);
    }

    /** Zooms by {@code factor} keeping the screen point (x, y) over the same map point. */
    void zoomAt(double factor, double x, double y) {
        double z = zoom.get();
        double next = clamp(z * factor, MIN_ZOOM, MAX_ZOOM);
        panX.set(x - (x - panX.get()) * next / z);
        panY.set(y - (y - panY.get()) * next / z);
        zoom.set(next);
    }

    /** Zooms and pans so every shown concept fits in a view of this size. */
    void fit(double viewWidth, double viewHeight) {
        Box b = shownBounds();
        if (b.width() <= 0 || viewWidth <= 0 || viewHeight <= 0) {
            return;
        }
        double z = Math.min((viewWidth - 2 * FIT_MARGIN) / b.width(), (viewHeight - 2 * FIT_MARGIN) / b.height());
        zoom.set(clamp(z, MIN_ZOOM, MAX_FIT_ZOOM));
        panX.set(viewWidth / 2 - zoom.get() * b.x());
        panY.set(viewHeight / 2 - zoom.get() * b.y());
    }

    /**
     * Fits, unless that makes labels too small to read: then the zoom is the smallest readable one and the
     * view shows the top of the map, centred (where a map's main ideas are laid out), to pan from.
     */
    void fitReadable(double viewWidth, double viewHeight, double readable) {
        fit(viewWidth, viewHeight);
        if (zoom.get() < readable) {
            Box b = shownBounds();
            zoom.set(readable);
            panX.set(viewWidth / 2 - readable * b.x());
            double top = b.height() * readable <= viewHeight - 2 * FIT_MARGIN
                    ? viewHeight / 2 - readable * b.y()
                    : FIT_MARGIN - readable * b.top();
            panY.set(top);
        }
    }

    /** Pans so the concept sits in the middle of a view of this size. */
    void centreOn(String id, double viewWidth, double viewHeight) {
        Point2D c = centres.get(id);
        if (c != null) {
            panX.set(viewWidth / 2 - zoom.get() * c.getX());
            panY.set(viewHeight / 2 - zoom.get() * c.getY());
        }
    }

    /** Pans as little as needed to bring the concept's box inside a view of this size. */
    void reveal(String id, double viewWidth, double viewHeight) {
        Box b = box(id);
        if (b == null) {
            return;
        }
        double m = 16;
        double left = panX.get() + zoom.get() * b.left();
        double right = panX.get() + zoom.get() * b.right();
        double top = panY.get() + zoom.get() * b.top();
        double bottom = panY.get() + zoom.get() * b.bottom();
        double dx = left < m ? m - left : right > viewWidth - m ? viewWidth - m - right : 0;
        double dy = top < m ? m - top : bottom > viewHeight - m ? viewHeight - m - bottom : 0;
        panBy(dx, dy);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
