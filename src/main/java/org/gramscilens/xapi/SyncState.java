package org.gramscilens.xapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * A profile's xAPI queue position, in {@code <profile>/xapi-sync.json} (owner-only): the learner's
 * pseudonym (created once, at random) and the sent-marker, the highest progress-store sequence number whose
 * statement the LRS has acknowledged. Everything above the marker is waiting. Statements the LRS refused as
 * invalid are listed with its reason, so they neither block the queue nor vanish unseen. The marker only
 * moves forward, so a sync that is cut off resends at most one batch, and resent statements carry the same
 * ids, which an LRS stores once.
 */
public final class SyncState {

    public static final String FILE = "xapi-sync.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A statement the LRS refused, and why. */
    public record Rejected(long seq, String reason) {}

    private final Path file;
    private final String pseudonym;
    private long sentThrough;
    private final List<Rejected> rejected = new ArrayList<>();

    private SyncState(Path file, String pseudonym, long sentThrough) {
        this.file = file;
        this.pseudonym = pseudonym;
        this.sentThrough = sentThrough;
    }

    /**
     * Reads the profile's sync state, creating it (with a new pseudonym) if missing.
     *
     * @throws UncheckedIOException if the file exists but cannot be read: it is never overwritten, since a
     *         new pseudonym would make every statement sent so far look like another learner's
     */
    public static synchronized SyncState open(Path profileFolder) {
        Path file = profileFolder.resolve(FILE);
        try {
            if (!Files.exists(file)) {
                SyncState s = new SyncState(file, UUID.randomUUID().toString(), 0);
                s.save();
                return s;
            }
            JsonNode n = JSON.readTree(file.toFile());
            if (n == null
                    || !n.path("pseudonym").isTextual()
                    || n.path("pseudonym").asText().isBlank()) {
                throw new IOException("it has no \"pseudonym\"");
            }
            SyncState s = new SyncState(
                    file, n.get("pseudonym").asText(), n.path("sentThrough").asLong(0));
            n.path("rejected")
                    .forEach(r -> s.rejected.add(new Rejected(
                            r.path("seq").asLong(), r.path("reason").asText())));
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    file + " could not be read (" + e.getMessage() + "). Nothing was "
                            + "sent. Restore the file from a backup, or delete it to start over as a new learner "
                            + "identity (statements already sent would then appear twice).",
                    e);
        }
    }

    public String pseudonym() {
        return pseudonym;
    }

    public synchronized long sentThrough() {
        return sentThrough;
    }

    public synchronized List<Rejected> rejected() {
        return Collections.unmodifiableList(new ArrayList<>(rejected));
    }

    /** Moves the marker to {@code seq} (never back) and saves it before returning. */
    public synchronized void markSent(long seq) throws IOException {
        if (seq > sentThrough) {
            sentThrough = seq;
            save();
        }
    }

    /** Records that the LRS refused the statement of entry {@code seq}, and moves the marker past it. */
    public synchronized void markRejected(long seq, String reason) throws IOException {
        rejected.add(new Rejected(seq, reason));
        sentThrough = Math.max(sentThrough, seq);
        save();
    }

    private void save() throws IOException {
        ObjectNode n = JSON.createObjectNode();
        n.put("schemaVersion", 1);
        n.put("pseudonym", pseudonym);
        n.put("sentThrough", sentThrough);
        var arr = n.putArray("rejected");
        rejected.forEach(r -> arr.addObject().put("seq", r.seq()).put("reason", r.reason()));
        PrivateFiles.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(n));
    }
}
