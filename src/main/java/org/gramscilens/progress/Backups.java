package org.gramscilens.progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gramscilens.files.AtomicWrite;

/**
 * The {@code backups/} folder: a copy of each snapshot as it is written, the newest few kept, plus
 * the original of any file that was migrated from an older format (never pruned).
 */
final class Backups {

    private static final Pattern NAME = Pattern.compile("progress-(\\d{8}T\\d{6}\\.\\d{3}Z)(-[a-z0-9-]+)?\\.json");

    /** Where a snapshot says how far its numbering went: near the top, so it survives truncation. */
    static final Pattern LAST_SEQ = Pattern.compile("\"lastSeq\"\\s*:\\s*(\\d{1,16})(?![\\d.eE])");

    private final Path folder;

    Backups(Path folder) {
        this.folder = folder;
    }

    /** Newest first. */
    List<Backup> list() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Backup> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Matcher m = NAME.matcher(f.getFileName().toString());
                if (m.matches()) {
                    found.add(new Backup(f, StoreFiles.STAMP.parse(m.group(1), Instant::from)));
                }
            }
        }
        found.sort(Comparator.comparing(Backup::savedAt)
                .thenComparing(b -> b.file().getFileName().toString())
                .reversed());
        return found;
    }

    /** The newest backup that reads as a snapshot this program understands. */
    Optional<Backup> newestGood() throws IOException {
        for (Backup b : list()) {
            try {
                SnapshotCodec.read(Files.readAllBytes(b.file()));
                return Optional.of(b);
            } catch (FormatException | IOException unreadable) {
                // try the next older one
            }
        }
        return Optional.empty();
    }

    /** The highest sequence number any backup claims to account for; 0 if none. */
    long highestLastSeq() throws IOException {
        long highest = 0;
        for (Backup b : list()) {
            byte[] head = new byte[4096];
            int n;
            try (var in = Files.newInputStream(b.file())) {
                n = in.readNBytes(head, 0, head.length);
            }
            Matcher m = LAST_SEQ.matcher(new String(head, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1));
            if (m.find()) {
                highest = Math.max(highest, Math.min(Long.parseLong(m.group(1)), Entry.MAX_SEQ));
            }
        }
        return highest;
    }

    /** Copies a snapshot file in as a backup; {@code tag} marks a kind of backup that is never pruned. */
    Backup add(Path snapshot, Instant now, String tag) throws IOException {
        Files.createDirectories(folder);
        String name = "progress-" + StoreFiles.STAMP.format(now) + (tag == null ? "" : "-" + tag) + ".json";
        Path target = folder.resolve(name);
        AtomicWrite.copy(snapshot, target);
        return new Backup(target, now);
    }

    /**
     * Deletes regular backups beyond the newest {@code keep}. Never deleted: tagged backups, and the
     * newest backup older than {@code incident} (when a snapshot was found unreadable), since that is
     * the one the learner was offered to restore.
     */
    void prune(int keep, Instant incident) throws IOException {
        List<Backup> regular = list().stream().filter(Backups::isRegular).toList();
        Backup offered = incident == null
                ? null
                : regular.stream()
                        .filter(b -> b.savedAt().isBefore(incident))
                        .findFirst()
                        .orElse(null);
        for (int i = keep; i < regular.size(); i++) {
            if (!regular.get(i).equals(offered)) {
                Files.deleteIfExists(regular.get(i).file());
            }
        }
    }

    private static boolean isRegular(Backup b) {
        Matcher m = NAME.matcher(b.file().getFileName().toString());
        return m.matches() && m.group(2) == null;
    }

    void deleteLeftoverTemporaryFiles() throws IOException {
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    if (f.getFileName().toString().endsWith(AtomicWrite.TMP_SUFFIX)) {
                        Files.deleteIfExists(f);
                    }
                }
            }
        }
    }
}
