package org.gramscilens.xapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;

/**
 * The HTTP side of an LRS (xAPI 1.0.3 statements resource): POST a batch, GET statements page by page, and
 * a connection test. Basic auth, {@code X-Experience-API-Version: 1.0.3}. The key and secret live only in
 * this object and the Authorization header; they are never logged or put in a message.
 */
public final class LrsClient {

    public static final String VERSION = "1.0.3";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What became of one POST. */
    public enum Outcome {
        /** 2xx: every statement in the batch is stored. */
        STORED,
        /** 409: a statement with one of these ids and different content is stored already. */
        CONFLICT,
        /** another 4xx: the LRS refused the batch as invalid; sending it again will not help. */
        INVALID,
        /** 401 or 403: the key or secret is wrong; nothing is sent until that is fixed. */
        UNAUTHORISED,
        /** 5xx, 429, a timeout or a broken connection: try again later. */
        RETRY
    }

    /** @param detail the LRS's reason or the network error, for the learner (never holds credentials) */
    public record PostResult(Outcome outcome, int status, String detail) {}

    private final URI endpoint;
    private final String authorization;
    private final Duration timeout;
    private final HttpClient http;

    /**
     * @param endpoint the LRS's xAPI endpoint, e.g. {@code https://lrs.example.org/data/xAPI/} (the
     *                 statements resource is {@code endpoint + "statements"})
     */
    public LrsClient(URI endpoint, String key, String secret, Duration timeout) {
        String e = endpoint.toString();
        this.endpoint = URI.create(e.endsWith("/") ? e : e + "/");
        this.authorization = "Basic "
                + Base64.getEncoder()
                        .encodeToString(((key == null ? "" : key) + ":" + (secret == null ? "" : secret))
                                .getBytes(StandardCharsets.UTF_8));
        this.timeout = timeout;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .build();
    }

    public URI endpoint() {
        return endpoint;
    }

    public PostResult post(List<Statement> batch) {
        ArrayNode body = JSON.createArrayNode();
        batch.forEach(s -> body.add(s.json()));
        HttpRequest request;
        try {
            request = base(endpoint.resolve("statements"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
                    .build();
        } catch (IOException e) {
            throw new IllegalStateException("a statement could not be written as JSON", e);
        }
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            int code = r.statusCode();
            String detail = reason(r.body());
            if (code / 100 == 2) {
                return new PostResult(Outcome.STORED, code, "");
            } else if (code == 409) {
                return new PostResult(Outcome.CONFLICT, code, detail);
            } else if (code == 401 || code == 403) {
                return new PostResult(Outcome.UNAUTHORISED, code, detail);
            } else if (code == 429 || code >= 500 || code == 408) {
                return new PostResult(Outcome.RETRY, code, detail);
            }
            return new PostResult(Outcome.INVALID, code, detail);
        } catch (IOException e) {
            return new PostResult(
                    Outcome.RETRY,
                    0,
                    e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new PostResult(Outcome.RETRY, 0, "interrupted");
        }
    }

    /**
     * Every statement the LRS holds (stored after {@code since}, if given), following {@code more} links,
     * each page handed to {@code page} as it arrives.
     *
     * @throws IOException if the LRS cannot be reached or answers with an error
     */
    public void fetch(Instant since, Consumer<List<ObjectNode>> page) throws IOException {
        fetch(
                "statements?limit=500&ascending=true"
                        + (since == null
                                ? ""
                                : "&since=" + URLEncoder.encode(since.toString(), StandardCharsets.UTF_8)),
                page);
    }

    /**
     * The statements about one activity (an {@code activity} query), page by page. Querying activity by
     * activity keeps each answer small: Learning Locker's in-memory statement service skips and repeats
     * statements when it pages with {@code more} through thousands stored in the same millisecond.
     */
    public void fetchActivity(String activityIri, Consumer<List<ObjectNode>> page) throws IOException {
        fetch("statements?limit=1000&activity=" + URLEncoder.encode(activityIri, StandardCharsets.UTF_8), page);
    }

    /**
     * The answers to one question stored since {@code since} (a live poll): an {@code activity} and
     * {@code verb} query with {@code since}, page by page.
     */
    public void fetchAnswers(String questionIri, Instant since, Consumer<List<ObjectNode>> page) throws IOException {
        fetch(
                "statements?limit=1000&verb=" + URLEncoder.encode(Verbs.ANSWERED.id(), StandardCharsets.UTF_8)
                        + "&activity=" + URLEncoder.encode(questionIri, StandardCharsets.UTF_8)
                        + "&since=" + URLEncoder.encode(since.toString(), StandardCharsets.UTF_8),
                page);
    }

    private void fetch(String query, Consumer<List<ObjectNode>> page) throws IOException {
        URI next = endpoint.resolve(query);
        while (next != null) {
            JsonNode result = JSON.readTree(get(next));
            List<ObjectNode> statements = new ArrayList<>();
            result.path("statements").forEach(s -> {
                if (s instanceof ObjectNode o) {
                    statements.add(o);
                }
            });
            page.accept(statements);
            String more = result.path("more").asText("");
            next = more.isEmpty() || statements.isEmpty() ? null : endpoint.resolve(more);
        }
    }

    /** Checks the endpoint and credentials: a one-statement GET. Returns a problem in plain words, or null. */
    public String testConnection() {
        try {
            get(endpoint.resolve("statements?limit=1"));
            return null;
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    private String get(URI uri) throws IOException {
        try {
            HttpResponse<String> r = http.send(base(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 401 || r.statusCode() == 403) {
                throw new IOException("the LRS at " + endpoint + " refused the key and secret (HTTP " + r.statusCode()
                        + "). Check them in Settings → Class.");
            }
            if (r.statusCode() / 100 != 2) {
                throw new IOException(
                        "the LRS at " + endpoint + " answered HTTP " + r.statusCode() + ": " + reason(r.body()));
            }
            return r.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("the LRS")) {
                throw e;
            }
            throw new IOException(
                    "the LRS at " + endpoint + " could not be reached ("
                            + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                            + "). Check the address and that it is running.",
                    e);
        }
    }

    private HttpRequest.Builder base(URI uri) {
        return HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Authorization", authorization)
                .header("X-Experience-API-Version", VERSION);
    }

    private static String reason(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        try {
            JsonNode n = JSON.readTree(body);
            if (n.has("message")) {
                return n.get("message").asText();
            }
            if (n.has("warnings")) {
                return n.get("warnings").toString();
            }
        } catch (IOException notJson) {
            // fall through: show the start of the body
        }
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
