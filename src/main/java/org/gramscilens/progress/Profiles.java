package org.gramscilens.progress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.gramscilens.files.AtomicWrite;

/**
 * The learners on this computer: {@code <data>/profiles/<id>/}, one folder each, holding
 * {@code profile.json} (name) and the progress store's files. A seminar-room computer has several.
 */
public final class Profiles {

    static final String PROFILES = "profiles";
    static final String PROFILE_FILE = "profile.json";
    static final String LAST_CHOSEN = "last-chosen.txt";

    private final Path root;
    private final StoreOptions options;

    public Profiles(Path dataFolder) {
        this(dataFolder, StoreOptions.defaults());
    }

    public Profiles(Path dataFolder, StoreOptions options) {
        this.root = dataFolder.toAbsolutePath().normalize().resolve(PROFILES);
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Every profile, by display name in the user's language's order. A folder whose profile.json is unreadable is listed by its id. */
    public List<Profile> list() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<Profile> found = new ArrayList<>();
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : (Iterable<Path>) folders::iterator) {
                String id = folder.getFileName().toString();
                if (Files.isDirectory(folder) && ProfileIds.isValid(id)) {
                    found.add(read(id, folder));
                }
            }
        } catch (IOException e) {
            throw new ProgressStoreException(
                    "The profiles folder " + root + " could not be read (" + e.getMessage() + ").", e);
        }
        Collator byName = Collator.getInstance();
        byName.setStrength(Collator.PRIMARY); // "ana", "Ana" and "Ána" sort together, by id among themselves
        found.sort(Comparator.comparing(Profile::displayName, byName).thenComparing(Profile::id));
        return found;
    }

    public Optional<Profile> find(String id) {
        if (!ProfileIds.isValid(id)) {
            return Optional.empty();
        }
        Path folder = root.resolve(id);
        return Files.isDirectory(folder) ? Optional.of(read(id, folder)) : Optional.empty();
    }

    /** Creates a profile with an id made from the name, numbered if taken ("ana", "ana-2" ...). */
    public Profile create(String displayName) {
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("A profile needs a name.");
        }
        String base = ProfileIds.fromDisplayName(name);
        try {
            Files.createDirectories(root);
            for (int n = 1; ; n++) {
                String id = n == 1 ? base : base + "-" + n;
                Path folder = root.resolve(id);
                try {
                    Files.createDirectory(folder); // atomic: two copies creating "ana" get "ana" and "ana-2"
                } catch (FileAlreadyExistsException taken) {
                    continue;
                }
                Profile profile = new Profile(id, name, options.clock().instant(), folder);
                ObjectNode json = Json.NODES
                        .objectNode()
                        .put("schemaVersion", 1)
                        .put("id", id)
                        .put("displayName", name)
                        .put("createdAt", profile.createdAt().toString());
                AtomicWrite.write(
                        folder.resolve(PROFILE_FILE),
                        out -> Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, json));
                return profile;
            }
        } catch (IOException e) {
            throw new ProgressStoreException(
                    "The profile \"" + name + "\" could not be created in " + root + " (" + e.getMessage() + ").", e);
        }
    }

    /** Opens a profile's progress. See {@link ProgressStore#open(Path, StoreOptions)}. */
    public ProgressStore open(String id) {
        Profile profile = find(id).orElseThrow(() -> new IllegalArgumentException("There is no profile '" + id + "'."));
        return ProgressStore.open(profile.folder(), options);
    }

    /** Opens a profile and remembers it as the one to offer first next time. */
    public ProgressStore choose(String id) {
        ProgressStore store = open(id);
        try {
            AtomicWrite.write(root.resolve(LAST_CHOSEN), out -> out.write(id.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            // Only a convenience for next time; the profile itself is open.
        }
        return store;
    }

    /** The profile chosen last, if it still exists. */
    public Optional<Profile> lastChosen() {
        try {
            return find(Files.readString(root.resolve(LAST_CHOSEN), StandardCharsets.UTF_8)
                    .strip());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Profile read(String id, Path folder) {
        String name = id;
        Instant created = Instant.EPOCH;
        try {
            JsonNode json = Json.MAPPER.readTree(folder.resolve(PROFILE_FILE).toFile());
            if (json != null
                    && json.path("displayName").isTextual()
                    && !json.path("displayName").asText().isBlank()) {
                name = json.path("displayName").asText();
            }
            created = Instant.parse(json.path("createdAt").asText());
        } catch (IOException | RuntimeException unreadable) {
            try {
                created = Files.getLastModifiedTime(folder).toInstant();
            } catch (IOException e) {
                // keep the epoch
            }
        }
        return new Profile(id, name, created, folder);
    }
}
