package org.gramscilens.progress;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** The spaced-review state of one question as the quiz package last set it. The store never looks inside. */
record ReviewStateChange(long seq, String questionId, JsonNode state, Instant at) implements Entry {

    @Override
    public String type() {
        return "reviewState";
    }
}
