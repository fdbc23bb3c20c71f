package org.gramscilens.progress;

import java.time.Instant;

/**
 * One thing the store recorded. Every entry carries the sequence number it was given when it was
 * journaled: numbers only grow, so replaying the journal over a snapshot that already holds an entry
 * (a crash between writing the snapshot and trimming the journal) is recognised and skipped.
 */
sealed interface Entry permits QuizAttempt, LessonEvent, Reflection, MapAttempt, ReviewStateChange, SettingChange {

    /**
     * The highest sequence number a file may hold (2^53, the largest whole number every JSON reader
     * keeps exact). Anything above is damage: near Long.MAX_VALUE the next number would wrap around.
     */
    long MAX_SEQ = 1L << 53;

    long seq();

    Instant at();

    /** The journal's {@code type} field for this entry. */
    String type();
}
