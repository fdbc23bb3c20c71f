package org.gramscilens.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gramscilens.files.AtomicWrite;

/**
 * Reads and writes a profile's {@code class.json} (Settings → Class): owner-only, written atomically. The
 * file holds the LRS secret, so nothing else reads it: progress exports and backups are made from the
 * progress store, not from this file, and no message quotes it.
 */
public final class ClassSettingsStore {

    public static final String FILE = "class.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    public ClassSettingsStore(Path profileFolder) {
        this.file = profileFolder.resolve(FILE);
    }

    public Path file() {
        return file;
    }

    /**
     * The saved settings, or {@link ClassSettings#none()} when there are none.
     *
     * @throws IOException naming the file, line and column when it cannot be read (it is left as it is)
     */
    public ClassSettings load() throws IOException {
        if (!Files.exists(file)) {
            return ClassSettings.none();
        }
        JsonNode n;
        try {
            n = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new IOException(
                    file + ":" + (loc == null ? 1 : loc.getLineNr()) + ": not valid JSON (" + e.getOriginalMessage()
                            + "). Fix it, or delete it and enter the class settings again.",
                    e);
        }
        if (n == null || !n.isObject()) {
            throw new IOException(file + ":1: not a class settings file (a JSON object was expected). "
                    + "Delete it and enter the class settings again.");
        }
        return new ClassSettings(
                n.path("endpoint").asText(""),
                n.path("key").asText(""),
                n.path("secret").asText(""),
                n.path("sendProgress").asBoolean(false),
                n.path("shareIdentity").asBoolean(false),
                n.path("name").asText(""),
                n.path("email").asText(""),
                n.path("shareReflections").asBoolean(false));
    }

    public void save(ClassSettings s) throws IOException {
        ObjectNode n = JSON.createObjectNode();
        n.put("schemaVersion", 1);
        n.put("endpoint", s.endpoint());
        n.put("key", s.key());
        n.put("secret", s.secret());
        n.put("sendProgress", s.sendProgress());
        n.put("shareIdentity", s.shareIdentity());
        n.put("name", s.name());
        n.put("email", s.email());
        n.put("shareReflections", s.shareReflections());
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicWrite.writeOwnerOnly(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(n));
    }
}
