package org.gramscilens.files;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The app's log file: what goes wrong in the desktop app, where a user can find it and attach it to a bug
 * report. Code logs through {@link System#getLogger(String)} under {@code org.gramscilens}; the JDK sends
 * that to java.util.logging, and {@link #install} adds a handler writing {@code logs/gramsci-lens.0.log} in
 * the data folder, rotated at 1 MB with three files kept. Messages still reach standard error as well.
 */
public final class AppLog {
    private static final String ROOT = "org.gramscilens";
    private static final int LIMIT_BYTES = 1_000_000;
    private static final int FILES = 3;
    /** Held here: java.util.logging keeps loggers only weakly, and the handler must stay attached. */
    private static final Logger APP = Logger.getLogger(ROOT);

    /** JavaFX's own logger (held for the same reason); see {@link #quietClassPathWarning}. */
    private static final Logger JAVAFX = Logger.getLogger("javafx");

    private static volatile Path file;

    private AppLog() {}

    /**
     * Drops JavaFX's start-up warning "Unsupported JavaFX configuration: classes were loaded from 'unnamed
     * module'", which {@code java -jar} prints on every start because JavaFX then runs from the class path.
     * The packaged app runs JavaFX as modules; from the jar, the app runs and is tested this way, so the
     * warning tells a user nothing they can act on. Every other JavaFX message still reaches the log.
     */
    public static void quietClassPathWarning() {
        JAVAFX.setFilter(entry ->
                entry.getMessage() == null || !entry.getMessage().startsWith("Unsupported JavaFX configuration"));
    }

    /**
     * Starts writing the log in {@code dataDir/logs}. Returns the current log file, or empty when the folder
     * cannot be written (a read-only data folder): the app then logs to standard error only.
     */
    public static synchronized Optional<Path> install(Path dataDir) {
        if (file != null) {
            return Optional.of(file);
        }
        Path dir = dataDir.resolve("logs");
        try {
            Files.createDirectories(dir);
            FileHandler handler =
                    new FileHandler(dir.resolve("gramsci-lens.%g.log").toString(), LIMIT_BYTES, FILES, true);
            handler.setFormatter(new LineFormatter());
            handler.setLevel(Level.INFO);
            APP.addHandler(handler);
            file = dir.resolve("gramsci-lens.0.log");
            System.getLogger(ROOT).log(System.Logger.Level.INFO, "started; log file " + file);
            return Optional.of(file);
        } catch (IOException | RuntimeException e) {
            System.getLogger(ROOT)
                    .log(System.Logger.Level.WARNING, "cannot write the log file in " + dir + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The log file in use, if {@link #install} found a writable place for it. */
    public static Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** Detaches the file handler (tests that install into a temporary folder). */
    static synchronized void uninstall() {
        for (Handler h : APP.getHandlers()) {
            if (h instanceof FileHandler) {
                APP.removeHandler(h);
                h.close();
            }
        }
        file = null;
    }

    /** One line per record: time, level, logger, message; then the stack trace, if any. */
    private static final class LineFormatter extends Formatter {
        @Override
        public String format(LogRecord r) {
            StringBuilder b = new StringBuilder()
                    .append(Instant.ofEpochMilli(r.getMillis()))
                    .append(' ')
                    .append(r.getLevel().getName())
                    .append(' ')
                    .append(r.getLoggerName())
                    .append(": ")
                    .append(formatMessage(r))
                    .append(System.lineSeparator());
            if (r.getThrown() != null) {
                StringWriter trace = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(trace));
                b.append(trace);
            }
            return b.toString();
        }
    }
}
