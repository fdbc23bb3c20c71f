package org.gramscilens.ui.map;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * What a {@link MapView} asks of the shell.
 *
 * @param openLesson opens a lesson target, {@code lesson-id} or {@code lesson-id#heading-id}
 * @param openGlossary opens a glossary entry by id
 * @param positions where moved concepts are remembered, e.g. {@link MapPositions#inProfile}
 */
public record MapViewActions(Consumer<String> openLesson, Consumer<String> openGlossary, MapPositions positions) {

    public MapViewActions {
        Objects.requireNonNull(openLesson, "openLesson");
        Objects.requireNonNull(openGlossary, "openGlossary");
        positions = positions == null ? MapPositions.none() : positions;
    }

    /** Links that do nothing and no memory: previews and tests. */
    public static MapViewActions none() {
        return new MapViewActions(target -> {}, id -> {}, MapPositions.none());
    }
}
