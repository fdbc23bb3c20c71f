package org.gramscilens.progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Where each file of a profile lives. docs/progress-format.md lists them. */
record StoreFiles(Path folder) {

    static final String SNAPSHOT = "progress.json";
    static final String JOURNAL = "journal.jsonl";
    static final String LOCK = "store.lock";
    static final String LOCK_OWNER = "store.lock.owner";
    static final String BACKUPS = "backups";

    /** File-name timestamps: sortable, and legal on every file system (no colons). */
    static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    private static final Pattern ROTATED = Pattern.compile("journal-(\\d+)(?:-\\d+)?\\.jsonl");

    static final String UNREADABLE = ".unreadable-";

    Path snapshot() {
        return folder.resolve(SNAPSHOT);
    }

    Path journal() {
        return folder.resolve(JOURNAL);
    }

    Path lock() {
        return folder.resolve(LOCK);
    }

    Path lockOwner() {
        return folder.resolve(LOCK_OWNER);
    }

    Path backups() {
        return folder.resolve(BACKUPS);
    }

    /** A name for keeping {@code file} aside, next to it: {@code <name>.<what>-<timestamp>}. */
    static Path aside(Path file, String what, Instant now) {
        Path candidate = file.resolveSibling(file.getFileName() + "." + what + "-" + STAMP.format(now));
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = file.resolveSibling(file.getFileName() + "." + what + "-" + STAMP.format(now) + "-" + n);
        }
        return candidate;
    }

    /** A journal set aside for compaction, named after the last sequence number it can hold. */
    Path rotatedJournal(long lastSeq) {
        Path candidate = folder.resolve("journal-" + lastSeq + ".jsonl");
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder.resolve("journal-" + lastSeq + "-" + n + ".jsonl");
        }
        return candidate;
    }

    /** Journals set aside by a compaction that has not finished, oldest first. */
    List<Path> rotatedJournals() throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> ROTATED.matcher(f.getFileName().toString()).matches())
                    .forEach(found::add);
        }
        found.sort(Comparator.comparingLong(StoreFiles::rotatedLastSeq).thenComparing(Path::toString));
        return found;
    }

    static long rotatedLastSeq(Path rotated) {
        Matcher m = ROTATED.matcher(rotated.getFileName().toString());
        return m.matches() ? Long.parseLong(m.group(1)) : Long.MAX_VALUE;
    }

    /** The newest time a snapshot was found unreadable and set aside, if ever. */
    Instant newestUnreadableSnapshot() throws IOException {
        Instant newest = null;
        String prefix = SNAPSHOT + UNREADABLE;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (name.startsWith(prefix) && name.length() >= prefix.length() + 20) {
                    try {
                        Instant at = STAMP.parse(name.substring(prefix.length(), prefix.length() + 20), Instant::from);
                        newest = newest == null || at.isAfter(newest) ? at : newest;
                    } catch (RuntimeException notOurs) {
                        // a file someone named like ours: not evidence of an incident
                    }
                }
            }
        }
        return newest;
    }
}
