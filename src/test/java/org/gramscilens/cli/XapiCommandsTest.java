package org.gramscilens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gramscilens.progress.Profile;
import org.gramscilens.progress.Profiles;
import org.gramscilens.progress.ProgressStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export progress --to xapi} and {@code class report --from}, as a learner and a lecturer run them. */
class XapiCommandsTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        Gui noWindow = new Gui() {
            @Override
            public void open(Path content, Path dataDir, boolean benchStartup) {
                throw new AssertionError("no window expected");
            }

            @Override
            public void openEmptyWindowForBenchmark() {
                throw new AssertionError("no window expected");
            }
        };
        return Cli.run(args, noWindow, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void exportedStatementFilesMakeAClassReport() throws Exception {
        Profiles profiles = new Profiles(dir.resolve("data"));
        Profile p = profiles.create("Ana");
        try (ProgressStore s = profiles.open(p.id())) {
            s.recordAttempt(
                    "gramscis-vocabulary-q3",
                    "02-gramscis-vocabulary",
                    JsonNodeFactory.instance.textNode("A"),
                    0,
                    9_000);
            s.recordLessonFinished("what-is-medical-leadership");
        }
        Path statements = dir.resolve("handed-in/ana.json");
        Files.createDirectories(statements.getParent());
        assertThat(run(
                        "export",
                        "progress",
                        "--to",
                        "xapi",
                        "-o",
                        statements.toString(),
                        "--data-dir",
                        dir.resolve("data").toString()))
                .as(err.toString())
                .isZero();
        JsonNode array = new ObjectMapper().readTree(statements.toFile());
        assertThat(array.size()).isEqualTo(2);
        assertThat(array.get(0).path("verb").path("id").asText()).endsWith("/answered");
        assertThat(array.get(0).path("result").path("response").asText()).isEqualTo("A");
        assertThat(array.toString()).doesNotContain("Ana");

        Path csv = dir.resolve("class.csv");
        assertThat(run("class", "report", "--from", statements.getParent().toString(), "-o", csv.toString()))
                .as(err.toString())
                .isZero();
        assertThat(Files.readAllLines(csv)).hasSize(2);
        assertThat(Files.readAllLines(csv).get(1))
                .startsWith("02-gramscis-vocabulary,gramscis-vocabulary-q3,")
                .contains(",1,0.0,A,1,\"No. The party is the classic example");
    }

    @Test
    void aDamagedStatementFileIsNamedWithItsLine() throws Exception {
        Path bad = dir.resolve("in/bad.json");
        Files.createDirectories(bad.getParent());
        Files.writeString(bad, "[\n {\"id\": 1,\n");
        assertThat(run(
                        "class",
                        "report",
                        "--from",
                        bad.getParent().toString(),
                        "-o",
                        dir.resolve("r.csv").toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("bad.json:3:").contains("export progress --to xapi");
        assertThat(dir.resolve("r.csv")).doesNotExist();
    }
}
