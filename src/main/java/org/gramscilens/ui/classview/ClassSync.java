package org.gramscilens.ui.classview;

import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.gramscilens.progress.ProgressStore;
import org.gramscilens.progress.ProgressView;
import org.gramscilens.settings.ClassSettings;
import org.gramscilens.xapi.Actor;
import org.gramscilens.xapi.LrsClient;
import org.gramscilens.xapi.StatementBuilder;
import org.gramscilens.xapi.SyncState;
import org.gramscilens.xapi.XapiCourse;
import org.gramscilens.xapi.XapiSender;

/**
 * Sends one learner's waiting statements to the class's LRS in the background, on one thread of its own
 * (never the FX thread): it looks for new entries every {@code interval}, sends what is waiting through
 * {@link XapiSender} (which retries a batch with backoff), and after a failed sync waits longer each time
 * (doubling up to five minutes) before trying again. The state, the number waiting and the reason for a
 * failure are properties for the toolbar, updated on the FX thread.
 */
public final class ClassSync implements AutoCloseable {

    /** What the toolbar says. */
    public enum State {
        OFF,
        WAITING,
        SYNCING,
        SYNCED,
        UNREACHABLE,
        REFUSED,
        BROKEN
    }

    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    private final ProgressStore store;
    private final Supplier<XapiCourse> course;
    private final Duration interval;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "xapi-sync");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.OFF);
    private final ReadOnlyIntegerWrapper waiting = new ReadOnlyIntegerWrapper(this, "waiting");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    // confined to the executor's thread
    private ClassSettings settings = ClassSettings.none();
    private XapiCourse xapiCourse;
    private SyncState syncState;
    private Duration backoff;
    private ScheduledFuture<?> next;

    /**
     * @param course the course's statements model, built on the sync thread on first need (it parses quizzes)
     * @param interval how often to look for new entries while everything is sent
     */
    public ClassSync(ProgressStore store, Supplier<XapiCourse> course, Duration interval) {
        this.store = store;
        this.course = course;
        this.interval = interval;
        this.backoff = interval;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty waitingProperty() {
        return waiting.getReadOnlyProperty();
    }

    /** Why the last sync failed, in plain words (never the key or secret); "" when it did not. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Uses these settings from now on and looks at the queue at once. */
    public void apply(ClassSettings s) {
        executor.execute(() -> {
            settings = s;
            backoff = interval;
            reschedule(Duration.ZERO);
        });
    }

    /** Looks at the queue now (after an answer, say) rather than at the next interval. */
    public void nudge() {
        executor.execute(() -> {
            if (settings.sending()) {
                reschedule(Duration.ZERO);
            }
        });
    }

    private void reschedule(Duration after) {
        if (next != null) {
            next.cancel(false);
        }
        next = executor.schedule(this::tick, after.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void tick() {
        ClassSettings s = settings;
        if (!s.sending()) {
            publish(State.OFF, 0, "");
            return;
        }
        try {
            if (syncState == null) {
                syncState = SyncState.open(store.folder());
            }
            if (xapiCourse == null) {
                xapiCourse = course.get();
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            publish(State.BROKEN, 0, e.getMessage());
            return; // nothing will change by itself: the learner must restore or delete the file
        }
        StatementBuilder builder = new StatementBuilder(
                xapiCourse, new Actor(syncState.pseudonym(), s.sharedName(), s.sharedEmail()), s.shareReflections());
        ProgressView view = store.view();
        int before = XapiSender.waiting(builder, view, syncState);
        if (before == 0) {
            publish(State.SYNCED, 0, "");
            backoff = interval;
            reschedule(interval);
            return;
        }
        publish(State.SYNCING, before, "");
        LrsClient client = new LrsClient(URI.create(s.endpoint()), s.key(), s.secret(), Duration.ofSeconds(20));
        XapiSender.Report r = new XapiSender(
                        client, new XapiSender.Options(100, Duration.ofMillis(500), Duration.ofSeconds(8), 4))
                .sync(builder, view, syncState, sent -> publish(State.SYNCING, Math.max(0, before - (int) sent), ""));
        if (r.problem() == null) {
            publish(r.waiting() == 0 ? State.SYNCED : State.WAITING, r.waiting(), "");
            backoff = interval;
            reschedule(r.waiting() == 0 ? interval : Duration.ZERO);
        } else {
            boolean refused = r.problem().contains("refused the key");
            publish(refused ? State.REFUSED : State.UNREACHABLE, r.waiting(), r.problem());
            reschedule(backoff);
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        }
    }

    private void publish(State st, int count, String why) {
        Platform.runLater(() -> {
            waiting.set(count);
            problem.set(why == null ? "" : why);
            state.set(st);
        });
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
