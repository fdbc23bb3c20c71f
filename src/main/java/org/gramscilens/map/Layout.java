package org.gramscilens.map;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where {@link MapLayout} put things: a box per concept id and a box per proposition id for its linking
 * phrase. Coordinates are centres; authored positions are kept as written, so they may be negative.
 */
public record Layout(Map<String, Box> concepts, Map<String, Box> phrases) {

    public Layout {
        concepts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(concepts));
        phrases = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(phrases));
    }

    public Box concept(String id) {
        return concepts.get(id);
    }

    public Box phrase(String propositionId) {
        return phrases.get(propositionId);
    }

    /** The smallest box around every concept and phrase, or a zero box at the origin for an empty layout. */
    public Box bounds() {
        Collection<Box> all = Stream.concat(concepts.values().stream(), phrases.values().stream())
                .toList();
        if (all.isEmpty()) {
            return new Box(0, 0, 0, 0);
        }
        double left = all.stream().mapToDouble(Box::left).min().orElse(0);
        double right = all.stream().mapToDouble(Box::right).max().orElse(0);
        double top = all.stream().mapToDouble(Box::top).min().orElse(0);
        double bottom = all.stream().mapToDouble(Box::bottom).max().orElse(0);
        return new Box((left + right) / 2, (top + bottom) / 2, right - left, bottom - top);
    }

    /** The same layout moved by (dx, dy), e.g. to bring every box into positive coordinates for an export. */
    public Layout translated(double dx, double dy) {
        Map<String, Box> cs = new LinkedHashMap<>();
        concepts.forEach((id, b) -> cs.put(id, b.movedTo(b.x() + dx, b.y() + dy)));
        Map<String, Box> ps = new LinkedHashMap<>();
        phrases.forEach((id, b) -> ps.put(id, b.movedTo(b.x() + dx, b.y() + dy)));
        return new Layout(cs, ps);
    }
}
