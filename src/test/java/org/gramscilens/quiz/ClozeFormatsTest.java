package org.gramscilens.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cloze questions through Moodle XML (Moodle's own fixture), JSON and GIFT (which cannot hold them). */
class ClozeFormatsTest {

    private final QuizConverter converter = new QuizConverter();

    private static final String XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <quiz>
              <question type="cloze">
                <name><text>Capitals</text></name>
                <questiontext format="html">
                  <text><![CDATA[<p>The capital of Germany is {2:SHORTANSWER:=Berlin#Good~*#No}; pi is about
            {1:NUMERICAL:=3.14:0.01}; the sky is {1:MCV:red~=blue#Yes}.</p>]]></text>
                </questiontext>
                <generalfeedback format="html"><text>Well.</text></generalfeedback>
                <penalty>0.5</penalty>
                <hidden>0</hidden>
                <hint format="html"><text>Think of maps.</text></hint>
                <idnumber>CAP-1</idnumber>
              </question>
            </quiz>
            """;

    @Test
    void moodlesMultianswerFixtureIsReadWithItsGapsAndPictures() {
        ParseResult r = new MoodleXmlReader().read(MoodleFixturesTest.fixture("multianswer.xml"), "multianswer.xml");
        assertThat(r.problems()).isEmpty();
        Cloze c = (Cloze) r.questions().get(0);
        assertThat(c.title()).isEqualTo("cloze with images");
        assertThat(c.category()).isEqualTo("$course$/Default for Test images in backup");
        assertThat(c.gaps()).hasSize(5);
        assertThat(c.gaps())
                .extracting(ClozeGap::layout)
                .containsExactly(
                        ClozeGap.Layout.DROPDOWN,
                        ClozeGap.Layout.DROPDOWN,
                        ClozeGap.Layout.DROPDOWN,
                        ClozeGap.Layout.DROPDOWN,
                        ClozeGap.Layout.TEXT);
        assertThat(c.gaps().get(1).choices()).extracting(Choice::weight).containsExactly(0.0, 100.0);
        ShortAnswer paris = (ShortAnswer) c.gaps().get(4).question();
        assertThat(paris.answers()).extracting(AcceptedAnswer::text).containsExactly("Paris", "Marseille", "*");
        assertThat(paris.answers().get(1).feedback().text())
                .isEqualTo("No, that is the second largest city in France (after<br />Paris).");
        assertThat(c.text().text()).contains("* Tucson: {#2}<br />").endsWith("The capital of France is {#5}.</p>");
        assertThat(c.info().extras().files())
                .extracting(QuestionExtras.MediaFile::name)
                .containsExactly("arizona_2.png", "california-state-flag.png", "moodle.png");
        Grade g = new Grader()
                .grade(
                        c,
                        new Response.Gaps(List.of(
                                new Response.SingleChoice(0),
                                new Response.SingleChoice(1),
                                new Response.SingleChoice(1),
                                new Response.SingleChoice(1),
                                new Response.ShortText("Marseille"))))
                .orElseThrow();
        assertThat(g.fraction()).isEqualTo((1 + 1 + 0 + 1 + 0.5) / 5);
    }

    @Test
    void moodlesFixtureSurvivesMoodleXmlAndJsonRoundTrips() {
        List<Question> read = new MoodleXmlReader()
                .read(MoodleFixturesTest.fixture("multianswer.xml"), "m.xml").questions().stream()
                        .map(Question::withoutSource)
                        .toList();
        String xml = new MoodleXmlWriter().write(read);
        assertThat(xml).contains("<question type=\"cloze\">", "{1:MULTICHOICE:California#Wrong~%100%Arizona#OK}");
        ParseResult back = new MoodleXmlReader().read(xml, "back.xml");
        assertThat(back.problems()).isEmpty();
        assertThat(back.questions().stream().map(Question::withoutSource).toList())
                .isEqualTo(read);
        ParseResult json = new QuizJson().read(new QuizJson().write(read), "m.json");
        assertThat(json.problems()).isEmpty();
        assertThat(json.questions().stream().map(Question::withoutSource).toList())
                .isEqualTo(read);
    }

    @Test
    void settingsHintsAndIdNumberOfAClozeQuestionAreKept() {
        List<Question> read = new MoodleXmlReader()
                .read(XML, "c.xml").questions().stream()
                        .map(Question::withoutSource)
                        .toList();
        Cloze c = (Cloze) read.get(0);
        assertThat(c.id()).isEqualTo("CAP-1");
        assertThat(c.totalWeight()).isEqualTo(4);
        String xml = new MoodleXmlWriter().write(read);
        assertThat(xml)
                .contains(
                        "<penalty>0.5</penalty>",
                        "<hint format=\"html\">",
                        "<idnumber>CAP-1</idnumber>",
                        "{2:SHORTANSWER:=Berlin#Good~*#No}")
                .doesNotContain("<defaultgrade>");
        assertThat(new MoodleXmlReader()
                        .read(xml, "x").questions().stream()
                                .map(Question::withoutSource)
                                .toList())
                .isEqualTo(read);
    }

    @Test
    void giftHasNoClozeSoTheQuestionIsLeftOutWithOneWarning() {
        String both = XML.replace("</quiz>", """
                  <question type="truefalse">
                    <name><text>tf</text></name>
                    <questiontext format="moodle_auto_format"><text>Rome is in Italy.</text></questiontext>
                    <answer fraction="100"><text>true</text></answer>
                    <answer fraction="0"><text>false</text></answer>
                  </question>
                </quiz>""");
        QuizConverter.Conversion c = converter.convert(both, "c.xml", QuizFormat.MOODLE_XML, QuizFormat.GIFT);
        assertThat(c.output()).contains("::tf::").doesNotContain("Berlin");
        assertThat(c.problems()).allMatch(GiftProblem::warning);
        assertThat(c.problems())
                .extracting(Object::toString)
                .anySatisfy(p -> assertThat(p)
                        .startsWith(
                                "c.xml:3:3: warning: question 'CAP-1' cannot be written exactly as GIFT: GIFT has no embedded-answers"
                                        + " (cloze) questions, so it is left out"));
    }

    @Test
    void aClozeQuestionMoodleWouldRefuseIsNamedWithItsLine() {
        String bad = XML.replace("{1:MCV:red~=blue#Yes}", "{1:MCV:=blue}");
        ParseResult r = new MoodleXmlReader().read(bad, "c.xml");
        assertThat(r.questions()).isEmpty();
        assertThat(r.problems())
                .extracting(Object::toString)
                .containsExactly("c.xml:3:3: cloze question 'Capitals' is"
                        + " left out: gap 3 ({1:MCV:=blue}): a choice gap needs at least 2 answers");
    }

    @Test
    void refusedTypesAreNamedByTitleAndLine() {
        StringBuilder xml = new StringBuilder("<quiz>\n");
        for (String type : List.of("calculated", "ddwtos", "gapselect", "ordering", "random")) {
            xml.append("<question type=\"")
                    .append(type)
                    .append("\"><name><text>My ")
                    .append(type)
                    .append("</text></name><questiontext><text>x</text></questiontext></question>\n");
        }
        ParseResult r = new MoodleXmlReader().read(xml.append("</quiz>").toString(), "r.xml");
        assertThat(r.problems())
                .extracting(Object::toString)
                .containsExactly(
                        "r.xml:2:1: question 'My calculated' at line 2 is a calculated question (its numbers come from formulas"
                                + " and data sets Moodle fills in), which Gramsci Lens cannot show, so it is left out; it reads"
                                + " multichoice, truefalse, shortanswer, numerical, matching, essay, description and cloze questions",
                        "r.xml:3:1: question 'My ddwtos' at line 3 is a drag-and-drop question, which Gramsci Lens cannot show,"
                                + " so it is left out; it reads multichoice, truefalse, shortanswer, numerical, matching, essay,"
                                + " description and cloze questions",
                        "r.xml:4:1: question 'My gapselect' at line 4 is a select-missing-words question, which Gramsci Lens"
                                + " cannot show, so it is left out; it reads multichoice, truefalse, shortanswer, numerical,"
                                + " matching, essay, description and cloze questions",
                        "r.xml:5:1: question 'My ordering' at line 5 is an ordering question, which Gramsci Lens cannot show,"
                                + " so it is left out; it reads multichoice, truefalse, shortanswer, numerical, matching, essay,"
                                + " description and cloze questions",
                        "r.xml:6:1: question 'My random' at line 6 is a random question (Moodle picks it from a category when"
                                + " the quiz starts), which Gramsci Lens cannot show, so it is left out; it reads multichoice,"
                                + " truefalse, shortanswer, numerical, matching, essay, description and cloze questions");
    }
}
