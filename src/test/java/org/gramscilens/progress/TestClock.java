package org.gramscilens.progress;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that moves one second each time it is read, so every record and file name gets its own time. */
final class TestClock extends Clock {

    private Instant now;

    TestClock(String start) {
        this.now = Instant.parse(start);
    }

    TestClock() {
        this("2025-03-01T09:00:00Z");
    }

    @Override
    public synchronized Instant instant() {
        Instant current = now;
        now = now.plus(Duration.ofSeconds(1));
        return current;
    }

    synchronized void advance(Duration d) {
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
