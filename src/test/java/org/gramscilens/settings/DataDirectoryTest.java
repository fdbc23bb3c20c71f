package org.gramscilens.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {
    private final Path home = Path.of("/home/learner");

    @Test
    void optionWinsThenEnvironmentThenPlatform() {
        assertThat(DataDirectory.resolve(Path.of("/d"), Map.of("GRAMSCI_LENS_HOME", "/e"), "Linux", home))
                .isEqualTo(Path.of("/d"));
        assertThat(DataDirectory.resolve(null, Map.of("GRAMSCI_LENS_HOME", "/e"), "Linux", home))
                .isEqualTo(Path.of("/e"));
        assertThat(DataDirectory.resolve(null, Map.of(), "Linux", home))
                .isEqualTo(home.resolve(".local/share/gramsci-lens"));
        assertThat(DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "/x"), "Linux", home))
                .isEqualTo(Path.of("/x/gramsci-lens"));
        assertThat(DataDirectory.resolve(null, Map.of("APPDATA", "/appdata"), "Windows 11", home))
                .isEqualTo(Path.of("/appdata/GramsciLens"));
        assertThat(DataDirectory.resolve(null, Map.of(), "Mac OS X", home))
                .isEqualTo(home.resolve("Library/Application Support/GramsciLens"));
    }

    @Test
    void unreadableSettingsAreKeptAsideNotOverwritten(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("settings.json"), "{ not json");
        SettingsStore store = new SettingsStore(dir);
        Settings s = store.load();
        assertThat(s.theme).isEqualTo("light");
        assertThat(store.warning()).contains("could not be read");
        try (var files = Files.list(dir)) {
            Path aside = files.filter(p -> p.getFileName().toString().startsWith("settings.json.unreadable-"))
                    .findFirst()
                    .orElseThrow();
            assertThat(Files.readString(aside)).isEqualTo("{ not json");
        }
    }

    @Test
    void aValueOfTheWrongKindKeepsItsDefaultAndTheRestIsRead(@TempDir Path dir) throws Exception {
        Files.writeString(
                dir.resolve("settings.json"),
                "{\"windowX\": \"NaN\", \"windowWidth\": \"wide\", \"zoom\": 1.4, \"theme\": \"dark\", \"extra\": [1, {\"a\": 2}]}");
        SettingsStore store = new SettingsStore(dir);
        Settings s = store.load();
        assertThat(store.warning()).isNull();
        assertThat(s.windowX).isNull();
        assertThat(s.windowWidth).isEqualTo(1200);
        assertThat(s.zoom).isEqualTo(1.4);
        assertThat(s.theme).isEqualTo("dark");
    }

    @Test
    void settingsRoundTrip(@TempDir Path dir) throws Exception {
        SettingsStore store = new SettingsStore(dir);
        Settings s = new Settings();
        s.theme = "dark";
        s.zoom = 1.3;
        s.course("/c").last = "lesson:cadres";
        store.save(s);
        Settings back = new SettingsStore(dir).load();
        assertThat(back.theme).isEqualTo("dark");
        assertThat(back.zoom).isEqualTo(1.3);
        assertThat(back.courses.get("/c").last).isEqualTo("lesson:cadres");
        assertThat(Files.exists(dir.resolve("settings.json.tmp"))).isFalse();
    }
}
