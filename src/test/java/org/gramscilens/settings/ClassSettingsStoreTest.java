package org.gramscilens.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassSettingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void savedOwnerOnlyReadBackAndNeverPrintsTheSecret() throws IOException {
        ClassSettingsStore store = new ClassSettingsStore(dir);
        assertThat(store.load()).isEqualTo(ClassSettings.none());
        assertThat(ClassSettings.none().sending())
                .as("off until the learner turns it on")
                .isFalse();
        ClassSettings s = new ClassSettings(
                " https://lrs.example.org/xAPI/ ", "key", "top-secret", true, false, "Ann", "ann@example.org", false);
        store.save(s);
        assertThat(Files.getPosixFilePermissions(store.file())).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        ClassSettings back = store.load();
        assertThat(back).isEqualTo(s);
        assertThat(back.endpoint()).isEqualTo("https://lrs.example.org/xAPI/");
        assertThat(back.sending()).isTrue();
        assertThat(back.sharedName()).as("name only when the learner chooses").isNull();
        assertThat(back.toString()).doesNotContain("top-secret");
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).containsExactly(store.file()); // no temporary file left
        }
    }

    @Test
    void aBadAddressIsNamedAndADamagedFileIsReportedWithItsLineNotOverwritten() throws IOException {
        assertThat(new ClassSettings("lrs.example.org", "", "", true, false, "", "", false).endpointProblem())
                .hasValueSatisfying(p -> assertThat(p).contains("http://"));
        assertThat(new ClassSettings("lrs.example.org", "", "", true, false, "", "", false).sending())
                .isFalse();
        ClassSettingsStore store = new ClassSettingsStore(dir);
        Files.writeString(store.file(), "{\n  \"endpoint\": \"x\",\n  oops\n}");
        assertThatThrownBy(store::load).isInstanceOf(IOException.class).hasMessageContaining(store.file() + ":3:");
        assertThat(Files.readString(store.file())).contains("oops");
    }

    @Test
    void aCourseSuggestsAnLrsInCourseYaml() throws IOException {
        Files.writeString(dir.resolve("course.yaml"), """
                title: "A course"
                class:
                  lrs: https://lrs.example.org/data/xAPI/
                  send-progress: true
                modules:
                  - id: 01-a
                """);
        assertThat(ClassDefaults.of(dir)).contains(new ClassDefaults("https://lrs.example.org/data/xAPI/", true));
        Files.writeString(dir.resolve("course.yaml"), "title: \"No class\"\nmodules:\n  - id: 01-a\n");
        assertThat(ClassDefaults.of(dir)).isEmpty();
    }
}
