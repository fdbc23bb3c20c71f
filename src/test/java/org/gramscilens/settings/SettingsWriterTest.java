package org.gramscilens.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsWriterTest {
    @TempDir
    Path dir;

    private final List<String> written = Collections.synchronizedList(new ArrayList<>());

    private SettingsWriter writer(long delayMs) {
        return new SettingsWriter(
                dir.resolve("settings.json"),
                (file, bytes) -> {
                    SettingsStore.writeAtomically(file, bytes);
                    written.add(new String(bytes, StandardCharsets.UTF_8));
                },
                delayMs,
                written::add);
    }

    @Test
    void manyChangesInQuickSuccessionAreOneWriteOfTheNewest() throws Exception {
        SettingsWriter w = writer(300);
        for (int i = 0; i < 50; i++) {
            w.saveLater(("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8));
        }
        assertThat(written).as("nothing is written on the caller's thread").isEmpty();
        Thread.sleep(1500);
        assertThat(written).containsExactly("{\"n\":49}");
        assertThat(Files.readString(dir.resolve("settings.json"))).isEqualTo("{\"n\":49}");
        w.close();
    }

    @Test
    void closeWritesWhatIsPendingAtOnce() throws Exception {
        SettingsWriter w = writer(60_000);
        w.saveLater("{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        w.saveLater("{\"a\":2}".getBytes(StandardCharsets.UTF_8));
        w.close();
        assertThat(written).containsExactly("{\"a\":2}");
        assertThat(Files.readString(dir.resolve("settings.json"))).isEqualTo("{\"a\":2}");
    }

    @Test
    void aFailedWriteIsReportedAndTheNextChangeTriesAgain() throws Exception {
        Path blocked = dir.resolve("blocked");
        Files.writeString(blocked, "a file where a folder should be");
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        SettingsWriter w =
                new SettingsWriter(blocked.resolve("settings.json"), SettingsStore::writeAtomically, 10, errors::add);
        w.saveLater("{}".getBytes(StandardCharsets.UTF_8));
        Thread.sleep(500);
        assertThat(errors).singleElement().asString().contains("could not save settings to " + blocked);
        Files.delete(blocked);
        w.saveLater("{\"b\":1}".getBytes(StandardCharsets.UTF_8));
        w.close();
        assertThat(Files.readString(blocked.resolve("settings.json"))).isEqualTo("{\"b\":1}");
    }

    @Test
    void closingTwiceIsHarmless(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        SettingsWriter writer = new SettingsWriter(dir.resolve("settings.json"), m -> {});
        writer.saveLater(new byte[] {'{', '}'});
        writer.close();
        writer.close();
        writer.saveLater(new byte[] {'{', '}'});
        org.assertj.core.api.Assertions.assertThat(dir.resolve("settings.json")).hasContent("{}");
    }
}
