package org.gramscilens.progress;

import java.time.Clock;
import java.util.Objects;

/**
 * How a store behaves; {@link #defaults()} suits the app.
 *
 * @param clock the time stamped on records and file names
 * @param compactAfterJournalBytes journal size at which a compaction starts in the background
 * @param backupsToKeep how many regular backups to keep
 */
public record StoreOptions(Clock clock, long compactAfterJournalBytes, int backupsToKeep) {

    public StoreOptions {
        Objects.requireNonNull(clock, "clock");
        if (compactAfterJournalBytes < 1) {
            throw new IllegalArgumentException("compactAfterJournalBytes must be positive");
        }
        if (backupsToKeep < 1) {
            throw new IllegalArgumentException("keep at least one backup");
        }
    }

    public static StoreOptions defaults() {
        return new StoreOptions(Clock.systemUTC(), 4L << 20, 5);
    }

    public StoreOptions withClock(Clock c) {
        return new StoreOptions(c, compactAfterJournalBytes, backupsToKeep);
    }

    public StoreOptions withCompactAfterJournalBytes(long bytes) {
        return new StoreOptions(clock, bytes, backupsToKeep);
    }

    public StoreOptions withBackupsToKeep(int n) {
        return new StoreOptions(clock, compactAfterJournalBytes, n);
    }
}
