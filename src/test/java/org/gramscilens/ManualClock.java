package org.gramscilens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock tests move by hand. With a {@code step}, each reading also moves it on by that much, so that
 * records and file names made one after another get times of their own.
 */
public final class ManualClock extends Clock {
    private final Duration step;
    private Instant now;

    public ManualClock(String start, Duration step) {
        this.now = Instant.parse(start);
        this.step = step;
    }

    /** A clock that stands still until {@link #advance} moves it. */
    public ManualClock(String start) {
        this(start, Duration.ZERO);
    }

    @Override
    public synchronized Instant instant() {
        Instant current = now;
        now = now.plus(step);
        return current;
    }

    public synchronized void advance(Duration d) {
        now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
