package org.gramscilens.progress;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Only one running store may write a profile. The lock is an OS file lock on {@code store.lock}, so
 * it vanishes with the process that held it, however that process ended; {@code store.lock.owner}
 * says who holds it, for the message the other copy shows.
 */
final class ProfileLock implements Closeable {

    /**
     * Profiles locked by this JVM. Needed because POSIX releases a process's lock on a file when the
     * process closes ANY channel to that file: a second store in this JVM must not even open
     * {@code store.lock}, or closing it would silently unlock the first store.
     */
    private static final Set<Path> HELD_IN_THIS_JVM = ConcurrentHashMap.newKeySet();

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM uuuu HH:mm");

    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;

    private ProfileLock(Path key, FileChannel channel, FileLock lock) {
        this.key = key;
        this.channel = channel;
        this.lock = lock;
    }

    /** Either a held lock or, in plain words, why the profile must open read-only. */
    record Attempt(ProfileLock lock, String refusal) {}

    static Attempt tryAcquire(StoreFiles files, Clock clock) {
        Path key;
        try {
            key = files.folder().toRealPath();
        } catch (IOException e) {
            return new Attempt(null, cannotWrite(files, e));
        }
        if (!HELD_IN_THIS_JVM.add(key)) {
            return new Attempt(null, heldElsewhere(files));
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(files.lock(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                HELD_IN_THIS_JVM.remove(key);
                return new Attempt(null, heldElsewhere(files));
            }
            writeOwner(files, clock.instant());
            return new Attempt(new ProfileLock(key, channel, lock), null);
        } catch (IOException e) {
            closeQuietly(channel);
            HELD_IN_THIS_JVM.remove(key);
            return new Attempt(null, cannotWrite(files, e));
        }
    }

    private static void writeOwner(StoreFiles files, Instant since) {
        String text = ProcessHandle.current().pid() + " " + since + System.lineSeparator();
        try {
            Files.writeString(files.lockOwner(), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // Only the wording of another copy's message depends on this file.
        }
    }

    private static String heldElsewhere(StoreFiles files) {
        String who = "another Gramsci Lens window";
        try {
            String[] owner = Files.readString(files.lockOwner(), StandardCharsets.UTF_8)
                    .trim()
                    .split(" ");
            long pid = Long.parseLong(owner[0]);
            String since = WHEN.format(Instant.parse(owner[1]).atZone(ZoneId.systemDefault()));
            who = pid == ProcessHandle.current().pid()
                    ? "another window of this same Gramsci Lens (since " + since + ")"
                    : "another Gramsci Lens window (process " + pid + ", since " + since + ")";
        } catch (IOException | RuntimeException unknownOwner) {
            // keep the general wording
        }
        return "This profile is already open in " + who + ". Here it is shown read-only: "
                + "nothing you do in this window will be saved. Close the other window, "
                + "then open the profile again to continue.";
    }

    private static String cannotWrite(StoreFiles files, IOException e) {
        return "Gramsci Lens cannot write in the profile folder " + files.folder() + " (" + e.getMessage()
                + "). The progress is shown read-only: nothing you do will be saved. "
                + "Check that the folder exists and that you may write to it.";
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing was locked through it
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (lock.isValid()) {
                lock.release();
            }
            channel.close();
        } finally {
            HELD_IN_THIS_JVM.remove(key);
        }
    }
}
