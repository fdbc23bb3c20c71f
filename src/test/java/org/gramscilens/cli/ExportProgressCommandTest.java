package org.gramscilens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gramscilens.progress.Profile;
import org.gramscilens.progress.Profiles;
import org.gramscilens.progress.ProgressStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExportProgressCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** As the lead registers it: {@code export progress ...}, with the app's one-line error handler. */
    private int run(String... args) {
        CommandLine cl = new CommandLine(new ExportParent());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine()
                    .getErr()
                    .println(ex.getCommandLine().getCommandSpec().qualifiedName() + ": "
                            + ex.getMessage().lines().findFirst().orElse(""));
            return 2;
        });
        String[] all = new String[args.length + 1];
        all[0] = "progress";
        System.arraycopy(args, 0, all, 1, args.length);
        return cl.execute(all);
    }

    @CommandLine.Command(name = "export", subcommands = ExportProgressCommand.class)
    static final class ExportParent {}

    private Profile profileWithAnswers(String name, int answers) {
        Profiles profiles = new Profiles(dir);
        Profile p = profiles.create(name);
        try (ProgressStore s = profiles.open(p.id())) {
            for (int i = 0; i < answers; i++) {
                s.recordAttempt("cadres-q" + (i + 1), "04-cadres", JsonNodeFactory.instance.textNode("A"), i % 2, 100);
            }
        }
        return p;
    }

    @Test
    void writesACsvWithAHeaderAndOneRowPerAnswerOfTheOnlyProfile() throws Exception {
        profileWithAnswers("Ana", 3);
        Path csv = dir.resolve("ana.csv");
        assertThat(run("--to", "csv", "-o", csv.toString(), "--data-dir", dir.toString()))
                .isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo(org.gramscilens.review.ProgressCsv.HEADER);
        assertThat(lines.get(3))
                .startsWith("Ana,")
                .contains(",04-cadres,cadres-q3,")
                .contains(",answer,")
                .endsWith(",0,100");
        assertThat(out.toString())
                .isEqualTo("progress: wrote 3 answers of profile 'ana' to " + csv + System.lineSeparator());
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void writesJsonOfTheNamedProfile() throws Exception {
        profileWithAnswers("Ana", 1);
        Profile ben = profileWithAnswers("Ben", 2);
        Path json = dir.resolve("ben.json");
        assertThat(run("--to", "JSON", "-o", json.toString(), "--profile", ben.id(), "--data-dir", dir.toString()))
                .isZero();
        assertThat(Files.readString(json))
                .contains("\"schemaVersion\"")
                .contains("cadres-q2")
                .doesNotContain("\"seq\":3");
    }

    @Test
    void wrongArgumentsExitTwoWithOneLine() throws Exception {
        profileWithAnswers("Ana", 1);
        profileWithAnswers("Ben", 1);
        Path o = dir.resolve("x.csv");
        assertThat(run("--to", "xml", "-o", o.toString(), "--data-dir", dir.toString()))
                .isEqualTo(2);
        assertThat(err.toString())
                .isEqualTo("export progress: Unknown format 'xml': use csv, json or xapi" + System.lineSeparator());
        err.getBuffer().setLength(0);
        assertThat(run("--to", "csv", "-o", o.toString(), "--data-dir", dir.toString()))
                .isEqualTo(2);
        assertThat(err.toString())
                .contains("Several profiles")
                .contains("ana, ben")
                .contains("--profile ID")
                .hasLineCount(1);
        err.getBuffer().setLength(0);
        assertThat(run("--to", "csv", "-o", o.toString(), "--profile", "zoe", "--data-dir", dir.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("No profile 'zoe'").hasLineCount(1);
        err.getBuffer().setLength(0);
        assertThat(run("--to", "csv", "--data-dir", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("-o").hasLineCount(1);
        assertThat(o).doesNotExist();
    }

    @Test
    void noProfilesOrAnUnwritableFileExitOne() throws Exception {
        assertThat(run("--to", "csv", "-o", dir.resolve("x.csv").toString(), "--data-dir", dir.toString()))
                .isEqualTo(1);
        assertThat(err.toString())
                .startsWith("progress: there are no learner profiles in ")
                .hasLineCount(1);
        profileWithAnswers("Ana", 1);
        err.getBuffer().setLength(0);
        Path nowhere = dir.resolve("missing-folder").resolve("x.csv");
        assertThat(run("--to", "csv", "-o", nowhere.toString(), "--data-dir", dir.toString()))
                .isEqualTo(1);
        assertThat(err.toString())
                .startsWith(
                        "progress: cannot write " + nowhere + ": the folder " + nowhere.getParent() + " does not exist")
                .hasLineCount(1);
    }
}
