package org.gramscilens.ui.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javafx.geometry.Point2D;
import org.gramscilens.progress.ProgressStore;
import org.gramscilens.progress.ProgressStoreException;

/**
 * {@link MapPositions} in a profile's settings: {@code "map-positions/course": {"hegemony": [412.0, 160.0]}}.
 * A read-only or failing store keeps positions only for this session: moving a box is not worth an error.
 */
final class ProfileMapPositions implements MapPositions {
    static final String PREFIX = "map-positions/";

    private final ProgressStore store;

    ProfileMapPositions(ProgressStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public Map<String, Point2D> load(String mapKey) {
        Map<String, Point2D> out = new LinkedHashMap<>();
        JsonNode node = store.view().setting(PREFIX + mapKey).orElse(null);
        if (node == null || !node.isObject()) {
            return out;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode xy = e.getValue();
            if (xy.isArray()
                    && xy.size() == 2
                    && xy.get(0).isNumber()
                    && xy.get(1).isNumber()) {
                out.put(e.getKey(), new Point2D(xy.get(0).asDouble(), xy.get(1).asDouble()));
            }
        }
        return out;
    }

    @Override
    public void save(String mapKey, Map<String, Point2D> moved) {
        if (store.isReadOnly()) {
            return;
        }
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        moved.forEach((id, p) -> {
            ArrayNode xy = json.putArray(id);
            xy.add(Math.round(p.getX() * 10) / 10.0);
            xy.add(Math.round(p.getY() * 10) / 10.0);
        });
        try {
            if (moved.isEmpty()) {
                store.removeSetting(PREFIX + mapKey);
            } else {
                store.putSetting(PREFIX + mapKey, json);
            }
        } catch (ProgressStoreException e) {
            // The arrangement lasts for this session; the learner's answers are what must not be lost.
        }
    }
}
