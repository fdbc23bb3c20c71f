package org.gramscilens.progress;

import java.time.Instant;

/**
 * One thing the store recorded. Every entry carries the sequence number it was given when it was
 * journaled: numbers only grow, so replaying the journal over a snapshot that already holds an entry
 * (a crash between writing the snapshot and trimming the journal) is recognised and skipped.
 */
sealed interface Entry permits QuizAttempt, LessonEvent, Reflection, MapAttempt, ReviewStateChange, SettingChange {

    long seq();

    Instant at();

    /** The journal's {@code type} field for this entry. */
    String type();
}
