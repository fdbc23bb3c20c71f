package org.gramscilens.progress;

import java.util.List;

/**
 * Everything a profile holds, as the snapshot file stores it: each list in sequence order, and the
 * highest sequence number the snapshot accounts for.
 */
record Snapshot(
        long lastSeq,
        List<QuizAttempt> attempts,
        List<LessonEvent> lessonEvents,
        List<Reflection> reflections,
        List<MapAttempt> mapAttempts,
        List<ReviewStateChange> reviewStates,
        List<SettingChange> settings) {

    static final Snapshot EMPTY = new Snapshot(0, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    Snapshot {
        attempts = List.copyOf(attempts);
        lessonEvents = List.copyOf(lessonEvents);
        reflections = List.copyOf(reflections);
        mapAttempts = List.copyOf(mapAttempts);
        reviewStates = List.copyOf(reviewStates);
        settings = List.copyOf(settings);
    }

    int entryCount() {
        return attempts.size()
                + lessonEvents.size()
                + reflections.size()
                + mapAttempts.size()
                + reviewStates.size()
                + settings.size();
    }
}
