package org.gramscilens.progress;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.gramscilens.files.AtomicWrite;

/**
 * The append-only journal: one JSON entry per line. {@link #append} returns only once the line is on
 * the disk, so the cost of recording is one small write and one flush, whatever the history holds.
 * Not thread-safe: the store calls it under its lock.
 */
final class Journal implements Closeable {

    private final Path file;
    private final FileChannel channel;
    private long size;

    private Journal(Path file, FileChannel channel) throws IOException {
        this.file = file;
        this.channel = channel;
        this.size = channel.size();
        channel.position(size);
    }

    /** The first line of every journal: the format its entries follow. */
    static final byte[] HEADER =
            ("{\"schemaVersion\":" + SnapshotCodec.CURRENT_VERSION + "}\n").getBytes(StandardCharsets.US_ASCII);

    static Journal open(Path file) throws IOException {
        boolean created = Files.notExists(file);
        Journal journal =
                new Journal(file, FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE));
        if (journal.size == 0) {
            try {
                journal.appendBytes(HEADER);
            } catch (IOException e) {
                journal.close();
                throw e;
            }
        }
        if (created) {
            AtomicWrite.syncDirectory(file.getParent());
        }
        return journal;
    }

    static byte[] encode(Entry e) throws IOException {
        ByteArrayBuilder bytes = new ByteArrayBuilder(256);
        try (JsonGenerator g = Json.FACTORY.createGenerator(bytes)) {
            EntryCodec.write(g, e, true);
        }
        bytes.append('\n');
        return bytes.toByteArray();
    }

    void append(Entry e) throws IOException {
        appendBytes(encode(e));
    }

    /** Writes the bytes and forces them to disk; on failure the journal is cut back to where it was. */
    void appendBytes(byte[] line) throws IOException {
        long start = size;
        try {
            ByteBuffer buf = ByteBuffer.wrap(line);
            while (buf.hasRemaining()) {
                channel.write(buf);
            }
            channel.force(false);
            size = start + line.length;
        } catch (IOException e) {
            try {
                channel.truncate(start);
                channel.position(start);
            } catch (IOException again) {
                e.addSuppressed(again);
            }
            throw e;
        }
    }

    boolean isOpen() {
        return channel.isOpen();
    }

    long size() {
        return size;
    }

    /** True when the journal holds no entries (its header at most). */
    boolean isEmpty() {
        return size <= HEADER.length;
    }

    /**
     * Renames this journal to {@code rotated} and starts an empty one in its place. A crash at any
     * point leaves every entry in exactly one of the two files, and replay reads both.
     */
    Journal rotate(Path rotated) throws IOException {
        channel.close();
        try {
            Files.move(file, rotated, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            AtomicWrite.syncDirectory(file.getParent());
        }
        return open(file);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
