package org.gramscilens.xapi;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.function.LongConsumer;
import org.gramscilens.progress.ProgressView;

/**
 * Sends a profile's waiting statements to an LRS in batches, in sequence order, moving the sent-marker
 * ({@link SyncState}) after each batch the LRS acknowledged. A failed batch is retried with exponential
 * backoff; a batch the LRS refuses is split to find the statement at fault, which is set aside with the
 * LRS's reason. Nothing is lost (the progress store keeps every entry and the marker moves only on an
 * acknowledgement) and nothing is doubled (a resent statement has the same id). Call from a background
 * thread: it blocks while it waits to retry.
 */
public final class XapiSender {

    /**
     * @param batchSize statements per POST
     * @param firstDelay wait before the first retry; doubled after each failure, up to {@code maxDelay}
     * @param attempts tries per batch before the sync gives up for now (the queue is kept)
     */
    public record Options(int batchSize, Duration firstDelay, Duration maxDelay, int attempts) {
        public static Options defaults() {
            return new Options(100, Duration.ofMillis(500), Duration.ofSeconds(30), 8);
        }
    }

    /**
     * How a sync ended.
     *
     * @param sent statements the LRS acknowledged in this sync
     * @param rejected statements the LRS refused as invalid in this sync (set aside, see {@link SyncState})
     * @param waiting statements still waiting
     * @param problem why the sync stopped early, in plain words; null when everything was sent
     */
    public record Report(int sent, int rejected, int waiting, String problem) {
        public boolean complete() {
            return problem == null && waiting == 0;
        }
    }

    private final LrsClient client;
    private final Options options;

    public XapiSender(LrsClient client, Options options) {
        this.client = client;
        this.options = options;
    }

    /** How many statements of {@code view} are waiting. */
    public static int waiting(StatementBuilder builder, ProgressView view, SyncState state) {
        return builder.after(view, state.sentThrough()).size();
    }

    /**
     * Sends everything in {@code view} above the marker.
     *
     * @param progress told the number sent so far after each acknowledged batch
     */
    public Report sync(StatementBuilder builder, ProgressView view, SyncState state, LongConsumer progress) {
        List<Statement> pending = builder.after(view, state.sentThrough());
        Counter c = new Counter();
        String problem = null;
        try {
            for (int i = 0; i < pending.size() && problem == null; ) {
                int end = Math.min(pending.size(), i + options.batchSize());
                // statements sharing a seq (an answer and the quiz completion it makes) go in one batch:
                // the marker is a seq, so one left for the next batch would count as sent
                while (end < pending.size()
                        && pending.get(end).seq() == pending.get(end - 1).seq()) {
                    end++;
                }
                problem = send(pending.subList(i, end), state, c, false);
                progress.accept(c.sent);
                i = end;
            }
        } catch (IOException e) {
            problem = "The sync position could not be saved (" + e.getMessage() + "); what was sent is "
                    + "stored once and will not be doubled by the next sync.";
        }
        int waiting = builder.after(view, state.sentThrough()).size();
        return new Report(c.sent, c.rejected, waiting, problem);
    }

    /** @param splitting whether this is one statement of a batch being split (its caller moves the marker) */
    private String send(List<Statement> batch, SyncState state, Counter c, boolean splitting) throws IOException {
        Duration delay = options.firstDelay();
        LrsClient.PostResult r = null;
        for (int attempt = 1; attempt <= options.attempts(); attempt++) {
            r = client.post(batch);
            if (r.outcome() != LrsClient.Outcome.RETRY) {
                break;
            }
            if (attempt < options.attempts() && !sleep(delay)) {
                return "The sync was stopped.";
            }
            delay = delay.multipliedBy(2).compareTo(options.maxDelay()) > 0
                    ? options.maxDelay()
                    : delay.multipliedBy(2);
        }
        switch (r.outcome()) {
            case STORED -> {
                if (!splitting) {
                    state.markSent(batch.get(batch.size() - 1).seq());
                }
                c.sent += batch.size();
                return null;
            }
            case CONFLICT, INVALID -> {
                if (batch.size() > 1) { // find the one at fault: send one at a time
                    for (int i = 0; i < batch.size(); i++) {
                        String problem = send(List.of(batch.get(i)), state, c, true);
                        if (problem != null) {
                            return problem;
                        }
                        if (i + 1 == batch.size()
                                || batch.get(i + 1).seq() != batch.get(i).seq()) {
                            state.markSent(batch.get(i).seq()); // the whole seq is stored
                        }
                    }
                    return null;
                }
                if (r.outcome() == LrsClient.Outcome.CONFLICT) {
                    // the LRS holds this id with other content (the course text changed since): it is
                    // stored; the marker moves once every statement of this seq is (see above)
                    if (!splitting) {
                        state.markSent(batch.get(0).seq());
                    }
                    c.sent++;
                } else {
                    state.markRejected(batch.get(0).seq(), "HTTP " + r.status() + ": " + r.detail());
                    c.rejected++;
                }
                return null;
            }
            case UNAUTHORISED -> {
                return "The LRS at " + client.endpoint() + " refused the key and secret (HTTP " + r.status()
                        + "). Check them in Settings → Class; nothing is lost meanwhile.";
            }
            default -> {
                return "The LRS at " + client.endpoint() + " is not answering ("
                        + (r.status() > 0 ? "HTTP " + r.status() + " " : "") + r.detail() + "). Statements stay "
                        + "queued and are sent at the next sync.";
            }
        }
    }

    private static boolean sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static final class Counter {
        int sent;
        int rejected;
    }
}
