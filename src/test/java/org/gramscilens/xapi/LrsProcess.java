package org.gramscilens.xapi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A real LRS for tests: Learning Locker's xAPI statement service (npm {@code xapi-statements@5.0.1}) in
 * memory on a free 127.0.0.1 port. It is installed once into {@code target/lrs} (by {@code .ci/run}, or
 * here with npm when missing). It accepts any Basic credentials and validates statements.
 */
public final class LrsProcess implements AutoCloseable {

    static final String PACKAGE = "xapi-statements@5.0.1";
    private static final Path INSTALL = Path.of("target", "lrs");

    private final Path storage;
    private final int port;
    private Process process;

    private LrsProcess(Path storage, int port) {
        this.storage = storage;
        this.port = port;
    }

    public static LrsProcess start(Path storage) throws Exception {
        LrsProcess lrs = new LrsProcess(storage, freePort());
        lrs.restart();
        return lrs;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** The xAPI endpoint (the statements resource is {@code endpoint() + "statements"}). */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port + "/xAPI/");
    }

    int port() {
        return port;
    }

    static synchronized Path installed() throws Exception {
        Path main = INSTALL.resolve("node_modules/xapi-statements/dist/index.js");
        if (!Files.exists(main)) {
            Files.createDirectories(INSTALL);
            Process npm = new ProcessBuilder(
                            "npm", "install", "--prefix", INSTALL.toString(), PACKAGE, "--no-audit", "--no-fund")
                    .redirectErrorStream(true)
                    .redirectOutput(INSTALL.resolveSibling("lrs-npm.log").toFile())
                    .start();
            if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0 || !Files.exists(main)) {
                npm.destroyForcibly();
                throw new IllegalStateException("npm could not install " + PACKAGE + " into " + INSTALL
                        + "; see target/lrs-npm.log. These tests need Node and npm (see docs/xapi.md).");
            }
        }
        return main;
    }

    /** Starts the service (again, after {@link #kill()}): an in-memory LRS, so it starts empty. */
    void restart() throws Exception {
        Path main = installed();
        Files.createDirectories(storage);
        ProcessBuilder pb = new ProcessBuilder("node", main.getFileName().toString())
                .directory(main.getParent().getParent().toFile())
                .redirectErrorStream(true);
        pb.command("node", "dist/index.js");
        pb.environment().put("AUTH_REPO", "test");
        pb.environment().put("EVENTS_REPO", "test");
        pb.environment().put("MODELS_REPO", "memory");
        pb.environment().put("STORAGE_REPO", "local");
        pb.environment().put("FS_LOCAL_STORAGE_DIR", storage.toAbsolutePath().toString());
        pb.environment().put("EXPRESS_PORT", String.valueOf(port));
        process = pb.start();
        CountDownLatch listening = new CountDownLatch(1);
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader r = new BufferedReader(
                            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                        for (String line; (line = r.readLine()) != null; ) {
                            if (line.contains("Listening on port")) {
                                listening.countDown();
                            }
                        }
                    } catch (IOException ended) {
                        // the process stopped
                    }
                },
                "lrs-output");
        reader.setDaemon(true);
        reader.start();
        if (!listening.await(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the LRS did not start listening on port " + port + " within 60 s");
        }
    }

    /** Kills the service at once, as a crash or a pulled cable would. */
    public void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }
}
