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

    private SettingsJson() {
    }

    static Settings read(byte[] json) throws IOException {
        Settings s = new Settings();
        try (JsonParser p = FACTORY.createParser(json)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                switch (name) {
                    case "schemaVersion" -> s.schemaVersion = p.getIntValue();
                    case "windowX" -> s.windowX = v == JsonToken.VALUE_NULL ? null : p.getDoubleValue();
                    case "windowY" -> s.windowY = v == JsonToken.VALUE_NULL ? null : p.getDoubleValue();
                    case "windowWidth" -> s.windowWidth = p.getDoubleValue();
                    case "windowHeight" -> s.windowHeight = p.getDoubleValue();
                    case "maximized" -> s.maximized = p.getBooleanValue();
                    case "theme" -> s.theme = p.getText();
                    case "zoom" -> s.zoom = p.getDoubleValue();
                    case "sidebarVisible" -> s.sidebarVisible = p.getBooleanValue();
                    case "courses" -> readCourses(p, s.courses);
                    default -> p.skipChildren();
                }
            }
        }
        return s;
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
            if (s.windowX != null) {
                g.writeNumberField("windowX", s.windowX);
            }
            if (s.windowY != null) {
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
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        return bytes.toByteArray();
    }
}
