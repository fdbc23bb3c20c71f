package org.gramscilens.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Moodle XML keeps what Moodle has: media, hints, combined feedback, tags, settings. */
class MoodleMediaTest {

    static final String PNG =
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC";

    static final String XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <quiz>
              <question type="multichoice">
                <name><text>Logo</text></name>
                <questiontext format="html">
                  <text><![CDATA[<p>Whose logo is <img src="@@PLUGINFILE@@/red%20dot.png" alt="dot">?</p>]]></text>
                  <file name="red dot.png" path="/" encoding="base64">PNGDATA</file>
                </questiontext>
                <generalfeedback format="html"><text></text></generalfeedback>
                <defaultgrade>2.0000000</defaultgrade>
                <penalty>0.5</penalty>
                <hidden>0</hidden>
                <single>true</single>
                <shuffleanswers>0</shuffleanswers>
                <answernumbering>ABCD</answernumbering>
                <correctfeedback format="html"><text>Well done.</text></correctfeedback>
                <partiallycorrectfeedback format="html"><text>Partly.</text></partiallycorrectfeedback>
                <incorrectfeedback format="html"><text>No.</text></incorrectfeedback>
                <shownumcorrect/>
                <answer fraction="100" format="html"><text>Ours</text><feedback format="html"><text></text></feedback></answer>
                <answer fraction="0" format="html"><text>Theirs</text><feedback format="html"><text></text></feedback></answer>
                <hint format="html"><text>Look at the colour.</text></hint>
                <hint format="html"><text>It is red.</text><shownumcorrect/></hint>
                <idnumber>logo-1</idnumber>
                <tags><tag><text>images</text></tag><tag><text>week 1</text></tag></tags>
              </question>
              <question type="essay">
                <name><text>Reflect</text></name>
                <questiontext format="html"><text>Reflect.</text></questiontext>
                <defaultgrade>1</defaultgrade>
                <penalty>0</penalty>
                <responseformat>plain</responseformat>
                <responserequired>0</responserequired>
                <responsefieldlines>5</responsefieldlines>
                <attachments>2</attachments>
                <attachmentsrequired>0</attachmentsrequired>
                <graderinfo format="html"><text>Look for consent.</text></graderinfo>
                <responsetemplate format="html"><text></text></responsetemplate>
              </question>
            </quiz>
            """.replace("PNGDATA", PNG);

    private final MoodleXmlReader reader = new MoodleXmlReader();
    private final MoodleXmlWriter writer = new MoodleXmlWriter();

    @Test
    void everythingMoodleHasIsReadAndWrittenBack() {
        ParseResult r = reader.read(XML, "bank.xml");
        assertThat(r.problems()).isEmpty();
        Question logo = r.questions().get(0);
        QuestionExtras x = logo.info().extras();
        assertThat(logo.id()).isEqualTo("logo-1");
        assertThat(x.tags()).containsExactly("images", "week 1");
        assertThat(x.files()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("red dot.png");
            assertThat(f.bytes()).isEqualTo(Base64.getDecoder().decode(PNG));
        });
        assertThat(x.moodleElements())
                .extracting(QuestionExtras.MoodleElement::name)
                .containsExactly(
                        "defaultgrade",
                        "penalty",
                        "shuffleanswers",
                        "answernumbering",
                        "correctfeedback",
                        "partiallycorrectfeedback",
                        "incorrectfeedback",
                        "shownumcorrect",
                        "hint",
                        "hint");
        assertThat(r.questions().get(1).info().extras().moodleElements())
                .extracting(QuestionExtras.MoodleElement::name)
                .containsExactly(
                        "responseformat", "responserequired", "responsefieldlines", "attachments", "graderinfo");

        String again = writer.write(r.questions());
        assertThat(again)
                .contains("<defaultgrade>2.0000000</defaultgrade>")
                .doesNotContain("<defaultgrade>1</defaultgrade>\n    <penalty>0.3333333")
                .contains("<shuffleanswers>0</shuffleanswers>")
                .doesNotContain("<shuffleanswers>true")
                .contains("<text>Look at the colour.</text>")
                .contains("<correctfeedback format=\"html\">")
                .contains("<file encoding=\"base64\" name=\"red dot.png\" path=\"/\">"
                        .replace(
                                "encoding=\"base64\" name=\"red dot.png\" path=\"/\"",
                                "name=\"red dot.png\" path=\"/\" encoding=\"base64\""))
                .contains("<responseformat>plain</responseformat>")
                .contains("<text>Look for consent.</text>");
        List<Question> back = reader.read(again, "again.xml").questions();
        assertThat(back.stream().map(Question::withoutSource).toList())
                .isEqualTo(r.questions().stream().map(Question::withoutSource).toList());
        String json = new QuizJson().write(r.questions());
        assertThat(new QuizJson()
                        .read(json, "bank.json").questions().stream()
                                .map(Question::withoutSource)
                                .toList())
                .isEqualTo(r.questions().stream().map(Question::withoutSource).toList());
    }

    @Test
    void convertingToGiftWritesTheFilesBesideItAndSaysWhatWasLeftOut(@TempDir Path dir) throws Exception {
        QuizConverter.Conversion c = new QuizConverter()
                .convert(XML, "bank.xml", QuizFormat.MOODLE_XML, QuizFormat.GIFT, null, dir.resolve("media"));
        assertThat(Files.readAllBytes(dir.resolve("media/red dot.png")))
                .isEqualTo(Base64.getDecoder().decode(PNG));
        assertThat(c.output())
                .contains("<img src\\=\"media/red dot.png\" alt\\=\"dot\">")
                .doesNotContain("@@PLUGINFILE@@")
                .startsWith("// [id:logo-1]\n// [tag:images]\n// [tag:week 1]\n::Logo::");
        assertThat(c.problems())
                .allMatch(GiftProblem::warning)
                .extracting(GiftProblem::message)
                .containsExactly(
                        "question 'logo-1': its embedded files (red dot.png) are written to " + dir.resolve("media")
                                + " and its text links there; keep that folder beside the quiz",
                        "question 'logo-1' cannot be written exactly as GIFT: GIFT has no place for Moodle settings <defaultgrade>,"
                                + " <penalty>, <shuffleanswers>, <answernumbering>, <correctfeedback>, <partiallycorrectfeedback>,"
                                + " <incorrectfeedback>, <shownumcorrect>, <hint>, so they are left out",
                        "question 'Reflect' cannot be written exactly as GIFT: GIFT has no place for Moodle settings"
                                + " <responseformat>, <responserequired>, <responsefieldlines>, <attachments>, <graderinfo>,"
                                + " so they are left out");

        QuizConverter.Conversion noFolder =
                new QuizConverter().convert(XML, "bank.xml", QuizFormat.MOODLE_XML, QuizFormat.GIFT, null, null);
        assertThat(noFolder.problems().get(0).message())
                .contains("GIFT has no place for embedded files (red dot.png)" + " and Moodle settings <defaultgrade>");
    }
}
