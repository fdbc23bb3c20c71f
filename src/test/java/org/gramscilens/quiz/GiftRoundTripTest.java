package org.gramscilens.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gramscilens.quiz.QuizSamples.withoutSources;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GiftRoundTripTest {

    private final GiftParser parser = new GiftParser();
    private final GiftWriter writer = new GiftWriter();

    static Stream<Path> samples() {
        return QuizSamples.giftFiles();
    }

    @Test
    void thereAreSamples() {
        assertThat(samples()).hasSizeGreaterThanOrEqualTo(4);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void sampleParsesCleanlyAndSurvivesWriteThenParse(Path file) {
        ParseResult first =
                parser.parse(QuizSamples.read(file), file.getFileName().toString());
        assertThat(first.problems()).isEmpty();
        assertThat(first.questions()).hasSizeGreaterThan(5);

        String written = writer.write(first.questions());
        ParseResult second = parser.parse(written, "written.gift");
        assertThat(second.problems()).isEmpty();
        assertThat(withoutSources(second.questions())).isEqualTo(withoutSources(first.questions()));
        // Writing is stable: the second write is the first.
        assertThat(writer.write(second.questions())).isEqualTo(written);
        first.questions()
                .forEach(q -> assertThat(writer.limitations(q)).as(q.id()).isEmpty());
    }

    @Test
    void writesMultipleChoiceAsMoodleDoes() {
        Question q = parser.parse("::mc:: Pick {=a#yes ~b ~%50%c####gf}", "t")
                .questions()
                .get(0);
        assertThat(writer.write(q)).isEqualTo("::mc:: Pick {\n\t=a#yes\n\t~b\n\t~%50%c\n\t####gf\n}\n");
    }

    @Test
    void writesCategoryOnlyWhenItChanges() {
        String out = writer.write(
                parser.parse("$CATEGORY: a\n\n::x:: 1 {T}\n\n::y:: 2 {T}\n\n$CATEGORY: b\n\n::z:: 3 {T}\n", "t")
                        .questions());
        assertThat(out)
                .isEqualTo("$CATEGORY: a\n\n::x:: 1 {TRUE}\n\n::y:: 2 {TRUE}\n\n$CATEGORY: b\n\n::z:: 3 {TRUE}\n\n");
    }

    @Test
    void writesMissingWordInsideTheSentence() {
        Question q = parser.parse("Grant is {~buried =entombed} in his tomb.", "t")
                .questions()
                .get(0);
        assertThat(writer.write(q)).isEqualTo("Grant is {\n\t~buried\n\t=entombed\n} in his tomb.\n");
    }

    /** Questions made in code with text that looks like GIFT syntax must come back unchanged. */
    @Test
    void trickyTextSurvives() {
        List<Question> questions = List.of(
                new MultipleChoice(
                        QuestionInfo.of("a::b", FormattedText.moodle("// not a comment {x} ~ = # : \\ \\n")),
                        List.of(
                                Choice.of("%50% of people", 100, "50% #1"),
                                Choice.of("[html] as text", 0),
                                Choice.of("line\nbreak", -50, "\\"))),
                new ShortAnswer(
                        new QuestionInfo(
                                "",
                                "",
                                "",
                                FormattedText.moodle("$CATEGORY: no"),
                                FormattedText.of("[markdown] *gf*", TextFormat.HTML),
                                SourcePosition.NONE),
                        List.of(
                                AcceptedAnswer.of("[plain]tagged", 100),
                                AcceptedAnswer.of("%10% off", 50),
                                new AcceptedAnswer("a*b", 10, FormattedText.of("<i>fb</i>", TextFormat.HTML))),
                        false),
                new Matching(
                        QuestionInfo.of("", FormattedText.of("::Match::", TextFormat.MARKDOWN)),
                        List.of(
                                MatchPair.of("x # y", "a -> b"),
                                new MatchPair(FormattedText.of("<b>z</b>", TextFormat.HTML), "~ = { }"),
                                MatchPair.of("", "%5%"))),
                new Numerical(
                        QuestionInfo.of("num", FormattedText.moodle("n")),
                        List.of(
                                new NumericAnswer(
                                        new BigDecimal("-0.25"), new BigDecimal("-0.05"), 100, FormattedText.EMPTY),
                                NumericAnswer.any(33.33333, FormattedText.moodle("any")),
                                NumericAnswer.any(0, FormattedText.EMPTY))),
                new Numerical(
                        QuestionInfo.of("only-any", FormattedText.moodle("n")),
                        List.of(NumericAnswer.any(0, FormattedText.moodle("whatever")))),
                new TrueFalse(
                        QuestionInfo.of("tf", FormattedText.moodle("t")),
                        false,
                        FormattedText.EMPTY,
                        FormattedText.moodle("right ####")),
                new MultipleChoice(
                        QuestionInfo.of("all-full", FormattedText.moodle("both right")),
                        List.of(Choice.of("a", 100), Choice.of("b", 100))),
                new MissingWord(new ShortAnswer(
                        QuestionInfo.of("blank-end", FormattedText.moodle("Ends in _____")),
                        List.of(AcceptedAnswer.of("x", 100)),
                        false)),
                new MissingWord(new MultipleChoice(
                        QuestionInfo.of("long-blank", FormattedText.moodle("A _______ B")),
                        List.of(Choice.of("x", 100), Choice.of("y", 0)))),
                new Essay(new QuestionInfo(
                        "", "essay", "", FormattedText.EMPTY, FormattedText.moodle("gf"), SourcePosition.NONE)),
                new Description(QuestionInfo.of("title-only", FormattedText.EMPTY)));
        List<Question> expected = QuestionIds.assign(questions, (q, e) -> {});
        String written = writer.write(expected);
        ParseResult back = parser.parse(written, "t.gift");
        assertThat(back.problems()).isEmpty();
        assertThat(withoutSources(back.questions())).isEqualTo(expected);
        expected.forEach(q -> assertThat(writer.limitations(q)).as(q.id()).isEmpty());
    }

    @Test
    void reportsWhatGiftCannotHold() {
        QuestionInfo info = QuestionInfo.of("x", FormattedText.moodle("x"));
        assertThat(writer.limitations(new ShortAnswer(info, List.of(AcceptedAnswer.of("Rome", 100)), true)))
                .containsExactly(
                        "GIFT cannot mark a short answer as case-sensitive; it will be read back as case-insensitive");
        assertThat(writer.limitations(new ShortAnswer(info, List.of(AcceptedAnswer.of("a -> b", 100)), false)))
                .containsExactly("'->' in a short answer or its feedback makes GIFT read the question as matching");
        assertThat(writer.limitations(new Matching(info, List.of(MatchPair.of("a -> b", "c"), MatchPair.of("d", "e")))))
                .containsExactly("GIFT cannot write '->' on the left of a matching pair");
        assertThat(writer.limitations(new MultipleChoice(info, List.of(Choice.of("a", 50), Choice.of("b", 0)))))
                .containsExactly("GIFT marks a single-answer question by an '=' answer worth 100%; none is");
        assertThat(writer.limitations(new MultipleAnswer(info, List.of(Choice.of("a", 42), Choice.of("b", 58)))))
                .hasSize(2)
                .allMatch(s -> s.contains("not one Moodle accepts"));
        assertThat(writer.limitations(new Description(QuestionInfo.of("", FormattedText.EMPTY))))
                .hasSize(1);
    }
}
