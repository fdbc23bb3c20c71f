package org.gramscilens.progress;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * A saved copy of a profile's progress, as {@link ProgressStore#backups()} lists them. Any readable
 * snapshot file can be wrapped in one and restored, an exported JSON file included.
 *
 * @param file the backup file
 * @param savedAt when it was saved (from its name)
 */
public record Backup(Path file, Instant savedAt) {

    public Backup {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(savedAt, "savedAt");
    }
}
