package org.gramscilens.ui.classview;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.gramscilens.course.Course;
import org.gramscilens.settings.ClassSettings;
import org.gramscilens.ui.present.LivePollSource;
import org.gramscilens.xapi.ActivityIds;
import org.gramscilens.xapi.LrsClient;

/**
 * Live poll answers from the class LRS: the {@code answered} statements about the poll's question stored
 * since the slide opened, each learner's latest response counted once, read as option letters (a choice
 * response {@code B}, several {@code A[,]C}, true/false as A/B).
 */
public final class LrsPollSource implements LivePollSource {

    private final LrsClient client;
    private final ActivityIds ids;

    public LrsPollSource(ClassSettings settings, Course course) {
        this.client = new LrsClient(
                URI.create(settings.endpoint()), settings.key(), settings.secret(), Duration.ofSeconds(5));
        this.ids = new ActivityIds(course.info().title());
    }

    @Override
    public Map<String, Integer> answers(String questionId, Instant since) throws IOException {
        Map<String, JsonNode> latest = new HashMap<>();
        client.fetchAnswers(
                ids.question(questionId),
                since,
                page -> page.forEach(s -> {
                    String who = learner(s);
                    JsonNode before = latest.get(who);
                    if (before == null || !timestamp(s).isBefore(timestamp(before))) {
                        latest.put(who, s);
                    }
                }));
        return count(latest.values());
    }

    static Map<String, Integer> count(Iterable<JsonNode> statements) {
        Map<String, Integer> counts = new TreeMap<>();
        for (JsonNode s : statements) {
            String response = s.path("result").path("response").asText("");
            for (String part : response.split("\\[,\\]")) {
                String letter = switch (part) {
                    case "true" -> "A";
                    case "false" -> "B";
                    default -> part;
                };
                if (letter.matches("[A-Z]{1,2}")) {
                    counts.merge(letter, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    private static String learner(JsonNode s) {
        JsonNode actor = s.path("actor");
        return actor.has("mbox")
                ? actor.get("mbox").asText()
                : actor.path("account").path("name").asText();
    }

    private static Instant timestamp(JsonNode s) {
        try {
            return Instant.parse(s.path("timestamp").asText());
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }
}
