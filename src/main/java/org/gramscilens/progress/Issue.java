package org.gramscilens.progress;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Something the learner should be told about when a profile was opened.
 *
 * @param kind what happened, for a UI that wants its own wording or icon
 * @param message what happened and what to do, in plain words, ready to show
 * @param keptAside the file that was kept aside (or left in place untouched), or null
 */
public record Issue(Kind kind, String message, Path keptAside) {

    public enum Kind {
        /** Another copy holds the profile, or its folder cannot be written: the store is read-only. */
        READ_ONLY,
        /** A newer Gramsci Lens wrote the profile: read-only, and no file is touched. */
        NEWER_FORMAT,
        /** progress.json could not be read; it was kept aside and a backup is offered. */
        SNAPSHOT_UNREADABLE,
        /** progress.json is gone although backups exist; a backup is offered. */
        SNAPSHOT_MISSING,
        /** Some lines of the journal could not be read; a copy of the journal was kept aside. */
        JOURNAL_UNREADABLE_LINES,
        /** The program stopped while writing a record that was never confirmed; its bytes were kept aside. */
        JOURNAL_TORN_TAIL,
        /** The progress was in an older format and was converted; the original is kept in backups. */
        MIGRATED
    }

    public Issue {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }
}
