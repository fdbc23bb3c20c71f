package org.gramscilens.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The one way the app writes a file it owns or was asked to produce: progress snapshots, profiles,
 * settings, handouts, exports, conversions and maps. A reader, or the next start after a crash or a
 * full disk, sees either the old file whole or the new file whole:
 * <ol>
 *   <li>refuse a target that is a folder, a read-only file or in a folder that does not exist,
 *       before anything is written, with the reason and the way out;</li>
 *   <li>write a temporary file with a unique name beside the target (never a name someone else
 *       might use: an unrelated {@code x.csv.tmp} is left alone), force it to disk;</li>
 *   <li>move it over the target atomically, force the folder.</li>
 * </ol>
 * On any failure the temporary file is deleted and the old target is unchanged; the exception's
 * message names the file, the reason (never "null") and says that the old file is unchanged.
 */
public final class AtomicWrite {

    /** What to write; called once, with a buffered stream. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Temporary files are {@code .<target name>.<random>.tmp}: hidden, and named after their target. */
    public static final String TMP_SUFFIX = ".tmp";

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicWrite() {}

    public static void write(Path target, Content content) throws IOException {
        write(target, content, false);
    }

    /**
     * Like {@link #write(Path, byte[])}, for a file only its owner may read (an LRS secret, a pseudonym):
     * the temporary file is created owner-only (where the system has POSIX permissions), so the secret is
     * never readable by others, not even for a moment.
     */
    public static void writeOwnerOnly(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes), true);
    }

    private static void write(Path target, Content content, boolean ownerOnly) throws IOException {
        Path file = target.toAbsolutePath();
        Optional<String> refused = refusal(file);
        if (refused.isPresent()) {
            throw new IOException(refused.get());
        }
        boolean existed = Files.exists(file, LinkOption.NOFOLLOW_LINKS);
        Path tmp = null;
        try {
            tmp = createTemporary(file, ownerOnly);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            syncDirectory(file.getParent());
        } catch (IOException e) {
            throw new IOException(
                    "cannot write " + file + ": " + reason(e) + "; "
                            + (existed ? "the file that was there is unchanged" : "no file was written"),
                    e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // hidden and named after its target; the next write of it tidies up
                }
            }
        }
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    public static void writeString(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Copies {@code source} to {@code target} with the same guarantee. */
    public static void copy(Path source, Path target) throws IOException {
        write(target, out -> Files.copy(source, out));
    }

    /**
     * Why {@code target} cannot be written, in words for the person who named it, or empty. Checked
     * before writing, so a folder is never deleted and a read-only file never silently replaced.
     */
    public static Optional<String> refusal(Path target) {
        Path file = target.toAbsolutePath();
        Path dir = file.getParent();
        if (dir == null || file.getFileName() == null) {
            return Optional.of("cannot write " + file + ": it is not a file name; name a file to write");
        }
        if (Files.isDirectory(file)) {
            return Optional.of("cannot write " + file + ": it is a folder; name a file inside it, for example "
                    + file.resolve("output"));
        }
        if (!Files.isDirectory(dir)) {
            return Optional.of("cannot write " + file + ": the folder " + dir + " does not exist; create it "
                    + "or choose another folder");
        }
        if (Files.exists(file) && isReadOnly(file)) {
            return Optional.of("cannot write " + file + ": it is read-only, so it was not replaced; make it "
                    + "writable or choose another file");
        }
        if (!Files.isWritable(dir)) {
            return Optional.of(
                    "cannot write " + file + ": the folder " + dir + " is read-only; choose " + "another folder");
        }
        return Optional.empty();
    }

    /**
     * Read-only by its permissions. Not {@link Files#isWritable} alone: it asks the system whether this
     * user may write, and for root (or an administrator) the answer is always yes.
     */
    private static boolean isReadOnly(Path file) {
        try {
            var posix = Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class);
            if (posix != null) {
                return !posix.readAttributes()
                                .permissions()
                                .contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE)
                        || !Files.isWritable(file);
            }
            var dos = Files.getFileAttributeView(file, java.nio.file.attribute.DosFileAttributeView.class);
            return (dos != null && dos.readAttributes().isReadOnly()) || !Files.isWritable(file);
        } catch (IOException e) {
            return !Files.isWritable(file);
        }
    }

    /** Deletes temporary files this class left beside {@code target} (after a crash). Only for files the caller owns. */
    public static void deleteLeftovers(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        String prefix = "." + target.getFileName() + ".";
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (name.startsWith(prefix)
                        && name.endsWith(TMP_SUFFIX)
                        && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    /**
     * Makes a rename or a new file in {@code dir} durable. Linux needs this; Windows cannot open a
     * directory this way and does not need it (NTFS journals its directory changes).
     */
    public static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not possible on this platform; the rename itself is still atomic.
        }
    }

    /** A failure's reason in words; the JDK's file exceptions carry only the path, or nothing. */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "a folder on the way does not exist";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    /** Not Files.createTempFile: its owner-only permissions would stay on the target after the move. */
    private static Path createTemporary(Path file, boolean ownerOnly) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path tmp = file.resolveSibling(
                    "." + file.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + TMP_SUFFIX);
            try {
                return ownerOnly
                                && FileSystems.getDefault()
                                        .supportedFileAttributeViews()
                                        .contains("posix")
                        ? Files.createFile(
                                tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                        : Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }
}
