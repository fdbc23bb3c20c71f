package org.gramscilens.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15 D13: every output goes through one writer that never destroys what it was not asked to. */
class AtomicWriteTest {

    @TempDir
    Path dir;

    private java.util.List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aSuccessfulWriteReplacesTheWholeFileAndLeavesNoTemporaryFile() throws Exception {
        Path target = dir.resolve("out.csv");
        Files.writeString(target, "a much longer old content that must not survive in any part");
        AtomicWrite.writeString(target, "new");
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(names()).containsExactly("out.csv");
    }

    @Test
    void anExistingEmptyFolderIsRefusedAndKept() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("exports"));
        assertThatThrownBy(() -> AtomicWrite.writeString(folder, "x"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(folder.toString())
                .hasMessageContaining("it is a folder");
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void anUnrelatedFileNamedLikeTheOldTemporaryFileIsLeftAlone() throws Exception {
        Path unrelated = dir.resolve("x.csv.tmp");
        Files.writeString(unrelated, "someone else's work");
        AtomicWrite.writeString(dir.resolve("x.csv"), "export");
        assertThat(Files.readString(unrelated)).isEqualTo("someone else's work");
        assertThat(names()).containsExactly("x.csv", "x.csv.tmp");
    }

    @Test
    void aReadOnlyTargetIsRefusedWithTheReasonAndNotReplaced() throws Exception {
        Path target = dir.resolve("keep.txt");
        Files.writeString(target, "precious");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--r--r--"));
        assertThatThrownBy(() -> AtomicWrite.writeString(target, "overwritten"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(target.toString())
                .hasMessageContaining("read-only");
        assertThat(Files.readString(target)).isEqualTo("precious");
    }

    @Test
    void aFailureHalfWayKeepsTheOldFileSaysWhyAndLeavesNoTemporaryFile() throws Exception {
        Path target = dir.resolve("progress.json");
        Files.writeString(target, "old, complete");
        assertThatThrownBy(() -> AtomicWrite.write(target, out -> {
                    out.write("new, but only the first ha".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("No space left on device");
                }))
                .hasMessageContaining(target.toString())
                .hasMessageContaining("No space left on device")
                .hasMessageContaining("unchanged");
        assertThat(Files.readString(target)).isEqualTo("old, complete");
        assertThat(names()).containsExactly("progress.json");
    }

    @Test
    void aMissingFolderIsNamed() {
        Path target = dir.resolve("no/such/out.csv");
        assertThatThrownBy(() -> AtomicWrite.writeString(target, "x"))
                .hasMessageContaining(dir.resolve("no/such").toString())
                .hasMessageContaining("does not exist");
    }

    @Test
    void leftoversOfThisWriterAreTidiedButNothingElse() throws Exception {
        Files.writeString(dir.resolve(".progress.json.abc123.tmp"), "half");
        Files.writeString(dir.resolve("progress.json.tmp"), "not ours");
        AtomicWrite.deleteLeftovers(dir.resolve("progress.json"));
        assertThat(names()).containsExactly("progress.json.tmp");
    }
}
