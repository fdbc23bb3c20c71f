package org.gramscilens.progress;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;

/**
 * One attempt at a concept-map exercise. The payload is whatever the map package records; the store
 * keeps it as it came.
 */
public record MapAttempt(long seq, String mapId, JsonNode payload, double score, Instant at) implements Entry {

    public MapAttempt {
        Objects.requireNonNull(mapId, "mapId");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(at, "at");
    }

    @Override
    public String type() {
        return "mapAttempt";
    }
}
