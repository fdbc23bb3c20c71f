package org.gramscilens.xapi;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny HTTP proxy in front of the real LRS that misbehaves on cue: answers 500 without forwarding,
 * stalls past the client's timeout, or forwards a batch (so the LRS stores it) and then drops the connection
 * before the answer reaches the client.
 */
final class FaultyProxy implements AutoCloseable {

    enum Fault {
        HTTP_500,
        STALL,
        FORWARD_THEN_DROP
    }

    private final HttpServer server;
    private final URI target;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ConcurrentLinkedQueue<Fault> faults = new ConcurrentLinkedQueue<>();
    final AtomicInteger posts = new AtomicInteger();

    FaultyProxy(URI lrsEndpoint) throws IOException {
        this.target = lrsEndpoint;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/xAPI/");
    }

    /** The next POSTs meet these faults, in order; later ones pass through. */
    void failNext(List<Fault> next) {
        faults.addAll(next);
    }

    private void handle(HttpExchange ex) throws IOException {
        byte[] body = ex.getRequestBody().readAllBytes();
        Fault fault = ex.getRequestMethod().equals("POST") ? faults.poll() : null;
        if (ex.getRequestMethod().equals("POST")) {
            posts.incrementAndGet();
        }
        if (fault == Fault.HTTP_500) {
            ex.sendResponseHeaders(500, -1);
            ex.close();
            return;
        }
        if (fault == Fault.STALL) {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.close();
            return;
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(
                target.resolve(ex.getRequestURI().toString().replaceFirst("^/xAPI/", "")));
        ex.getRequestHeaders().forEach((k, v) -> {
            if (List.of("authorization", "x-experience-api-version", "content-type")
                    .contains(k.toLowerCase())) {
                v.forEach(value -> b.header(k, value));
            }
        });
        b.method(
                ex.getRequestMethod(),
                body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        HttpResponse<byte[]> r;
        try {
            r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ex.close();
            return;
        }
        if (fault == Fault.FORWARD_THEN_DROP) {
            ex.close(); // the LRS has stored the batch; the client never hears so
            return;
        }
        r.headers()
                .firstValue("content-type")
                .ifPresent(v -> ex.getResponseHeaders().add("Content-Type", v));
        ex.sendResponseHeaders(r.statusCode(), r.body().length == 0 ? -1 : r.body().length);
        ex.getResponseBody().write(r.body());
        ex.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
