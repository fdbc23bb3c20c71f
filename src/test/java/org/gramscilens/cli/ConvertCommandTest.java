package org.gramscilens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ConvertCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = new CommandLine(new ConvertCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    @Test
    void convertsGiftToMoodleXmlOnStandardOutput() throws Exception {
        Path in = write("quiz.gift", "::q1:: Hegemony is consent backed by force. {T}\n");
        assertThat(run(in.toString(), "--to", "moodle-xml")).isZero();
        assertThat(out.toString())
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n")
                .contains("<question type=\"truefalse\">")
                .contains("<text>q1</text>");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void writesToTheOutputFile() throws Exception {
        Path in = write("quiz.txt", "::q1:: x {=a ~b}\n");
        Path target = dir.resolve("quiz.json");
        assertThat(run(in.toString(), "--to", "json", "-o", target.toString())).isZero();
        assertThat(out.toString()).isEmpty();
        assertThat(Files.readString(target)).contains("\"formatVersion\" : 1").contains("\"type\" : \"multichoice\"");
    }

    @Test
    void readsXmlAndJsonByTheirExtensions() throws Exception {
        Path json = write(
                "in.json",
                "{\"formatVersion\": 1, \"questions\": [{\"type\": \"essay\", \"title\": \"e\", \"text\": \"Reflect.\"}]}");
        assertThat(run(json.toString(), "--to", "gift")).isZero();
        assertThat(out.toString()).isEqualTo("::e:: Reflect. {}\n\n");
        Path xml = write(
                "in.xml",
                "<quiz><question type=\"description\"><name><text>d</text></name>"
                        + "<questiontext format=\"moodle_auto_format\"><text>Hello</text></questiontext></question></quiz>");
        out.getBuffer().setLength(0);
        assertThat(run(xml.toString(), "--to", "gift")).isZero();
        assertThat(out.toString()).isEqualTo("::d:: Hello\n\n");
    }

    @Test
    void problemsGoToStandardErrorOnePerLineWithExitOneAndTheRestIsStillWritten() throws Exception {
        Path in = write("bad.gift", "::ok:: Fine {T}\n\n::bad:: Broken {=a ~b\n\n::w:: {~%33%x ~y}\n");
        Path o = in.resolveSibling("out.gift");
        assertThat(run(in.toString(), "--to", "gift", "-o", o.toString())).isEqualTo(1);
        assertThat(err.toString().split("\\R"))
                .containsExactly(
                        in + ":3:16: unclosed '{': the answer block has no closing '}'",
                        in
                                + ":5:9: bad weight '%33%': weight 33% is not one Moodle accepts; the nearest is 33.33333% (Moodle"
                                + " accepts 100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667,"
                                + " 14.28571, 12.5, 11.11111, 10, 5, 0 and their negatives)");
        assertThat(out.toString()).isEmpty();
        assertThat(Files.readString(o)).isEqualTo("::ok:: Fine {TRUE}\n\n");
    }

    @Test
    void problemsWithoutAnOutputFileWriteNothingToStandardOutput() throws Exception {
        Path in = write("bad.gift", "::ok:: Fine {T}\n\n::bad:: Broken {=a ~b\n");
        assertThat(run(in.toString(), "--to", "json")).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines().toList())
                .last()
                .asString()
                .contains("nothing written")
                .contains("-o FILE");
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        Path in = write("quiz.gift", "x {T}\n");
        assertThat(run(in.toString(), "--to", "docx")).isEqualTo(2);
        assertThat(err.toString())
                .contains("Unknown output format 'docx': use gift, moodle-xml or json")
                .contains("Usage:");

        err.getBuffer().setLength(0);
        Path odd = write("quiz.docx", "x");
        assertThat(run(odd.toString(), "--to", "gift")).isEqualTo(2);
        assertThat(err.toString()).contains("Cannot tell the format of '" + odd + "' from its name");

        err.getBuffer().setLength(0);
        assertThat(run(dir.resolve("missing.gift").toString(), "--to", "gift")).isEqualTo(2);
        assertThat(err.toString()).contains("No such file: " + dir.resolve("missing.gift"));

        err.getBuffer().setLength(0);
        assertThat(run(in.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required option: '--to=FORMAT'");

        assertThat(run()).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void helpDescribesTheCommand() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString())
                .contains("Usage: convert [-h] [--keep-markup] [--strict] [--course=DIR] [--lesson=ID]")
                .contains("gift, moodle-xml or json")
                .contains("2 wrong arguments");
    }

    @Test
    void exportsCitationsAndCourseLinksAsPlainTextUnlessAskedToKeepThem() throws Exception {
        Files.writeString(dir.resolve("course.yaml"), "title: T\nmodules: []\n");
        Files.writeString(
                dir.resolve("references.yaml"),
                "references:\n  - key: therborn1980\n"
                        + "    authors: [\"Therborn, G\u00f6ran\"]\n    year: 1980\n    title: What Does the Ruling Class Do\n");
        Files.createDirectories(dir.resolve("modules/04-cadres"));
        Path in = write(
                "modules/04-cadres/quiz.gift",
                "::c:: Who are [cadres](glossary:cadre)? {\n"
                        + "=organisers#See [@therborn1980, pp. 58-59] and [the lesson](lesson:04-cadres#top).\n~owners}\n");
        assertThat(run(in.toString(), "--to", "moodle-xml")).isZero();
        assertThat(out.toString())
                .contains("Who are cadres?")
                .contains("See (Therborn 1980, pp. 58-59) and the lesson.")
                .doesNotContain("[@")
                .doesNotContain("glossary:");
        assertThat(err.toString()).isEmpty();

        out.getBuffer().setLength(0);
        assertThat(run(in.toString(), "--to", "gift", "--keep-markup")).isZero();
        assertThat(out.toString()).contains("[@therborn1980, pp. 58-59]").contains("(glossary\\:cadre)");
    }

    @Test
    void anUnknownCitationKeyIsAWarningThatStrictTurnsIntoFailure() throws Exception {
        Path in = write("quiz.gift", "::c:: Who? {=a#As [@nobody2020] says. ~b}\n");
        assertThat(run(in.toString(), "--to", "gift")).isZero();
        assertThat(out.toString()).contains("As (nobody2020) says.");
        assertThat(err.toString())
                .contains(in + ":0:0: warning: citation key 'nobody2020' is not in the course's" + " references.yaml");
        err.getBuffer().setLength(0);
        assertThat(run(in.toString(), "--to", "gift", "--strict")).isEqualTo(1);
        assertThat(err.toString()).contains("warning: citation key 'nobody2020'");
    }

    @Test
    void aClozeQuestionGoesToMoodleXmlWholeAndToGiftWithAWarningThatStrictTurnsIntoFailure() throws Exception {
        Path in = write(
                "bank.xml",
                "<quiz>\n<question type=\"cloze\"><name><text>Cap</text></name><questiontext"
                        + " format=\"html\"><text>Capital: {1:SHORTANSWER:=Berlin#Right}</text></questiontext></question>\n"
                        + "<question type=\"truefalse\"><name><text>tf</text></name><questiontext><text>Yes?</text>"
                        + "</questiontext><answer fraction=\"100\"><text>true</text></answer></question>\n</quiz>\n");
        assertThat(run(in.toString(), "--to", "moodle-xml")).isZero();
        assertThat(out.toString()).contains("<question type=\"cloze\">", "Capital: {1:SHORTANSWER:=Berlin#Right}");
        assertThat(err.toString()).isEmpty();
        out.getBuffer().setLength(0);
        assertThat(run(in.toString(), "--to", "gift")).isZero();
        assertThat(out.toString()).contains("::tf::").doesNotContain("Berlin");
        assertThat(err.toString())
                .isEqualTo(in + ":2:1: warning: question 'Cap' cannot be written exactly as GIFT: GIFT"
                        + " has no embedded-answers (cloze) questions, so it is left out; convert to moodle-xml or json to keep it"
                        + System.lineSeparator());
        err.getBuffer().setLength(0);
        assertThat(run(in.toString(), "--to", "gift", "--strict")).isEqualTo(1);
    }

    @Test
    void everyBundledQuizReachesMoodleWithoutThisAppsMarkup() throws Exception {
        int questions = 0;
        try (var quizzes = Files.list(Path.of("content/modules"))) {
            for (Path module : quizzes.sorted().toList()) {
                Path quiz = module.resolve("quiz.gift");
                if (!Files.exists(quiz)) {
                    continue;
                }
                out.getBuffer().setLength(0);
                assertThat(run(quiz.toString(), "--to", "moodle-xml", "--strict"))
                        .as(quiz.toString())
                        .isZero();
                String xml = out.toString();
                questions += xml.split("<question type=\"(?!category)", -1).length - 1;
                assertThat(xml)
                        .as(quiz.toString())
                        .doesNotContain("[@")
                        .doesNotContain("glossary:")
                        .doesNotContain("lesson:")
                        .containsPattern("\\([A-Z][^()]* (19|20)[0-9]{2}(, pp?\\. [0-9-]+)?\\)");
            }
        }
        assertThat(questions).isGreaterThanOrEqualTo(100);
        assertThat(err.toString()).isEmpty();
    }
}
