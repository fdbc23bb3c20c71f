package org.gramscilens.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gramscilens.quiz.QuizSamples.withoutSources;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class MoodleXmlTest {

    private final GiftParser gift = new GiftParser();
    private final MoodleXmlWriter writer = new MoodleXmlWriter();
    private final MoodleXmlReader reader = new MoodleXmlReader();
    private final XPath xpath = XPathFactory.newInstance().newXPath();

    static Stream<Path> samples() {
        return QuizSamples.giftFiles();
    }

    private List<Question> parseGift(String text) {
        ParseResult r = gift.parse(text, "t.gift");
        assertThat(r.problems()).isEmpty();
        return r.questions();
    }

    /** Parses with the JDK's DOM parser, which fails on anything not well-formed. */
    private static Document dom(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private String x(Document d, String path) throws Exception {
        return xpath.evaluate(path, d);
    }

    private int count(Document d, String path) throws Exception {
        return ((NodeList) xpath.evaluate(path, d, XPathConstants.NODESET)).getLength();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void giftToXmlToModelEqualsGiftToModel(Path file) throws Exception {
        List<Question> fromGift = parseGift(QuizSamples.read(file));
        String xml = writer.write(fromGift);
        dom(xml);
        ParseResult back = reader.read(xml, "t.xml");
        assertThat(back.problems()).isEmpty();
        assertThat(withoutSources(back.questions())).isEqualTo(withoutSources(fromGift));
    }

    @Test
    void elementNamesAndValuesAreMoodles() throws Exception {
        Document d = dom(writer.write(parseGift(QuizSamples.read(samplePath("every-type.gift")))));
        assertThat(d.getDocumentElement().getNodeName()).isEqualTo("quiz");
        assertThat(x(d, "/quiz/question[1]/@type")).isEqualTo("category");
        assertThat(x(d, "/quiz/question[1]/category/text")).isEqualTo("$course$/top/Gramsci's vocabulary");
        assertThat(count(d, "/quiz/question[@type='category']")).isEqualTo(2);

        // Every real question has the common elements.
        int real = count(d, "/quiz/question[@type!='category']");
        assertThat(real).isEqualTo(15);
        for (String element : List.of(
                "name/text",
                "questiontext[@format]/text",
                "generalfeedback[@format]/text",
                "defaultgrade",
                "penalty",
                "hidden")) {
            assertThat(count(d, "/quiz/question[@type!='category']/" + element))
                    .as(element)
                    .isEqualTo(real);
        }

        String mc = "/quiz/question[name/text='cadres-mc']";
        assertThat(x(d, mc + "/@type")).isEqualTo("multichoice");
        assertThat(x(d, mc + "/single")).isEqualTo("true");
        assertThat(x(d, mc + "/shuffleanswers")).isEqualTo("true");
        assertThat(x(d, mc + "/answernumbering")).isEqualTo("abc");
        assertThat(x(d, mc + "/questiontext/@format")).isEqualTo("moodle_auto_format");
        assertThat(x(d, mc + "/answer[@fraction='100']/text")).isEqualTo("its intellectuals");
        assertThat(x(d, mc + "/answer[@fraction='100']/@format")).isEqualTo("moodle_auto_format");
        assertThat(x(d, mc + "/answer[@fraction='100']/feedback/text")).isEqualTo("Yes, organic intellectuals.");
        assertThat(x(d, mc + "/generalfeedback/text")).isEqualTo("Intellectuals in Gramsci's wide sense.");

        String ma = "/quiz/question[name/text='cadres-ma']";
        assertThat(x(d, ma + "/single")).isEqualTo("false");
        assertThat(count(d, ma + "/answer[@fraction='33.33333']")).isEqualTo(3);
        assertThat(count(d, ma + "/answer[@fraction='-100']")).isEqualTo(1);

        String tf = "/quiz/question[name/text='hegemony-tf-fb']";
        assertThat(x(d, tf + "/@type")).isEqualTo("truefalse");
        assertThat(x(d, tf + "/penalty")).isEqualTo("1");
        assertThat(x(d, tf + "/answer[text='true']/@fraction")).isEqualTo("0");
        assertThat(x(d, tf + "/answer[text='false']/@fraction")).isEqualTo("100");
        assertThat(x(d, tf + "/answer[text='false']/feedback/text")).isEqualTo("Correct: hegemony needs consent.");

        String sa = "/quiz/question[name/text='common-sense-sa']";
        assertThat(x(d, sa + "/@type")).isEqualTo("shortanswer");
        assertThat(x(d, sa + "/usecase")).isEqualTo("0");
        assertThat(x(d, sa + "/answer[@fraction='50']/text")).isEqualTo("folklore");

        String match = "/quiz/question[name/text='conjuncture-match']";
        assertThat(x(d, match + "/@type")).isEqualTo("matching");
        assertThat(count(d, match + "/subquestion")).isEqualTo(4);
        assertThat(x(d, match + "/subquestion[1]/text")).isEqualTo("conjuncture");
        assertThat(x(d, match + "/subquestion[1]/answer/text")).isEqualTo("the present balance of forces");
        assertThat(x(d, match + "/subquestion[4]/text")).isEmpty();

        String num = "/quiz/question[name/text='range-num']";
        assertThat(x(d, num + "/@type")).isEqualTo("numerical");
        assertThat(x(d, num + "/answer/text")).isEqualTo("1931.5");
        assertThat(x(d, num + "/answer/tolerance")).isEqualTo("4.5");

        String missing = "/quiz/question[name/text='missing-mc']";
        assertThat(x(d, missing + "/@type")).isEqualTo("multichoice");
        assertThat(x(d, missing + "/questiontext/text"))
                .isEqualTo("A leader with no followers has authority but no _____.");
        assertThat(x(d, "/quiz/question[name/text='missing-sa']/@type")).isEqualTo("shortanswer");

        assertThat(x(d, "/quiz/question[name/text='essay-reflection']/@type")).isEqualTo("essay");
        assertThat(x(d, "/quiz/question[name/text='essay-reflection']/responseformat"))
                .isEqualTo("editor");
        assertThat(x(d, "/quiz/question[name/text='map-intro']/@type")).isEqualTo("description");
        assertThat(x(d, "/quiz/question[name/text='map-intro']/defaultgrade")).isEqualTo("0");
    }

    @Test
    void numericalWritesToleranceAndStar() throws Exception {
        Document d = dom(writer.write(parseGift("::n:: x {#=42:0.5#yes ~#no}")));
        assertThat(x(d, "/quiz/question/answer[1]/text")).isEqualTo("42");
        assertThat(x(d, "/quiz/question/answer[1]/tolerance")).isEqualTo("0.5");
        assertThat(x(d, "/quiz/question/answer[2]/text")).isEqualTo("*");
        assertThat(x(d, "/quiz/question/answer[2]/@fraction")).isEqualTo("0");
        assertThat(x(d, "/quiz/question/answer[2]/feedback/text")).isEqualTo("no");
    }

    @Test
    void textGoesInCdataAndAwkwardTextStaysWellFormed() throws Exception {
        Question q = new MultipleChoice(
                QuestionInfo.of("a <b> & \"c\"", FormattedText.of("<p>x ]]> y & \u0001</p>", TextFormat.HTML)),
                List.of(Choice.of("1 < 2", 100), Choice.of("]]>", 0)));
        List<Question> questions = QuestionIds.assign(List.of(q), (a, b) -> {});
        String xml = writer.write(questions);
        assertThat(xml)
                .contains(
                        "<questiontext format=\"html\">\n      <text><![CDATA[<p>x ]]]]><![CDATA[> y & \uFFFD</p>]]></text>");
        assertThat(xml).contains("<name>\n      <text>a &lt;b&gt; &amp; \"c\"</text>");
        Document d = dom(xml);
        assertThat(x(d, "/quiz/question/questiontext/text")).isEqualTo("<p>x ]]> y & \uFFFD</p>");
        ParseResult back = reader.read(xml, "t.xml");
        assertThat(back.questions().get(0).title()).isEqualTo("a <b> & \"c\"");
        assertThat(((MultipleChoice) back.questions().get(0))
                        .choices()
                        .get(1)
                        .text()
                        .text())
                .isEqualTo("]]>");
    }

    @Test
    void untitledQuestionsAreNamedByIdAndReadBackUntitled() throws Exception {
        List<Question> qs =
                parseGift("Who writes history? {=the victors ~nobody}\n\nWho writes history? {=the victors ~nobody}\n");
        String xml = writer.write(qs);
        Document d = dom(xml);
        String id = QuestionIds.fromText("Who writes history?");
        assertThat(x(d, "/quiz/question[1]/name/text")).isEqualTo(id);
        assertThat(x(d, "/quiz/question[2]/name/text")).isEqualTo(id + "-2");
        List<Question> back = reader.read(xml, "t.xml").questions();
        assertThat(back).extracting(Question::title).containsExactly("", "");
        assertThat(back).extracting(Question::id).containsExactly(id, id + "-2");
    }

    @Test
    void caseSensitiveShortAnswerSurvivesXml() {
        List<Question> qs = QuestionIds.assign(
                List.of(new ShortAnswer(
                        QuestionInfo.of("cs", FormattedText.moodle("Name?")),
                        List.of(AcceptedAnswer.of("Gramsci", 100)),
                        true)),
                (a, b) -> {});
        assertThat(withoutSources(reader.read(writer.write(qs), "t.xml").questions()))
                .isEqualTo(qs);
    }

    @Test
    void readsAMoodleExport() {
        ParseResult r = reader.read(QuizSamples.read(samplePath("moodle-export.xml")), "moodle-export.xml");
        assertThat(r.problems()).isEmpty();
        List<Question> qs = r.questions();
        assertThat(qs)
                .extracting(Question::id)
                .containsExactly("heg-1", "Prison", "Common sense", "Born", "Wars", "Reflection", "Blank", "Interlude");
        assertThat(qs).allMatch(q -> q.category().equals("$course$/top/Default for Leadership/Hegemony"));

        MultipleChoice mc = (MultipleChoice) qs.get(0);
        assertThat(mc.text())
                .isEqualTo(FormattedText.of("<p>Hegemony combines consent with what?</p>", TextFormat.HTML));
        assertThat(mc.generalFeedback())
                .isEqualTo(FormattedText.of("<p>Gramsci's \"dual perspective\".</p>", TextFormat.HTML));
        assertThat(mc.choices()).hasSize(2); // the blank answer is dropped, as Moodle drops it
        assertThat(mc.choices().get(0))
                .isEqualTo(new Choice(
                        FormattedText.of("<p>coercion</p>", TextFormat.HTML),
                        100,
                        FormattedText.of("<p>Yes: force in reserve.</p>", TextFormat.HTML)));
        assertThat(mc.source()).isEqualTo(new SourcePosition(15, 3));

        TrueFalse tf = (TrueFalse) qs.get(1);
        assertThat(tf.answer()).isTrue();
        assertThat(tf.trueFeedback()).isEqualTo(FormattedText.moodle("From 1929."));
        assertThat(tf.falseFeedback()).isEqualTo(FormattedText.moodle("He did: the Notebooks."));

        ShortAnswer sa = (ShortAnswer) qs.get(2);
        assertThat(sa.caseSensitive()).isTrue();
        assertThat(sa.answers())
                .containsExactly(
                        new AcceptedAnswer("common sense", 100, FormattedText.of("**Yes.**", TextFormat.MARKDOWN)),
                        AcceptedAnswer.of("*sense*", 33.33333));

        Numerical num = (Numerical) qs.get(3);
        assertThat(num.answers())
                .containsExactly(
                        new NumericAnswer(
                                new BigDecimal("1891"),
                                BigDecimal.ZERO,
                                100,
                                FormattedText.of("Ales, Sardinia.", TextFormat.HTML)),
                        new NumericAnswer(
                                new BigDecimal("1891"),
                                new BigDecimal("5"),
                                50,
                                FormattedText.of("Close.", TextFormat.HTML)),
                        NumericAnswer.any(0, FormattedText.of("No.", TextFormat.HTML)));

        Matching m = (Matching) qs.get(4);
        assertThat(m.pairs())
                .containsExactly(
                        new MatchPair(
                                FormattedText.of("<p>war of position</p>", TextFormat.HTML),
                                "trench warfare for consent"),
                        new MatchPair(
                                FormattedText.of("<p>war of manoeuvre</p>", TextFormat.HTML),
                                "frontal assault on the state"),
                        new MatchPair(FormattedText.EMPTY, "passive revolution"));

        assertThat(qs.get(5)).isInstanceOf(Essay.class);
        assertThat(qs.get(6)).isInstanceOf(MissingWord.class);
        MissingWord mw = (MissingWord) qs.get(6);
        assertThat(mw.underlying()).isInstanceOf(MultipleAnswer.class);
        assertThat(mw.blankText()).isEqualTo("_______");
        assertThat(mw.textAfter()).isEqualTo(" of the dominant group.");
        assertThat(qs.get(7)).isInstanceOf(Description.class);
    }

    @Test
    void reportsWhatItCannotReadAndReadsTheRest() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <quiz>
                  <question type="calculated">
                    <name><text>c</text></name>
                    <questiontext format="html"><text>{a} + {b}?</text></questiontext>
                  </question>
                  <question type="truefalse">
                    <questiontext format="html"><text>no name</text></questiontext>
                  </question>
                  <question type="multichoice">
                    <name><text>bad weight</text></name>
                    <questiontext format="html"><text>q</text></questiontext>
                    <answer fraction="42"><text>a</text></answer>
                    <answer fraction="0"><text>b</text></answer>
                  </question>
                  <question type="numerical">
                    <name><text>bad number</text></name>
                    <questiontext format="html"><text>q</text></questiontext>
                    <answer fraction="100"><text>twelve</text></answer>
                  </question>
                  <question type="truefalse">
                    <name><text>good</text></name>
                    <questiontext format="html"><text>fine</text></questiontext>
                    <answer fraction="100"><text>true</text></answer>
                    <answer fraction="0"><text>false</text></answer>
                  </question>
                  <question>
                    <name><text>no type</text></name>
                  </question>
                </quiz>
                """;
        ParseResult r = reader.read(xml, "in.xml");
        assertThat(r.questions()).extracting(Question::id).containsExactly("good");
        assertThat(r.problems())
                .extracting(Object::toString)
                .containsExactly(
                        "in.xml:3:3: question 'c' at line 3 is a calculated question (its numbers come from formulas and data sets"
                                + " Moodle fills in), which Gramsci Lens cannot show, so it is left out; it reads multichoice,"
                                + " truefalse, shortanswer, numerical, matching, essay, description and cloze questions",
                        "in.xml:7:3: the question has no <name><text>, which Moodle requires",
                        "in.xml:13:5: bad weight: weight 42% is not one Moodle accepts; the nearest is 40% (Moodle accepts 100, 90,"
                                + " 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5,"
                                + " 11.11111, 10, 5, 0 and their negatives)",
                        "in.xml:19:5: bad number: the answer 'twelve' is not a number",
                        "in.xml:27:3: <question> has no type attribute");
    }

    @Test
    void notWellFormedOrNotAQuiz() {
        assertThat(reader.read("<quiz>\n<question type=\"essay\">\n</quiz>", "x.xml")
                        .problems())
                .singleElement()
                .asString()
                .startsWith("x.xml:3:3: not well-formed XML");
        assertThat(reader.read("<html/>", "x.xml").problems())
                .extracting(Object::toString)
                .containsExactly("x.xml:1:1: a Moodle XML file starts with <quiz>, not <html>");
        assertThat(reader.read("<!DOCTYPE quiz [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><quiz>&x;</quiz>", "x.xml")
                        .questions())
                .isEmpty();
    }

    private static Path samplePath(String name) {
        return QuizSamples.giftFiles().findFirst().orElseThrow().resolveSibling(name);
    }
}
