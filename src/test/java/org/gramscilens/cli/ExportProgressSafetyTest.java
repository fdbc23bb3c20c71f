package org.gramscilens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gramscilens.progress.Issue;
import org.gramscilens.progress.Profile;
import org.gramscilens.progress.Profiles;
import org.gramscilens.progress.ProgressStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Issue 15 D11 (export is read-only) and D13 (its output never destroys what it was not asked to). */
class ExportProgressSafetyTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int export(Path output) {
        CommandLine cl = new CommandLine(new ExportProgressCommandTest.ExportParent());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(
                "progress",
                "--to",
                "csv",
                "-o",
                output.toString(),
                "--data-dir",
                dir.resolve("data").toString());
    }

    private Profile profileWithAnswers(int answers) {
        Profiles profiles = new Profiles(dir.resolve("data"));
        Profile p = profiles.create("Ana");
        try (ProgressStore s = profiles.open(p.id())) {
            for (int i = 0; i < answers; i++) {
                s.recordAttempt("q" + i, "m", JsonNodeFactory.instance.textNode("A"), 1, 100);
            }
        }
        return p;
    }

    /** Every file under {@code folder} with its bytes, to compare before and after. */
    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(f)) {
                    all.put(
                            folder.relativize(f).toString(),
                            java.util.HexFormat.of().formatHex(Files.readAllBytes(f)));
                }
            }
        }
        return all;
    }

    @Test
    void anExistingEmptyFolderAsOutputIsRefusedAndKept() throws Exception {
        profileWithAnswers(1);
        Path folder = Files.createDirectory(dir.resolve("exports"));
        assertThat(export(folder)).isEqualTo(1);
        assertThat(folder).isEmptyDirectory();
        assertThat(err.toString()).contains(folder.toString()).contains("it is a folder");
    }

    @Test
    void anUnrelatedTmpFileBesideTheOutputIsLeftAlone() throws Exception {
        profileWithAnswers(1);
        Path unrelated = dir.resolve("x.csv.tmp");
        Files.writeString(unrelated, "someone else's");
        assertThat(export(dir.resolve("x.csv"))).isZero();
        assertThat(Files.readString(unrelated)).isEqualTo("someone else's");
    }

    @Test
    void aReadOnlyOutputIsRefusedWithTheReason() throws Exception {
        profileWithAnswers(1);
        Path target = dir.resolve("keep.csv");
        Files.writeString(target, "precious");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--r--r--"));
        assertThat(export(target)).isEqualTo(1);
        assertThat(Files.readString(target)).isEqualTo("precious");
        assertThat(err.toString()).contains("read-only");
    }

    @Test
    void exportingChangesNoFileOfTheProfileNotEvenAnUncompactedJournal() throws Exception {
        Profile p = profileWithAnswers(0);
        Path copy = dir.resolve("copy");
        try (ProgressStore s = new Profiles(dir.resolve("data")).open(p.id())) {
            s.recordAttempt("q0", "m", JsonNodeFactory.instance.textNode("A"), 1, 100);
            s.recordAttempt("q1", "m", JsonNodeFactory.instance.textNode("A"), 1, 100);
            copyFolder(p.folder(), copy); // as a crash leaves it: the answers only in the journal
        }
        deleteFolder(p.folder());
        copyFolder(copy, p.folder());
        Map<String, String> before = contents(dir.resolve("data"));
        assertThat(export(dir.resolve("out.csv"))).isZero();
        assertThat(Files.readAllLines(dir.resolve("out.csv"))).hasSize(3);
        assertThat(contents(dir.resolve("data"))).isEqualTo(before);
    }

    @Test
    void exportingADamagedProfileMovesNothingAsideAndKeepsTheRestoreOffer() throws Exception {
        Profile p = profileWithAnswers(2);
        Files.writeString(p.folder().resolve("progress.json"), "{ damaged");
        Map<String, String> before = contents(dir.resolve("data"));
        export(dir.resolve("out.csv"));
        assertThat(contents(dir.resolve("data"))).isEqualTo(before);
        try (ProgressStore s = new Profiles(dir.resolve("data")).open(p.id())) {
            assertThat(s.openReport().has(Issue.Kind.SNAPSHOT_UNREADABLE)).isTrue();
            assertThat(s.openReport().offeredBackup()).isPresent();
        }
    }

    @Test
    void aNewerFormatProfileFailsClearlyInsteadOfExportingNothing() throws Exception {
        Profile p = profileWithAnswers(2);
        Path snapshot = p.folder().resolve("progress.json");
        Files.writeString(
                snapshot, Files.readString(snapshot).replace("\"schemaVersion\": 2", "\"schemaVersion\": 99"));
        assertThat(export(dir.resolve("out.csv"))).isEqualTo(1);
        assertThat(dir.resolve("out.csv")).doesNotExist();
        assertThat(err.toString()).contains("newer version");
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else if (!f.getFileName().toString().startsWith("store.lock")) {
                    Files.copy(f, t, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(f);
            }
        }
    }
}
