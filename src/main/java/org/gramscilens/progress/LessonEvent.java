package org.gramscilens.progress;

import java.time.Instant;
import java.util.Objects;

/** A lesson was opened or finished. */
public record LessonEvent(long seq, String lessonId, Kind kind, Instant at) implements Entry {

    public enum Kind {
        OPENED,
        FINISHED
    }

    public LessonEvent {
        Objects.requireNonNull(lessonId, "lessonId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
    }

    @Override
    public String type() {
        return kind == Kind.OPENED ? "lessonOpened" : "lessonFinished";
    }
}
