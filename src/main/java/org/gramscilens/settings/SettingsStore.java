package org.gramscilens.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gramscilens.files.AtomicWrite;

/**
 * Reads and writes {@code settings.json} in the data folder. A settings file that cannot be read is
 * moved aside (never overwritten) and defaults are used; writes are atomic.
 */
public final class SettingsStore {
    public static final String FILE = "settings.json";
    private final Path file;
    private String warning;

    public SettingsStore(Path dataDir) {
        this.file = dataDir.resolve(FILE);
    }

    public Path file() {
        return file;
    }

    /** A plain-words note when the file could not be read, else null. */
    public String warning() {
        return warning;
    }

    public Settings load() {
        if (!Files.exists(file)) {
            return new Settings();
        }
        try {
            return SettingsJson.read(Files.readAllBytes(file));
        } catch (IOException e) {
            Path aside = file.resolveSibling(FILE + ".unreadable-" + System.currentTimeMillis());
            try {
                Files.move(file, aside);
                warning = "Your settings file could not be read, so default settings are used. "
                        + "The old file was kept as " + aside + ".";
            } catch (IOException moveFailed) {
                warning = "Your settings file " + file + " could not be read; default settings are used.";
            }
            return new Settings();
        }
    }

    public void save(Settings settings) throws IOException {
        writeAtomically(file, bytes(settings));
    }

    /** The file's bytes for {@code settings}: taken on the FX thread, written on another. */
    public static byte[] bytes(Settings settings) throws IOException {
        return SettingsJson.write(settings);
    }

    /** Temporary file, fsync, atomic rename: a reader sees the old or the new file, never half of one. */
    public static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        AtomicWrite.write(target, bytes);
    }
}
