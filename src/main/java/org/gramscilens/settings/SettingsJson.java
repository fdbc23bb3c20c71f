package org.gramscilens.settings;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

/**
 * settings.json read and written with Jackson's streaming API. Settings are read on the start-up path,
 * where building an ObjectMapper and its bean deserialisers would cost more than the rest of the read.
 * Unknown fields are skipped, so newer files still open.
 */
final class SettingsJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private SettingsJson() {}

    static Settings read(byte[] json) throws IOException {
        Settings s = new Settings();
        try (JsonParser p = FACTORY.createParser(json)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                // A value of the wrong kind (hand-edited, or "NaN") keeps the default for that setting only.
                switch (name) {
                    case "schemaVersion" -> s.schemaVersion = v.isNumeric() ? p.getIntValue() : s.schemaVersion;
                    case "windowX" -> s.windowX = finite(p, v, null);
                    case "windowY" -> s.windowY = finite(p, v, null);
                    case "windowWidth" -> s.windowWidth = finite(p, v, s.windowWidth);
                    case "windowHeight" -> s.windowHeight = finite(p, v, s.windowHeight);
                    case "maximized" -> s.maximized = v.isBoolean() ? p.getBooleanValue() : s.maximized;
                    case "theme" -> s.theme = v == JsonToken.VALUE_STRING ? p.getText() : s.theme;
                    case "zoom" -> s.zoom = finite(p, v, s.zoom);
                    case "sidebarVisible" -> s.sidebarVisible = v.isBoolean() ? p.getBooleanValue() : s.sidebarVisible;
                    case "courses" -> readCourses(p, s.courses);
                    default -> p.skipChildren();
                }
            }
        }
        return s;
    }

    private static Double finite(JsonParser p, JsonToken v, Double fallback) throws IOException {
        if (!v.isNumeric()) {
            p.skipChildren();
            return fallback;
        }
        double d = p.getDoubleValue();
        return Double.isFinite(d) ? d : fallback;
    }

    private static void readCourses(JsonParser p, Map<String, Settings.CourseState> out) throws IOException {
        expect(p.currentToken(), JsonToken.START_OBJECT);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            Settings.CourseState state = new Settings.CourseState();
            out.put(p.currentName(), state);
            expect(p.nextToken(), JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if (name.equals("last")) {
                    state.last = v == JsonToken.VALUE_NULL ? null : p.getText();
                } else if (name.equals("block") && v == JsonToken.VALUE_NUMBER_INT) {
                    state.block = Math.max(0, p.getIntValue());
                } else {
                    p.skipChildren();
                }
            }
        }
    }

    private static void expect(JsonToken got, JsonToken wanted) throws IOException {
        if (got != wanted) {
            throw new IOException("expected " + wanted + " but found " + got);
        }
    }

    static byte[] write(Settings s) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = FACTORY.createGenerator(bytes)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("schemaVersion", s.schemaVersion);
            if (s.windowX != null && Double.isFinite(s.windowX)) {
                g.writeNumberField("windowX", s.windowX);
            }
            if (s.windowY != null && Double.isFinite(s.windowY)) {
                g.writeNumberField("windowY", s.windowY);
            }
            g.writeNumberField("windowWidth", s.windowWidth);
            g.writeNumberField("windowHeight", s.windowHeight);
            g.writeBooleanField("maximized", s.maximized);
            g.writeStringField("theme", s.theme);
            g.writeNumberField("zoom", s.zoom);
            g.writeBooleanField("sidebarVisible", s.sidebarVisible);
            g.writeObjectFieldStart("courses");
            for (var e : s.courses.entrySet()) {
                g.writeObjectFieldStart(e.getKey());
                if (e.getValue().last != null) {
                    g.writeStringField("last", e.getValue().last);
                }
                if (e.getValue().block > 0) {
                    g.writeNumberField("block", e.getValue().block);
                }
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        return bytes.toByteArray();
    }
}
