package org.gramscilens.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gramscilens.quiz.QuizSamples.withoutSources;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class QuizJsonTest {

    private final QuizJson json = new QuizJson();
    private final GiftParser gift = new GiftParser();

    static Stream<Path> samples() {
        return QuizSamples.giftFiles();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void giftToJsonToModelEqualsGiftToModel(Path file) {
        ParseResult fromGift = gift.parse(QuizSamples.read(file), "t.gift");
        String written = json.write(fromGift.questions());
        assertThat(written).startsWith("{\n  \"formatVersion\" : 1,\n  \"questions\" : [");
        ParseResult back = json.read(written, "t.json");
        assertThat(back.problems()).isEmpty();
        assertThat(withoutSources(back.questions())).isEqualTo(withoutSources(fromGift.questions()));
    }

    @Test
    void moodleXmlToJsonToModelEqualsMoodleXmlToModel() {
        Path xml = QuizSamples.giftFiles().findFirst().orElseThrow().resolveSibling("moodle-export.xml");
        List<Question> fromXml =
                new MoodleXmlReader().read(QuizSamples.read(xml), "x.xml").questions();
        ParseResult back = json.read(json.write(fromXml), "t.json");
        assertThat(back.problems()).isEmpty();
        assertThat(withoutSources(back.questions())).isEqualTo(withoutSources(fromXml));
    }

    @Test
    void writesNumbersInPlainDecimalAndWeightsWithoutTrailingZeros() {
        String out = json.write(
                gift.parse("::n:: x {#=1e3 =%33.33333%1927..1936}", "t").questions());
        assertThat(out)
                .contains("\"value\" : 1000,")
                .contains("\"value\" : 1931.5,")
                .contains("\"tolerance\" : 4.5,")
                .contains("\"weight\" : 100\n")
                .contains("\"weight\" : 33.33333");
    }

    @Test
    void theExamplesInTheSpecificationRead() {
        Path spec = Path.of(System.getProperty("gramsci.project.dir", "."), "docs", "quiz-json.md");
        Matcher m = Pattern.compile("```json\\n(\\{ \"type\".*?)```", Pattern.DOTALL)
                .matcher(QuizSamples.read(spec));
        List<String> examples = new ArrayList<>();
        while (m.find()) {
            examples.add(m.group(1));
        }
        assertThat(examples).hasSize(2);
        ParseResult r =
                json.read("{\"formatVersion\": 1, \"questions\": [" + String.join(",", examples) + "]}", "spec");
        assertThat(r.problems()).isEmpty();
        assertThat(r.questions()).extracting(Question::id).containsExactly("cadres-mc", "missing-sa");
        assertThat(r.questions().get(1)).isInstanceOf(MissingWord.class);
        assertThat(((MissingWord) r.questions().get(1)).underlying()).isInstanceOf(ShortAnswer.class);
    }

    @Test
    void plainStringsStandForTextsAndDefaultsApply() {
        ParseResult r = json.read("""
                {"formatVersion": 1, "questions": [
                  {"type": "multianswer", "title": "m", "text": {"text": "Pick", "format": "markdown"},
                   "choices": [{"text": "**a**", "weight": 50, "feedback": "yes"}, {"text": "b", "weight": 50}, {"text": "c"}]},
                  {"type": "numerical", "title": "n", "text": "How many?", "answers": [{"value": 3}, {"any": true, "weight": 0}]}
                ]}""", "t.json");
        assertThat(r.problems()).isEmpty();
        MultipleAnswer ma = (MultipleAnswer) r.questions().get(0);
        assertThat(ma.choices().get(0))
                .isEqualTo(new Choice(
                        FormattedText.of("**a**", TextFormat.MARKDOWN),
                        50,
                        FormattedText.of("yes", TextFormat.MARKDOWN)));
        assertThat(ma.choices().get(2).weight()).isZero();
        Numerical n = (Numerical) r.questions().get(1);
        assertThat(n.answers())
                .containsExactly(
                        new NumericAnswer(new BigDecimal("3"), BigDecimal.ZERO, 100, FormattedText.EMPTY),
                        NumericAnswer.any(0, FormattedText.EMPTY));
    }

    @Test
    void reportsEachBadQuestionAtItsLineAndKeepsTheRest() {
        ParseResult r = json.read("""
                {"formatVersion": 1, "questions": [
                  {"type": "riddle", "title": "a"},
                  {"type": "essay", "title": "ok", "text": "Reflect."},
                  {"type": "multichoice", "title": "w", "choices": [{"text": "x", "weight": 42}, {"text": "y"}]},
                  {"type": "multichoice", "title": "one", "choices": [{"text": "x", "weight": 100}]},
                  {"type": "missingword", "title": "mw", "text": "no blank", "blank": {"type": "shortanswer", "answers": [{"text": "x"}]}},
                  {"type": "truefalse", "title": "f", "answer": true, "text": {"text": "x", "format": "latex"}},
                  {"type": "numerical", "title": "n", "answers": [{"value": "12"}]},
                  {"type": "essay", "id": "wrong", "title": "right"}
                ]}""", "t.json");
        assertThat(r.questions()).extracting(Question::id).containsExactly("ok", "right");
        assertThat(r.problems())
                .extracting(Object::toString)
                .containsExactly(
                        "t.json:2:3: unknown question type 'riddle'; see docs/quiz-json.md for the types",
                        "t.json:4:3: bad weight: weight 42% is not one Moodle accepts; the nearest is 40% (Moodle accepts 100,"
                                + " 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571,"
                                + " 12.5, 11.11111, 10, 5, 0 and their negatives)",
                        "t.json:5:3: a multiple-choice question needs at least 2 \"choices\"; found 1",
                        "t.json:6:3: a missingword question needs a multichoice, multianswer, shortanswer, numerical or"
                                + " truefalse \"blank\" and exactly one blank (_____) in its text",
                        "t.json:7:3: unknown format 'latex' in \"text\"; use moodle, html, plain or markdown",
                        "t.json:8:3: bad number: \"value\" is \"12\", not a number",
                        "t.json:9:3: \"id\" is 'wrong' but the rule in docs/quiz-json.md gives 'right'; the id comes from the title");
    }

    @Test
    void versionAndSyntaxProblems() {
        assertThat(json.read("{\"questions\": []}", "a.json").problems())
                .extracting(Object::toString)
                .containsExactly("a.json:1:1: \"formatVersion\" is missing");
        ParseResult future =
                json.read("{\"formatVersion\": 2, \"questions\": [{\"type\": \"essay\", \"title\": \"e\"}]}", "b.json");
        assertThat(future.questions()).isEmpty();
        assertThat(future.problems())
                .extracting(Object::toString)
                .containsExactly("b.json:1:19: formatVersion 2 is"
                        + " not one this version reads (1 to 1); a newer Gramsci Lens may have written it");
        assertThat(json.read("{\"formatVersion\": 1,\n \"questions\": [\n  {\"type\": }]}", "c.json")
                        .problems())
                .singleElement()
                .asString()
                .startsWith("c.json:3:12: not valid JSON: Unexpected character ('}'");
        assertThat(json.read("[]", "d.json").problems())
                .extracting(Object::toString)
                .containsExactly("d.json:1:1: a quiz JSON file is an object with \"formatVersion\" and \"questions\"");
    }
}
