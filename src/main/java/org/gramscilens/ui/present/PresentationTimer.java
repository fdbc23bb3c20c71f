package org.gramscilens.ui.present;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The talk's stopwatch and the wall clock, read from an injected {@link Clock} so tests can move time.
 * Nothing here runs by itself: the speaker view calls {@link #tick()} a few times a second, and the
 * properties change when the shown second does.
 */
public final class PresentationTimer {
    private final Clock clock;
    private Duration before = Duration.ZERO;
    private Instant startedAt;

    private final ReadOnlyObjectWrapper<Duration> elapsed = new ReadOnlyObjectWrapper<>(this, "elapsed", Duration.ZERO);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyObjectWrapper<LocalTime> wallClock = new ReadOnlyObjectWrapper<>(this, "wallClock");

    public PresentationTimer(Clock clock) {
        this.clock = clock;
        tick();
    }

    /** Time talked, in whole seconds. */
    public ReadOnlyObjectProperty<Duration> elapsedProperty() {
        return elapsed.getReadOnlyProperty();
    }

    public Duration elapsed() {
        return elapsed.get();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The time of day, to the minute. */
    public ReadOnlyObjectProperty<LocalTime> wallClockProperty() {
        return wallClock.getReadOnlyProperty();
    }

    public void start() {
        if (!running.get()) {
            startedAt = clock.instant();
            running.set(true);
        }
    }

    public void pause() {
        if (running.get()) {
            before = before.plus(Duration.between(startedAt, clock.instant()));
            running.set(false);
            tick();
        }
    }

    public void toggle() {
        if (running.get()) {
            pause();
        } else {
            start();
        }
    }

    /** Back to zero; a running timer keeps running from there. */
    public void reset() {
        before = Duration.ZERO;
        startedAt = clock.instant();
        tick();
    }

    /** Reads the clock and updates the properties. */
    public void tick() {
        Duration now = running.get() ? before.plus(Duration.between(startedAt, clock.instant())) : before;
        Duration shown = Duration.ofSeconds(Math.max(0, now.getSeconds()));
        if (!shown.equals(elapsed.get())) {
            elapsed.set(shown);
        }
        LocalTime time = LocalTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        if (!time.equals(wallClock.get())) {
            wallClock.set(time);
        }
    }
}
