package org.gramscilens.settings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Writes {@code settings.json} in the background, at most once per {@link #DELAY_MS}: every navigation
 * changes the last place read, and an fsync per page turn is wasted work. The newest bytes always win; a
 * write still pending when the window closes is done by {@link #close()}.
 */
public final class SettingsWriter implements AutoCloseable {
    public static final long DELAY_MS = 500;

    /** Writes the bytes to the file; {@link SettingsStore#writeAtomically} in the app. */
    public interface Write {
        void write(Path file, byte[] bytes) throws IOException;
    }

    private final Path file;
    private final Write write;
    private final long delayMs;
    private final Consumer<String> onError;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "settings-writer");
        t.setDaemon(true);
        return t;
    });
    private byte[] pending;
    private ScheduledFuture<?> scheduled;

    /** @param onError told a plain message when a write fails (the next change tries again) */
    public SettingsWriter(Path file, Write write, long delayMs, Consumer<String> onError) {
        this.file = file;
        this.write = write;
        this.delayMs = delayMs;
        this.onError = onError;
    }

    public SettingsWriter(Path file, Consumer<String> onError) {
        this(file, SettingsStore::writeAtomically, DELAY_MS, onError);
    }

    /** Remembers {@code bytes} as the file's next content and returns at once. */
    public synchronized void saveLater(byte[] bytes) {
        pending = bytes;
        if (scheduled == null && !thread.isShutdown()) {
            scheduled = thread.schedule(this::writePending, delayMs, TimeUnit.MILLISECONDS);
        }
    }

    private void writePending() {
        byte[] bytes;
        synchronized (this) {
            bytes = pending;
            pending = null;
            scheduled = null;
        }
        if (bytes == null) {
            return;
        }
        try {
            write.write(file, bytes);
        } catch (IOException e) {
            onError.accept("could not save settings to " + file + ": " + e.getMessage());
        }
    }

    /**
     * Writes what is pending now, waits for it (a few seconds at most), and stops the thread. Closing again
     * does nothing: a window may be closed both by the user and by the app shutting down.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (thread.isShutdown()) {
                return;
            }
            if (scheduled != null) {
                scheduled.cancel(false);
                scheduled = null;
            }
        }
        thread.execute(this::writePending);
        thread.shutdown();
        try {
            thread.awaitTermination(3, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
