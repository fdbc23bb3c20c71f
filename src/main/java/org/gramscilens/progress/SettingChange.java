package org.gramscilens.progress;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** A named per-profile preference. A JSON null value means the setting was removed. */
record SettingChange(long seq, String name, JsonNode value, Instant at) implements Entry {

    @Override
    public String type() {
        return "setting";
    }

    boolean removed() {
        return value == null || value.isNull();
    }
}
