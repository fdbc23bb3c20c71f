package org.gramscilens.progress;

import java.io.IOException;
import java.util.function.LongFunction;

/**
 * A profile's state and its journal, kept in step under one lock: an entry reaches memory only once
 * its journal line is on disk, and a compaction copies the state and sets the journal aside at the
 * same instant, so every entry is in exactly one of the snapshot-to-be and the fresh journal.
 */
final class Ledger {

    private final StoreFiles files;
    private final ProgressState state;
    private Journal journal;
    private long nextSeq;
    private boolean dirty;
    private boolean closed;

    /**
     * @param journal the open journal, or null for a read-only store
     * @param dirty the state holds something the snapshot file lacks (e.g. after a migration)
     */
    Ledger(StoreFiles files, ProgressState state, Journal journal, long nextSeq, boolean dirty) {
        this.files = files;
        this.state = state;
        this.journal = journal;
        this.nextSeq = nextSeq;
        this.dirty = dirty;
    }

    /** Numbers, journals and applies one entry; returns once it is on disk. */
    synchronized <T extends Entry> T append(LongFunction<T> make) throws IOException {
        requireOpen();
        T entry = make.apply(nextSeq);
        usableJournal().append(entry);
        nextSeq++;
        state.apply(entry);
        return entry;
    }

    /**
     * The journal, reopened if a failed compaction (say, on a full disk) left it closed: the next
     * record then succeeds as soon as there is space again, with no restart.
     */
    private Journal usableJournal() throws IOException {
        if (!journal.isOpen()) {
            journal = Journal.open(files.journal());
        }
        return journal;
    }

    synchronized long journalSize() {
        return journal == null ? 0 : journal.size();
    }

    synchronized Snapshot snapshot() {
        return state.snapshot();
    }

    /** Adds what {@code other} holds and this does not; see {@link ProgressState#merge}. */
    synchronized int merge(Snapshot other) {
        requireOpen();
        int added = state.merge(other);
        nextSeq = Math.max(nextSeq, state.lastSeq() + 1);
        dirty = true;
        return added;
    }

    /**
     * The first step of a compaction: copies the state and sets the journal aside (renamed after the
     * last sequence number it holds), so new entries go to a fresh journal.
     *
     * @return the state to write, or null when there is nothing to compact
     */
    synchronized Snapshot beginCompaction(boolean setAsideJournalsExist) throws IOException {
        if (closed || journal == null || (journal.isEmpty() && !dirty && !setAsideJournalsExist)) {
            return null;
        }
        Snapshot snapshot = state.snapshot();
        if (!journal.isEmpty()) {
            try {
                journal = journal.rotate(files.rotatedJournal(snapshot.lastSeq()));
            } catch (IOException e) {
                try {
                    usableJournal();
                } catch (IOException again) {
                    e.addSuppressed(again); // the next append tries again
                }
                throw e;
            }
        }
        dirty = false;
        return snapshot;
    }

    /** The snapshot from {@link #beginCompaction} was not written: the next compaction must write one. */
    synchronized void compactionFailed() {
        dirty = true;
    }

    synchronized boolean isClosed() {
        return closed;
    }

    synchronized void close() throws IOException {
        if (!closed) {
            closed = true;
            if (journal != null) {
                journal.close();
            }
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("The progress store for " + files.folder() + " is closed.");
        }
    }
}
