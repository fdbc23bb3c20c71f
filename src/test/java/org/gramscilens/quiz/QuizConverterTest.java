package org.gramscilens.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuizConverterTest {

    private final QuizConverter converter = new QuizConverter();

    @Test
    void formatsFromFileNamesAndCommandLineNames() {
        assertThat(QuizFormat.fromFileName(Path.of("m/quiz.gift"))).contains(QuizFormat.GIFT);
        assertThat(QuizFormat.fromFileName(Path.of("export.TXT"))).contains(QuizFormat.GIFT);
        assertThat(QuizFormat.fromFileName(Path.of("questions.xml"))).contains(QuizFormat.MOODLE_XML);
        assertThat(QuizFormat.fromFileName(Path.of("q.json"))).contains(QuizFormat.JSON);
        assertThat(QuizFormat.fromFileName(Path.of("q.docx"))).isEmpty();
        assertThat(QuizFormat.fromCliName("moodle-xml")).contains(QuizFormat.MOODLE_XML);
        assertThat(QuizFormat.fromCliName("xml")).isEmpty();
    }

    @Test
    void convertsThroughEveryFormatAndBack() {
        String gift = QuizSamples.read(QuizSamples.giftFiles()
                .filter(p -> p.endsWith("every-type.gift"))
                .findFirst()
                .orElseThrow());
        List<Question> original = QuizSamples.withoutSources(
                converter.read(gift, "a.gift", QuizFormat.GIFT).questions());
        for (QuizFormat via : QuizFormat.values()) {
            QuizConverter.Conversion there = converter.convert(gift, "a.gift", QuizFormat.GIFT, via);
            assertThat(there.problems()).as(via.cliName()).isEmpty();
            QuizConverter.Conversion back = converter.convert(there.output(), "b", via, QuizFormat.GIFT);
            assertThat(back.problems()).isEmpty();
            assertThat(QuizSamples.withoutSources(back.questions()))
                    .as(via.cliName())
                    .isEqualTo(original);
        }
    }

    @Test
    void reportsInputProblemsAndWhatGiftCannotHold() {
        String xml = """
                <quiz>
                  <question type="shortanswer">
                    <name><text>cs</text></name>
                    <questiontext format="html"><text>Which service?</text></questiontext>
                    <usecase>1</usecase>
                    <answer fraction="100"><text>NHS</text></answer>
                  </question>
                  <question type="ddwtos">
                    <name><text>drag</text></name>
                  </question>
                </quiz>
                """;
        QuizConverter.Conversion c = converter.convert(xml, "in.xml", QuizFormat.MOODLE_XML, QuizFormat.GIFT);
        assertThat(c.output()).isEqualTo("::cs:: [html]Which service? {\n\t=NHS\n}\n\n");
        assertThat(c.problems())
                .extracting(Object::toString)
                .containsExactly(
                        "in.xml:8:3: question 'drag' at line 8 is a drag-and-drop question, which Gramsci Lens cannot show, so it is"
                                + " left out; it reads multichoice, truefalse, shortanswer, numerical, matching, essay, description"
                                + " and cloze questions",
                        "in.xml:2:3: warning: question 'cs' cannot be written exactly as GIFT: GIFT cannot mark a short answer as"
                                + " case-sensitive; it will be read back as case-insensitive");
    }
}
