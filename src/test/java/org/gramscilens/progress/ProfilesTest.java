package org.gramscilens.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gramscilens.progress.Fixtures.json;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Several learners on one seminar-room computer, never mixed. */
class ProfilesTest {

    @TempDir
    Path data;

    private Profiles profiles() {
        return new Profiles(data, Fixtures.options());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Ana María O'Neil | ana-maria-o-neil",
                "  Zoë   Brontë-Smith  | zoe-bronte-smith",
                "Łukasz Størmer | lukasz-stormer",
                "Straße | strasse",
                "Дмитрий | learner",
                "李雷 | learner",
                "con | con-1",
                "Group 3 (Tuesday) | group-3-tuesday"
            })
    void idsAreMadeFromDisplayNames(String name, String id) {
        assertThat(ProfileIds.fromDisplayName(name)).isEqualTo(id);
        assertThat(ProfileIds.isValid(id)).isTrue();
    }

    @Test
    void longNamesGiveShortIds() {
        String id = ProfileIds.fromDisplayName("a".repeat(100));
        assertThat(id).hasSizeLessThanOrEqualTo(36);
        assertThat(ProfileIds.isValid(id + "-999")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "..",
                "../ana",
                "ana/..",
                "a/b",
                "a\\b",
                "Ana",
                "-ana",
                "ana-",
                "a--b",
                "nul",
                "lpt1",
                "ana.json"
            })
    void idsThatCouldEscapeOrBreakAFolderNameAreInvalid(String id) {
        assertThat(ProfileIds.isValid(id)).isFalse();
        assertThat(profiles().find(id)).isEmpty();
    }

    @Test
    void createdProfilesAreListedByNameWithTheirOwnFolders() {
        Profile ana = profiles().create("Ana María");
        Profile bo = profiles().create("bo");
        Profile ana2 = profiles().create("Ana Maria");
        assertThat(ana.id()).isEqualTo("ana-maria");
        assertThat(ana2.id()).isEqualTo("ana-maria-2");
        assertThat(ana.folder())
                .isEqualTo(data.resolve("profiles").resolve("ana-maria").toAbsolutePath());
        assertThat(profiles().list()).extracting(Profile::displayName).containsExactly("Ana María", "Ana Maria", "bo");
        assertThat(profiles().list()).extracting(Profile::id).containsExactly("ana-maria", "ana-maria-2", "bo");
        assertThat(profiles().find("bo")).contains(bo);
    }

    @Test
    void aBlankNameIsRefused() {
        assertThatThrownBy(() -> profiles().create("   "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name");
    }

    @Test
    void profilesNeverMix() {
        Profile ana = profiles().create("Ana");
        Profile bo = profiles().create("Bo");
        try (ProgressStore a = profiles().open(ana.id());
                ProgressStore b = profiles().open(bo.id())) {
            assertThat(a.isReadOnly()).isFalse();
            assertThat(b.isReadOnly()).isFalse();
            a.recordAttempt("q1", "m", json("\"ana's answer\""), 1, 1);
            a.recordReflection("e1", "Ana's reflection");
            b.recordAttempt("q1", "m", json("\"bo's answer\""), 0, 1);
            b.putSetting("theme", json("\"dark\""));
        }
        try (ProgressStore a = profiles().open(ana.id());
                ProgressStore b = profiles().open(bo.id())) {
            assertThat(a.view().attempts())
                    .singleElement()
                    .extracting(q -> q.answer().asText())
                    .isEqualTo("ana's answer");
            assertThat(a.view().settings()).isEmpty();
            assertThat(b.view().attempts())
                    .singleElement()
                    .extracting(q -> q.answer().asText())
                    .isEqualTo("bo's answer");
            assertThat(b.view().reflections()).isEmpty();
        }
    }

    @Test
    void openingAnUnknownOrUnsafeIdIsRefused() {
        profiles().create("Ana");
        assertThatThrownBy(() -> profiles().open("../profiles/ana")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> profiles().open("nobody"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no profile 'nobody'");
    }

    @Test
    void theLastChosenProfileIsRemembered() {
        assertThat(profiles().lastChosen()).isEmpty();
        profiles().create("Ana");
        Profile bo = profiles().create("Bo");
        profiles().choose("ana").close();
        profiles().choose("bo").close();
        assertThat(profiles().lastChosen()).contains(bo);
    }

    @Test
    void aProfileWhoseNameFileIsDamagedIsStillListed() throws Exception {
        Profile ana = profiles().create("Ana");
        Files.writeString(ana.folder().resolve("profile.json"), "{ damaged");
        assertThat(profiles().list()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("ana");
            assertThat(p.displayName()).isEqualTo("ana");
        });
    }
}
