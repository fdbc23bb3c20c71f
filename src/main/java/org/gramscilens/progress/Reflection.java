package org.gramscilens.progress;

import java.time.Instant;
import java.util.Objects;

/** A learner's written reflection on an essay question. The newest per question is current; older ones stay. */
public record Reflection(long seq, String questionId, String text, Instant at) implements Entry {

    public Reflection {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(at, "at");
    }

    @Override
    public String type() {
        return "reflection";
    }
}
