package org.gramscilens.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue 15: GIFT write → parse and Moodle XML write → read give back the question, for generated questions
 * of every kind GIFT writes (true/false, numerical with tolerance or range, multiple choice, short answer),
 * with text drawn from all of Unicode plus GIFT's special characters, escaped as GIFT requires.
 */
class QuizRoundTripProperties {

    private final GiftParser gift = new GiftParser();

    @Property(tries = 300)
    void giftWriteThenParseGivesBackTheQuestion(@ForAll("questions") String source) {
        List<Question> parsed = parsedCleanly(source);
        String written = new GiftWriter().write(parsed);
        ParseResult again = gift.parse(written, "w.gift");
        assertThat(again.problems()).as(written).isEmpty();
        assertThat(QuizSamples.withoutSources(again.questions())).isEqualTo(QuizSamples.withoutSources(parsed));
    }

    @Property(tries = 300)
    void moodleXmlWriteThenReadGivesBackTheQuestion(@ForAll("questions") String source) {
        List<Question> parsed = parsedCleanly(source);
        String xml = new MoodleXmlWriter().write(parsed);
        ParseResult back = new MoodleXmlReader().read(xml, "w.xml");
        assertThat(back.problems()).as(xml).isEmpty();
        assertThat(QuizSamples.withoutSources(back.questions())).isEqualTo(QuizSamples.withoutSources(parsed));
    }

    private List<Question> parsedCleanly(String source) {
        ParseResult r = gift.parse(source, "g.gift");
        assertThat(r.problems()).as(source).isEmpty();
        assertThat(r.questions()).hasSize(1);
        return r.questions();
    }

    @Provide
    Arbitrary<String> questions() {
        Arbitrary<String> title =
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> text = text(1);
        Arbitrary<String> block = Arbitraries.oneOf(
                Arbitraries.of("{T}", "{F}", "{TRUE}", "{FALSE}"),
                Combinators.combine(number(), number().map(BigDecimal::abs))
                        .as((v, t) -> "{#" + v.toPlainString() + ":" + t.toPlainString() + "}"),
                Combinators.combine(number(), number())
                        .as((a, b) -> "{#" + a.min(b).toPlainString() + ".."
                                + a.max(b).toPlainString() + "}"),
                Combinators.combine(text(1), text(1), text(1)).as((a, b, c) -> "{=" + a + " ~" + b + " ~" + c + "}"),
                Combinators.combine(text(1), text(1)).as((a, b) -> "{=" + a + " =" + b + "}"));
        return Combinators.combine(title, text, block).as((t, x, b) -> "::" + t + ":: " + x + " " + b + "\n");
    }

    /** Non-blank text from any Unicode, GIFT's specials escaped, no blank at either end. */
    private static Arbitrary<String> text(int minLength) {
        return Arbitraries.strings()
                .all()
                .ofMinLength(minLength)
                .ofMaxLength(20)
                .map(QuizRoundTripProperties::escape)
                .filter(s -> minLength == 0 || !s.isBlank());
    }

    private static String escape(String raw) {
        StringBuilder out = new StringBuilder();
        raw.codePoints()
                .filter(cp -> cp >= 0x20
                        && !Character.isWhitespace(cp)
                        && !Character.isSpaceChar(cp)
                        && Character.isDefined(cp)
                        && Character.getType(cp) != Character.SURROGATE
                        && Character.getType(cp) != Character.FORMAT)
                .forEach(cp -> {
                    if ("~=#{}:\\".indexOf(cp) >= 0) {
                        out.append('\\');
                    }
                    out.appendCodePoint(cp);
                });
        return out.toString();
    }

    private static Arbitrary<BigDecimal> number() {
        return Arbitraries.bigDecimals()
                .between(new BigDecimal("-1e12"), new BigDecimal("1e12"))
                .ofScale(4);
    }

    @Property(tries = 200)
    void boundedNumbersNeverThrowAnythingButTheirProblem(@ForAll("numberTexts") String text) {
        try {
            BigDecimal d = QuizNumbers.parse(text);
            assertThat(d.signum() == 0 || Math.abs(d.precision() - d.scale() - 1) <= QuizNumbers.MAX_EXPONENT)
                    .isTrue();
        } catch (QuizNumbers.OutOfRange | NumberFormatException expected) {
            Assume.that(true);
        }
        assertThat(QuizNumbers.typed(text)).isNotNull();
    }

    @Provide
    Arbitrary<String> numberTexts() {
        return Combinators.combine(
                        Arbitraries.strings().numeric().ofMaxLength(60),
                        Arbitraries.of("", "e", "E-", "e+"),
                        Arbitraries.strings().numeric().ofMaxLength(14))
                .as((m, e, x) -> (m.isEmpty() ? "1" : m) + (e.isEmpty() ? "" : e + (x.isEmpty() ? "0" : x)));
    }
}
