package org.gramscilens.progress;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * A learner on this computer. Each has its own folder, so profiles never mix.
 *
 * @param id the safe folder name, made from the display name when the profile was created
 * @param displayName the name the learner typed, as they typed it
 * @param createdAt when the profile was created
 * @param folder {@code <data>/profiles/<id>}
 */
public record Profile(String id, String displayName, Instant createdAt, Path folder) {

    public Profile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(folder, "folder");
    }
}
