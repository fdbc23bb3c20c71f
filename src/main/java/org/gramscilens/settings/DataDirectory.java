package org.gramscilens.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where a learner's data lives (DESIGN.md): {@code --data-dir}, else {@code $GRAMSCI_LENS_HOME}, else the
 * platform's convention.
 */
public final class DataDirectory {
    private DataDirectory() {}

    public static Path resolve(Path option, Map<String, String> env, String osName, Path home) {
        if (option != null) {
            return option.toAbsolutePath().normalize();
        }
        String explicit = env.get("GRAMSCI_LENS_HOME");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit).toAbsolutePath().normalize();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming"))
                    .resolve("GramsciLens");
        }
        if (os.contains("mac") || os.contains("darwin")) {
            return home.resolve("Library").resolve("Application Support").resolve("GramsciLens");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank()
                        ? Path.of(xdg)
                        : home.resolve(".local").resolve("share"))
                .resolve("gramsci-lens");
    }

    /** The data folder for this process. */
    public static Path resolve(Path option) {
        return resolve(
                option, System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }
}
