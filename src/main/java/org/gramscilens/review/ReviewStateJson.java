package org.gramscilens.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.gramscilens.quiz.ReviewState;

/**
 * How a {@link ReviewState} is kept in the progress store ({@code ProgressStore.putReviewState}), which
 * stores it as given and never looks inside:
 *
 * <pre>
 * {"repetitions":1,"ease":2.5,"intervalDays":1,
 *  "lastReviewed":"2025-03-04T10:15:37Z","due":"2025-03-05T10:15:37Z"}
 * </pre>
 *
 * <ul>
 *   <li>{@code repetitions} (integer ≥ 0), {@code ease} (number ≥ 1.3), {@code intervalDays} (integer ≥ 0):
 *       required;</li>
 *   <li>{@code lastReviewed}, {@code due}: ISO-8601 instants, missing or {@code null} when unknown (a state
 *       without {@code due} is due at once).</li>
 * </ul>
 * The names follow the example in docs/progress-format.md. Reading ignores other fields, so a later
 * release may add some; a value that does not have this shape reads as no state at all.
 */
public final class ReviewStateJson {

    private ReviewStateJson() {}

    public static ObjectNode toJson(ReviewState state) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("repetitions", state.repetitions());
        o.put("ease", state.easeFactor());
        o.put("intervalDays", state.intervalDays());
        putInstant(o, "lastReviewed", state.lastReviewed());
        putInstant(o, "due", state.due());
        return o;
    }

    /** The state a JSON value holds; empty if it is not a review state of the shape above. */
    public static Optional<ReviewState> fromJson(JsonNode json) {
        if (json == null || !json.isObject()) {
            return Optional.empty();
        }
        JsonNode reps = json.get("repetitions");
        JsonNode ease = json.get("ease");
        JsonNode interval = json.get("intervalDays");
        if (reps == null
                || !reps.canConvertToInt()
                || !reps.isIntegralNumber()
                || ease == null
                || !ease.isNumber()
                || interval == null
                || !interval.canConvertToInt()
                || !interval.isIntegralNumber()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ReviewState(
                    reps.intValue(),
                    ease.doubleValue(),
                    interval.intValue(),
                    instant(json.get("lastReviewed")),
                    instant(json.get("due"))));
        } catch (IllegalArgumentException | DateTimeParseException bad) {
            return Optional.empty();
        }
    }

    private static void putInstant(ObjectNode o, String name, Instant value) {
        if (value == null) {
            o.putNull(name);
        } else {
            o.put(name, value.toString());
        }
    }

    private static Instant instant(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new IllegalArgumentException("not an instant: " + node);
        }
        return Instant.parse(node.asText());
    }
}
