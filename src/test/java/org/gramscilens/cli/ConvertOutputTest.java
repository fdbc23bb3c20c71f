package org.gramscilens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.gramscilens.files.SmallDisk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Issue 15 D13: {@code convert -o} keeps the old file when it cannot write the new one, and says why. */
class ConvertOutputTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int convert(Path in, Path out) {
        CommandLine cl = new CommandLine(new ConvertCommand());
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        return cl.execute(in.toString(), "--to", "moodle-xml", "-o", out.toString());
    }

    private Path quiz(Path folder) throws Exception {
        Path in = folder.resolve("quiz.gift");
        Files.writeString(in, "::q1:: Hegemony rests on {=consent ~force}\n");
        return in;
    }

    @Test
    void onAFullDiskTheOldOutputSurvivesWhole() throws Exception {
        SmallDisk disk = SmallDisk.mount(dir).orElse(null);
        assumeTrue(disk != null, "cannot mount a tmpfs here (needs root)");
        try (disk) {
            Path in = quiz(dir);
            Path out = disk.root().resolve("quiz.xml");
            assertThat(convert(in, out)).isZero();
            String old = Files.readString(out);
            Files.writeString(in, "::q2:: Another {=one ~two}\n", java.nio.file.StandardOpenOption.APPEND);
            disk.fill();
            assertThat(convert(in, out)).isEqualTo(1);
            assertThat(Files.readString(out)).isEqualTo(old);
            assertThat(err.toString()).contains("No space left on device").contains("unchanged");
        }
    }

    @Test
    void aReadOnlyOutputIsRefusedNotReplaced() throws Exception {
        Path in = quiz(dir);
        Path out = dir.resolve("quiz.xml");
        Files.writeString(out, "keep me");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r--r--r--"));
        assertThat(convert(in, out)).isEqualTo(1);
        assertThat(Files.readString(out)).isEqualTo("keep me");
        assertThat(err.toString()).contains(out.toString()).contains("read-only");
    }
}
