package org.gramscilens.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Progress keys: explicit ids, titles, text hashes; never shared. GIFT [id:] and [tag:] comments. */
class QuestionIdentityTest {

    private final GiftParser parser = new GiftParser();

    @Test
    void anExplicitIdIsTheProgressKeyAndTagsAreRead() {
        ParseResult r = parser.parse(
                "// question: 12  name: Grant\n// [id:GT-1]\n// [tag:history] [tag:tomb\\]s]\n"
                        + "::Grant:: Who is buried in Grant's tomb? {=no one ~Grant}\n\n// [id:ignored]\n\n::Other:: x {T}\n",
                "g.gift");
        assertThat(r.problems()).isEmpty();
        Question grant = r.questions().get(0);
        assertThat(grant.id()).isEqualTo("GT-1");
        assertThat(grant.title()).isEqualTo("Grant");
        assertThat(grant.info().extras().tags()).containsExactly("history", "tomb]s");
        assertThat(r.questions().get(1).id()).isEqualTo("Other");
        assertThat(r.questions().get(1).info().extras().idNumber()).isEmpty();
    }

    @Test
    void idsAndTagsSurviveGiftAndMoodleXmlRoundTrips() {
        String gift = "// [id:GT-1]\n// [tag:history]\n::Grant:: Who? {=no one ~Grant}\n\n";
        List<Question> read = parser.parse(gift, "g.gift").questions();
        assertThat(new GiftWriter().write(read))
                .isEqualTo("// [id:GT-1]\n// [tag:history]\n" + "::Grant:: Who? {\n\t=no one\n\t~Grant\n}\n\n");
        String xml = new MoodleXmlWriter().write(read);
        assertThat(xml).contains("<idnumber>GT-1</idnumber>").contains("<tags>\n      <tag><text>history</text></tag>");
        List<Question> back = new MoodleXmlReader().read(xml, "g.xml").questions();
        assertThat(back)
                .extracting(Question::withoutSource)
                .isEqualTo(read.stream().map(Question::withoutSource).toList());
    }

    @Test
    void twoQuestionsNeverShareAnIdEvenWithTheSameTitleAndText() {
        ParseResult r =
                parser.parse("::a:: same {T}\n\n::a:: same {T}\n\n::a:: other {T}\n\nsame {T}\n\nsame {T}\n", "t.gift");
        List<String> ids = r.questions().stream().map(Question::id).toList();
        assertThat(ids).doesNotHaveDuplicates().hasSize(5);
        String h = QuestionIds.fromText("same");
        assertThat(ids).containsExactly("a", "a~" + h, "a~" + QuestionIds.fromText("other"), h, h + "-2");
        assertThat(r.problems()).hasSize(2).allMatch(GiftProblem::warning);
    }

    @Test
    void aDuplicateIdDoesNotDependOnWhereTheQuestionStands() {
        String first = parser.parse("::a:: x {T}\n\n::b:: y {T}\n\n::a:: z {F}\n", "t.gift")
                .questions()
                .get(2)
                .id();
        String moved = parser.parse("::a:: x {T}\n\n::a:: z {F}\n\n::b:: y {T}\n", "t.gift")
                .questions()
                .get(1)
                .id();
        assertThat(moved).isEqualTo(first);
    }

    @Test
    void aPlusSignedWeightIsReadAsMoodleReadsIt() {
        // Moodle's pattern /^%\-*([0-9]{1,2})\.?([0-9]*)%/ has no '+': no weight, the text keeps it.
        ParseResult r = parser.parse("::w:: Pick {=right ~%+50%half ~wrong}\n", "w.gift");
        MultipleChoice mc = (MultipleChoice) r.questions().get(0);
        assertThat(mc.choices().get(1).weight()).isZero();
        assertThat(mc.choices().get(1).text().text()).isEqualTo("%+50%half");
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.warning()).isTrue();
            assertThat(p.message())
                    .contains("Moodle reads '%+50%' as part of the answer text")
                    .contains("write %50%");
        });
        assertThat(parser.parse("::s:: Name {=%+50%x}\n", "s.gift").problems())
                .singleElement()
                .asString()
                .contains("bad weight '%+50%': Moodle does not read a '+' sign here; write %50%");
    }
}
