package org.gramscilens.progress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;
import org.gramscilens.files.AtomicWrite;

/**
 * One learner profile's progress, kept in {@code progress.json} (a snapshot) plus {@code journal.jsonl}
 * (every record since, one line each). A record call returns only when its line is on disk, so work
 * is never lost to a crash; the snapshot is rewritten ("compaction") when the store opens or closes
 * and, in the background, when the journal grows large. docs/progress-format.md has the details.
 *
 * <p>Thread-safe. Read through {@link #view()}. A second store on the same profile, in this or another
 * process, opens read-only: {@link #isReadOnly()}, and its writes throw {@link ReadOnlyStoreException}.
 */
public final class ProgressStore implements AutoCloseable {

    private final StoreFiles files;
    private final StoreOptions options;
    private final Backups backups;
    private final OpenReport report;
    private final String readOnlyReason;
    private final ProfileLock profileLock;
    private final ExecutorService background;

    private final Ledger ledger;
    private final Object compactionLock = new Object(); // one compaction at a time
    private final Object triggerLock = new Object(); // guards the two fields below
    private boolean compactionQueued;
    private long compactAtJournalSize;
    private volatile IOException lastCompactionFailure;

    private ProgressStore(StoreOpener.Opened o, StoreOptions options) {
        this.files = o.files();
        this.options = options;
        this.backups = new Backups(files.backups());
        this.report = o.report();
        this.readOnlyReason = o.readOnlyReason();
        this.profileLock = o.lock();
        this.ledger = new Ledger(files, o.state(), o.journal(), o.nextSeq(), o.needsCompaction());
        this.compactAtJournalSize = options.compactAfterJournalBytes();
        this.background = o.lock() == null
                ? null
                : Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(
                            r, "progress-compaction " + files.folder().getFileName());
                    t.setDaemon(true); // the journal holds everything; an unfinished compaction loses nothing
                    return t;
                });
        if (o.needsCompaction()) {
            compactionQueued = true;
            background.execute(this::compactInBackground);
        }
    }

    /** Opens the profile folder (created if missing) with {@link StoreOptions#defaults()}. */
    public static ProgressStore open(Path profileFolder) {
        return open(profileFolder, StoreOptions.defaults());
    }

    /**
     * Opens the profile folder, creating it if missing. Never throws for damaged files: they are kept
     * aside and reported in {@link #openReport()}.
     *
     * @throws ProgressStoreException if the folder cannot be created or read at all
     */
    public static ProgressStore open(Path profileFolder, StoreOptions options) {
        return new ProgressStore(StoreOpener.open(profileFolder, options), options);
    }

    /**
     * Opens the profile to read it and nothing else (exports, reports): no lock is taken and no file is
     * created, moved, repaired or compacted, even if damaged. The store is read-only; its
     * {@link #openReport()} says what an ordinary open would do about damage. A profile written by a
     * newer version opens empty, with {@link Issue.Kind#NEWER_FORMAT} in the report.
     *
     * @throws ProgressStoreException if the folder does not exist or cannot be read
     */
    public static ProgressStore openForReading(Path profileFolder) {
        return new ProgressStore(
                StoreOpener.open(profileFolder, StoreOptions.defaults(), true), StoreOptions.defaults());
    }

    public Path folder() {
        return files.folder();
    }

    /** What opening found: problems, files kept aside, a backup worth restoring. */
    public OpenReport openReport() {
        return report;
    }

    public boolean isReadOnly() {
        return readOnlyReason != null;
    }

    /** Why this store is read-only and what to do, in plain words; empty when writable. */
    public Optional<String> readOnlyReason() {
        return Optional.ofNullable(readOnlyReason);
    }

    // ---- recording: each call returns once its record is on disk ----

    public QuizAttempt recordAttempt(
            String questionId, String moduleId, JsonNode answer, double score, long timeTakenMs) {
        requireId(questionId, "questionId");
        requireId(moduleId, "moduleId");
        requireScore(score);
        if (timeTakenMs < 0) {
            throw new IllegalArgumentException("timeTakenMs must not be negative: " + timeTakenMs);
        }
        JsonNode copy = copyOf(answer);
        return record(seq -> new QuizAttempt(seq, questionId, moduleId, copy, score, timeTakenMs, now()));
    }

    public LessonEvent recordLessonOpened(String lessonId) {
        requireId(lessonId, "lessonId");
        return record(seq -> new LessonEvent(seq, lessonId, LessonEvent.Kind.OPENED, now()));
    }

    public LessonEvent recordLessonFinished(String lessonId) {
        requireId(lessonId, "lessonId");
        return record(seq -> new LessonEvent(seq, lessonId, LessonEvent.Kind.FINISHED, now()));
    }

    /** Records a reflection; it becomes the current one for the question, and earlier ones stay in history. */
    public Reflection recordReflection(String questionId, String text) {
        requireId(questionId, "questionId");
        Objects.requireNonNull(text, "text");
        return record(seq -> new Reflection(seq, questionId, text, now()));
    }

    public MapAttempt recordMapAttempt(String mapId, JsonNode payload, double score) {
        requireId(mapId, "mapId");
        requireScore(score);
        JsonNode copy = copyOf(payload);
        return record(seq -> new MapAttempt(seq, mapId, copy, score, now()));
    }

    /** Sets the spaced-review state of a question; the store keeps it as given and never looks inside. */
    public void putReviewState(String questionId, JsonNode reviewState) {
        requireId(questionId, "questionId");
        JsonNode copy = copyOf(Objects.requireNonNull(reviewState, "reviewState"));
        record(seq -> new ReviewStateChange(seq, questionId, copy, now()));
    }

    /** Sets a named per-profile preference. */
    public void putSetting(String name, JsonNode value) {
        requireId(name, "name");
        JsonNode copy = copyOf(Objects.requireNonNull(value, "value"));
        record(seq -> new SettingChange(seq, name, copy, now()));
    }

    public void removeSetting(String name) {
        requireId(name, "name");
        record(seq -> new SettingChange(seq, name, NullNode.getInstance(), now()));
    }

    private <T extends Entry> T record(LongFunction<T> make) {
        requireWritable();
        T entry;
        try {
            entry = ledger.append(make);
        } catch (IOException e) {
            throw new ProgressStoreException(
                    "This could not be saved: writing to " + files.journal()
                            + " failed (" + ProgressStoreException.reason(e) + "). Everything saved before is safe. "
                            + "Check that the disk has free space, then try again.",
                    e);
        }
        long journalSize = ledger.journalSize();
        synchronized (triggerLock) {
            if (!compactionQueued && journalSize >= compactAtJournalSize) {
                compactionQueued = true;
                try {
                    background.execute(this::compactInBackground);
                } catch (RejectedExecutionException closing) {
                    compactionQueued = false; // close() compacts anyway
                }
            }
        }
        return entry;
    }

    private Instant now() {
        return options.clock().instant();
    }

    private void requireWritable() {
        if (ledger.isClosed()) {
            throw new IllegalStateException("The progress store for " + files.folder() + " is closed.");
        }
        if (readOnlyReason != null) {
            throw new ReadOnlyStoreException(readOnlyReason);
        }
    }

    private static void requireId(String id, String what) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }

    private static void requireScore(double score) {
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be a fraction from 0 to 1: " + score);
        }
    }

    private static JsonNode copyOf(JsonNode node) {
        return node == null ? NullNode.getInstance() : node.deepCopy();
    }

    // ---- reading ----

    /** A consistent, immutable picture of everything recorded so far. */
    public ProgressView view() {
        return new ProgressView(ledger.snapshot());
    }

    // ---- backups and compaction ----

    /** Backups of this profile, newest first. */
    public List<Backup> backups() {
        try {
            return backups.list();
        } catch (IOException e) {
            throw new ProgressStoreException(
                    "The backups folder " + files.backups() + " could not be listed ("
                            + ProgressStoreException.reason(e) + ").",
                    e);
        }
    }

    /** The newest backup that can be read, if any. */
    public Optional<Backup> newestGoodBackup() {
        try {
            return backups.newestGood();
        } catch (IOException e) {
            throw new ProgressStoreException(
                    "The backups folder " + files.backups() + " could not be read (" + ProgressStoreException.reason(e)
                            + ").",
                    e);
        }
    }

    /**
     * Restores a backup by adding to this profile everything the backup holds that the profile does
     * not (records are matched by their sequence numbers). Nothing recorded since is lost, and
     * restoring the same backup twice changes nothing. The result is saved before this returns.
     *
     * @return how many records the backup added
     * @throws ProgressStoreException if the backup cannot be read; the message says why
     */
    public int restoreBackup(Backup backup) {
        Objects.requireNonNull(backup, "backup");
        requireWritable();
        Snapshot restored;
        try {
            restored = SnapshotCodec.read(Files.readAllBytes(backup.file())).snapshot();
        } catch (IOException | FormatException e) {
            throw new ProgressStoreException(
                    "The backup " + backup.file().getFileName() + " cannot be restored: "
                            + ProgressStoreException.reason(e) + ". Your current progress is unchanged.",
                    e);
        }
        int added;
        synchronized (compactionLock) {
            added = ledger.merge(restored);
            compactOrThrow();
        }
        return added;
    }

    /**
     * Rewrites the snapshot now, from everything recorded, and trims the journal. The app need not
     * call this: opening, closing and a large journal do it.
     */
    public void compact() {
        requireWritable();
        compactOrThrow();
    }

    private void compactOrThrow() {
        try {
            compactNow();
        } catch (IOException e) {
            throw new ProgressStoreException(
                    "Your progress is safe in " + files.journal() + ", but it could not be " + "written to "
                            + files.snapshot() + " (" + ProgressStoreException.reason(e) + "). This will be retried.",
                    e);
        }
    }

    /** The last background compaction's failure, if it failed; nothing is lost when it does. */
    public Optional<IOException> lastCompactionFailure() {
        return Optional.ofNullable(lastCompactionFailure);
    }

    private void compactInBackground() {
        try {
            compactNow();
            lastCompactionFailure = null;
        } catch (IOException e) {
            lastCompactionFailure = e;
            synchronized (triggerLock) {
                compactAtJournalSize = ledger.journalSize() + options.compactAfterJournalBytes();
            }
        } finally {
            synchronized (triggerLock) {
                compactionQueued = false;
            }
        }
    }

    /**
     * Compaction, in the order that keeps every record in at least one file at every instant:
     * (1) under the lock, copy the state and rename the journal aside, so new records go to a fresh
     * journal; (2) write the snapshot atomically; (3) copy it to backups; (4) delete the set-aside
     * journals. A crash after (2) leaves records in both the snapshot and a journal: replay skips
     * those whose sequence number the snapshot already covers.
     */
    private void compactNow() throws IOException {
        synchronized (compactionLock) {
            Snapshot snap = ledger.beginCompaction(!files.rotatedJournals().isEmpty());
            if (snap == null) {
                return;
            }
            synchronized (triggerLock) {
                compactAtJournalSize = options.compactAfterJournalBytes();
            }
            try {
                Instant savedAt = now();
                AtomicWrite.write(files.snapshot(), out -> SnapshotCodec.write(snap, savedAt, out));
                backups.add(files.snapshot(), savedAt, null);
                backups.prune(options.backupsToKeep(), files.newestUnreadableSnapshot());
            } catch (IOException | RuntimeException e) {
                ledger.compactionFailed();
                throw e;
            }
            for (Path rotated : files.rotatedJournals()) {
                if (StoreFiles.rotatedLastSeq(rotated) <= snap.lastSeq()) {
                    Files.deleteIfExists(rotated);
                }
            }
            AtomicWrite.syncDirectory(files.folder());
        }
    }

    /** Waits until background work queued so far is done. For tests, which copy the folder as a crash would leave it. */
    void awaitBackgroundWork() throws InterruptedException {
        if (background != null && !background.isShutdown()) {
            try {
                background.submit(() -> {}).get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * Compacts (so the next start reads one file), then lets go of the profile. Safe to call twice.
     *
     * @throws ProgressStoreException if the final compaction failed; the journal still holds everything
     */
    @Override
    public void close() {
        if (ledger.isClosed()) {
            return;
        }
        IOException failure = null;
        if (profileLock != null) {
            background.shutdown();
            try {
                background.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try {
                compactNow();
            } catch (IOException e) {
                failure = e;
            }
        }
        synchronized (compactionLock) {
            try {
                ledger.close();
                if (profileLock != null) {
                    profileLock.close();
                }
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw new ProgressStoreException(
                    "Your progress is safe in " + files.journal() + ", but it could not be "
                            + "written to " + files.snapshot() + " on closing ("
                            + ProgressStoreException.reason(failure)
                            + "). It will be read back next time.",
                    failure);
        }
    }
}
