package org.gramscilens.progress;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.gramscilens.files.AtomicWrite;

/**
 * Opens a profile: lock, snapshot, journal replay, and every recovery step, each reported as an
 * {@link Issue}. A file that cannot be read is moved aside (or, read-only, left alone), never written.
 */
final class StoreOpener {

    /** Everything a {@link ProgressStore} starts from. {@code lock} and {@code journal} are null when read-only. */
    record Opened(
            StoreFiles files,
            ProgressState state,
            OpenReport report,
            String readOnlyReason,
            ProfileLock lock,
            Journal journal,
            long nextSeq,
            boolean needsCompaction) {}

    /** Sequence numbers skipped when a damaged snapshot hides how far its numbering went. */
    static final long SEQ_GAP_AFTER_LOSS = 1_000_000_000L;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM uuuu 'at' HH:mm");

    private final StoreFiles files;
    private final Backups backups;
    private final Instant now;
    private ProfileLock lock;
    private String readOnlyReason;
    private final List<Issue> issues = new ArrayList<>();
    private Backup offered;
    private boolean dirty;
    private long seqFloor;
    private boolean readingOnly;

    private StoreOpener(StoreFiles files, StoreOptions options) {
        this.files = files;
        this.backups = new Backups(files.backups());
        this.now = options.clock().instant();
    }

    /** Said of a store opened with {@link ProgressStore#openForReading}. */
    static final String READING_ONLY = "This profile was opened for reading only; nothing is recorded.";

    static Opened open(Path folder, StoreOptions options) {
        return open(folder, options, false);
    }

    /**
     * @param readingOnly take no lock and change no file at all: no folder created, nothing moved aside,
     *                    nothing compacted, so a damaged profile still offers its backup to the app
     */
    static Opened open(Path folder, StoreOptions options, boolean readingOnly) {
        StoreFiles files = new StoreFiles(folder.toAbsolutePath().normalize());
        if (readingOnly) {
            if (!Files.isDirectory(files.folder())) {
                throw new ProgressStoreException("There is no profile folder " + files.folder() + ".");
            }
            StoreOpener opener = new StoreOpener(files, options);
            opener.readOnlyReason = READING_ONLY;
            opener.readingOnly = true;
            try {
                return opener.run();
            } catch (IOException | RuntimeException e) {
                throw new ProgressStoreException(
                        "Gramsci Lens could not read the progress in " + files.folder() + " ("
                                + ProgressStoreException.reason(e) + "). No file was changed.",
                        e);
            }
        }
        try {
            Files.createDirectories(files.folder());
        } catch (IOException e) {
            if (!Files.isDirectory(files.folder())) {
                throw new ProgressStoreException(
                        "Gramsci Lens could not create the profile folder " + files.folder() + " (" + e.getMessage()
                                + ").",
                        e);
            }
        }
        StoreOpener opener = new StoreOpener(files, options);
        ProfileLock.Attempt attempt = ProfileLock.tryAcquire(files, options.clock());
        opener.lock = attempt.lock();
        opener.readOnlyReason = attempt.refusal();
        try {
            return opener.run();
        } catch (IOException | RuntimeException e) {
            opener.releaseLock();
            throw new ProgressStoreException(
                    "Gramsci Lens could not open the progress in " + files.folder() + " (" + e.getMessage()
                            + "). No file was changed or deleted.",
                    e);
        }
    }

    private boolean writable() {
        return lock != null;
    }

    private Opened run() throws IOException {
        if (!writable() && !readingOnly) {
            issues.add(new Issue(Issue.Kind.READ_ONLY, readOnlyReason, null));
        } else {
            Files.deleteIfExists(
                    files.folder().resolve(StoreFiles.SNAPSHOT + AtomicWrite.TMP_SUFFIX)); // older versions' name
            AtomicWrite.deleteLeftovers(files.snapshot());
            backups.deleteLeftoverTemporaryFiles();
        }
        Snapshot base;
        try {
            base = readSnapshot();
        } catch (NewerFormatException e) {
            return newer(e, files.snapshot());
        }
        List<Path> rotated = files.rotatedJournals();
        List<Path> journals = new ArrayList<>(rotated);
        if (Files.exists(files.journal())) {
            journals.add(files.journal());
        }
        List<Entry> events = new ArrayList<>();
        boolean journalHasBytes = !rotated.isEmpty();
        for (Path j : journals) {
            JournalReader.Result r = JournalReader.read(j);
            if (r.newer() != null) {
                return newer(r.newer(), j);
            }
            journalHasBytes |= !r.entries().isEmpty() || !r.badLines().isEmpty();
            repair(j, r);
            events.addAll(r.entries());
        }
        events.sort(Comparator.comparingLong(Entry::seq));
        ProgressState state = new ProgressState(base);
        long applied = base.lastSeq();
        for (Entry e : events) {
            if (e.seq() > applied) { // at or below: already in the snapshot (crash before the journal was trimmed)
                state.apply(e);
                applied = e.seq();
            }
        }
        long nextSeq = seqFloor < 0
                ? Math.max(state.lastSeq(), backups.highestLastSeq()) + SEQ_GAP_AFTER_LOSS
                : Math.max(state.lastSeq(), seqFloor) + 1;
        state.raiseLastSeq(nextSeq - 1); // so the next snapshot keeps the floor too
        Journal journal = writable() ? Journal.open(files.journal()) : null;
        return new Opened(
                files,
                state,
                report(),
                readOnlyReason,
                lock,
                journal,
                nextSeq,
                writable() && (dirty || journalHasBytes));
    }

    private OpenReport report() {
        return new OpenReport(issues, Optional.ofNullable(offered));
    }

    private Snapshot readSnapshot() throws IOException, NewerFormatException {
        Path snapshot = files.snapshot();
        if (!Files.exists(snapshot)) {
            seqFloor = backups.highestLastSeq();
            offered = backups.newestGood().orElse(null);
            if (offered != null) {
                issues.add(new Issue(
                        Issue.Kind.SNAPSHOT_MISSING,
                        "The saved progress file (progress.json) is "
                                + "missing from the profile folder, but there are backups. " + offerText(),
                        null));
            }
            return Snapshot.EMPTY;
        }
        byte[] bytes = Files.readAllBytes(snapshot);
        try {
            SnapshotCodec.Read read = SnapshotCodec.read(bytes);
            if (read.fileVersion() < SnapshotCodec.CURRENT_VERSION) {
                migrated(read.fileVersion());
            }
            return read.snapshot();
        } catch (NewerFormatException e) {
            throw e;
        } catch (FormatException e) {
            unreadable(bytes, e);
            return Snapshot.EMPTY;
        }
    }

    private void migrated(int version) throws IOException {
        String what = "Your progress was saved by an older version of Gramsci Lens (format version " + version + "). ";
        if (writable()) {
            Backup original = backups.add(files.snapshot(), now, "v" + version);
            dirty = true;
            issues.add(new Issue(
                    Issue.Kind.MIGRATED,
                    what + "It has been converted to the current format; " + "the original file is kept as "
                            + files.folder().relativize(original.file()) + ".",
                    original.file()));
        } else {
            issues.add(new Issue(
                    Issue.Kind.MIGRATED,
                    what + "It is shown converted; the file itself will be "
                            + "converted the next time the profile is opened for writing.",
                    null));
        }
    }

    private void unreadable(byte[] bytes, FormatException e) throws IOException {
        Matcher m = Backups.LAST_SEQ.matcher(
                new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1));
        // New records must not reuse the damaged file's sequence numbers, or restoring a backup
        // (which merges by number) could take a new record for one it already holds.
        seqFloor = m.find() && Long.parseLong(m.group(1)) <= Entry.MAX_SEQ
                ? Math.max(Long.parseLong(m.group(1)), backups.highestLastSeq())
                : -1;
        Path kept = files.snapshot();
        String where;
        if (writable()) {
            kept = StoreFiles.aside(files.snapshot(), "unreadable", now);
            Files.move(files.snapshot(), kept, StandardCopyOption.ATOMIC_MOVE);
            AtomicWrite.syncDirectory(files.folder());
            dirty = true;
            where = "Nothing was deleted or written over: the file was moved to " + kept.getFileName()
                    + " in the profile folder.";
        } else {
            where = "It was left exactly as it is.";
        }
        offered = backups.newestGood().orElse(null);
        issues.add(new Issue(
                Issue.Kind.SNAPSHOT_UNREADABLE,
                "Your saved progress (progress.json) could not be "
                        + "read: " + e.getMessage() + ". " + where + " " + offerText()
                        + " Anything recorded since that file was last saved is still here.",
                kept));
    }

    private String offerText() {
        if (offered == null) {
            return "There is no readable backup to restore.";
        }
        return "A backup saved on " + WHEN.format(offered.savedAt().atZone(ZoneId.systemDefault()))
                + " can be restored; restoring adds what it holds and keeps everything recorded since.";
    }

    /** Fixes the end of a journal (writable only) after keeping aside whatever might matter. */
    private void repair(Path journal, JournalReader.Result r) throws IOException {
        String name = journal.getFileName().toString();
        if (!r.badLines().isEmpty()) {
            Path kept = journal;
            if (writable()) {
                kept = StoreFiles.aside(journal, "unreadable", now);
                AtomicWrite.copy(journal, kept);
            }
            issues.add(new Issue(
                    Issue.Kind.JOURNAL_UNREADABLE_LINES,
                    r.badLines().size() + " line(s) of the "
                            + "recent-changes file " + name + " could not be read (lines " + r.badLines()
                            + "), perhaps "
                            + "damaged on disk; they were skipped. "
                            + (writable()
                                    ? "A copy of the whole file was kept as " + kept.getFileName() + "."
                                    : "The file was left as it is."),
                    kept));
        }
        if (r.tornTail() != null) {
            Path kept = null;
            if (writable()) {
                kept = StoreFiles.aside(journal, "torn", now);
                AtomicWrite.write(kept, out -> out.write(r.tornTail()));
            }
            issues.add(new Issue(
                    Issue.Kind.JOURNAL_TORN_TAIL,
                    "Gramsci Lens stopped while saving a record that "
                            + "was never confirmed, so it is not part of your progress. Everything that was confirmed is. "
                            + (kept != null ? "The incomplete bytes were kept in " + kept.getFileName() + "." : ""),
                    kept));
        }
        if (!writable()) {
            return;
        }
        try (FileChannel ch = FileChannel.open(journal, StandardOpenOption.WRITE)) {
            if (ch.size() > r.goodLength()) {
                ch.truncate(r.goodLength());
                ch.force(true);
            }
            if (r.needsNewline()) {
                ch.position(ch.size());
                ch.write(java.nio.ByteBuffer.wrap(new byte[] {'\n'}));
                ch.force(true);
            }
        }
    }

    /** A newer program wrote this profile: show nothing, touch nothing, let go of the lock. */
    private Opened newer(NewerFormatException e, Path file) {
        releaseLock();
        String message = "This profile was saved by a newer version of Gramsci Lens ("
                + file.getFileName() + ": " + e.getMessage().replaceFirst("^it ", "")
                + "). This version shows it read-only and does not "
                + "change any of its files, so the newer version can still open it. Please use the newer version.";
        issues.removeIf(i -> i.kind() == Issue.Kind.READ_ONLY);
        issues.add(new Issue(Issue.Kind.NEWER_FORMAT, message, file));
        readOnlyReason = message;
        return new Opened(files, new ProgressState(Snapshot.EMPTY), report(), message, null, null, 1, false);
    }

    private void releaseLock() {
        if (lock != null) {
            try {
                lock.close();
            } catch (IOException ignored) {
                // the OS releases it with the process anyway
            }
            lock = null;
        }
    }
}
