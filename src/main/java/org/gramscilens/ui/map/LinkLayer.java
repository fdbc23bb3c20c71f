package org.gramscilens.ui.map;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Group;
import org.gramscilens.map.Box;
import org.gramscilens.map.MapLayout;
import org.gramscilens.map.Proposition;

/**
 * The arrows of a {@link MapCanvas}, one {@link LinkNode} each, indexed by the concepts they touch so a
 * drag updates only the arrows of the box being dragged. Links joining the same two concepts (either
 * way) are drawn side by side.
 */
final class LinkLayer extends Group {
    private final MapCanvasModel model;
    private final Function<String, String> conceptLabel;
    private final Consumer<LinkNode> attach;
    private final Map<String, LinkNode> nodes = new LinkedHashMap<>();
    private final Map<String, List<LinkNode>> incident = new HashMap<>();
    private final Set<String> hidden = new HashSet<>();

    LinkLayer(MapCanvasModel model, Function<String, String> conceptLabel, Consumer<LinkNode> attach) {
        this.model = model;
        this.conceptLabel = conceptLabel;
        this.attach = attach;
    }

    LinkNode add(Proposition p) {
        LinkNode node = new LinkNode(p, conceptLabel.apply(p.from()), conceptLabel.apply(p.to()));
        nodes.put(p.id(), node);
        incident.computeIfAbsent(p.from(), k -> new ArrayList<>()).add(node);
        incident.computeIfAbsent(p.to(), k -> new ArrayList<>()).add(node);
        getChildren().add(node);
        attach.accept(node);
        spread();
        around(p.from());
        refresh(node);
        return node;
    }

    void remove(String id) {
        LinkNode node = nodes.remove(id);
        if (node != null) {
            getChildren().remove(node);
            incident.getOrDefault(node.from(), List.of()).remove(node);
            incident.getOrDefault(node.to(), List.of()).remove(node);
            spread();
            around(node.from());
        }
    }

    Optional<LinkNode> node(String id) {
        return Optional.ofNullable(nodes.get(id));
    }

    Collection<LinkNode> all() {
        return nodes.values();
    }

    void setShown(String id, boolean show) {
        if (show ? hidden.remove(id) : hidden.add(id)) {
            node(id).ifPresent(this::refresh);
        }
    }

    /** Redraws every arrow (after the first layout or saved positions). */
    void updateAll() {
        spread();
        nodes.values().forEach(this::update);
    }

    /** Redraws the arrows of one concept: all a drag frame needs. */
    void around(String conceptId) {
        incident.getOrDefault(conceptId, List.of()).forEach(this::update);
    }

    /** Shows the links whose concepts are both shown and that no one hid. */
    void refreshVisibility() {
        nodes.values().forEach(this::refresh);
    }

    /** Links of the concept under the pointer or selected stand out; with a pointer, the others fade. */
    void emphasise(String hovered, String selected) {
        for (LinkNode link : nodes.values()) {
            Proposition p = link.proposition();
            boolean touchesHover = hovered != null && p.touches(hovered);
            link.pseudoClassStateChanged(LinkNode.HIGHLIGHT, touchesHover || selected != null && p.touches(selected));
            link.pseudoClassStateChanged(LinkNode.DIMMED, hovered != null && !touchesHover);
        }
    }

    /** Where the phrases of the map's own links between these boxes sit, for exports. */
    Map<String, Box> phraseBoxes(Map<String, Box> concepts) {
        Map<String, Box> out = new LinkedHashMap<>();
        for (LinkNode link : nodes.values()) {
            Box a = concepts.get(link.from());
            Box b = concepts.get(link.to());
            if (a != null
                    && b != null
                    && model.map().proposition(link.proposition().id()).isPresent()) {
                LinkGeometry g = LinkGeometry.between(a, b, link.offset());
                double[] size = MapLayout.estimatePhraseSize(link.proposition().phrase());
                out.put(link.proposition().id(), new Box(g.midX(), g.midY(), size[0], size[1]));
            }
        }
        return out;
    }

    private void update(LinkNode link) {
        Box a = model.box(link.from());
        Box b = model.box(link.to());
        if (a != null && b != null) {
            link.update(LinkGeometry.between(a, b, link.offset()));
        }
    }

    private void refresh(LinkNode link) {
        link.setVisible(
                !hidden.contains(link.proposition().id()) && model.isShown(link.from()) && model.isShown(link.to()));
    }

    /** Spreads links that join the same two concepts (either way) side by side. */
    private void spread() {
        Map<String, List<LinkNode>> byPair = new LinkedHashMap<>();
        for (LinkNode n : nodes.values()) {
            String key = n.from().compareTo(n.to()) < 0 ? n.from() + "\n" + n.to() : n.to() + "\n" + n.from();
            byPair.computeIfAbsent(key, k -> new ArrayList<>()).add(n);
        }
        for (List<LinkNode> pair : byPair.values()) {
            for (int k = 0; k < pair.size(); k++) {
                LinkNode n = pair.get(k);
                // The normal turns with the link's direction; the sign keeps opposite links apart too.
                double sign = n.from().compareTo(n.to()) < 0 ? 1 : -1;
                double slot = sign * (k - (pair.size() - 1) / 2.0);
                n.setOffset(slot * MapCanvas.PARALLEL_GAP, slot);
            }
        }
    }
}
