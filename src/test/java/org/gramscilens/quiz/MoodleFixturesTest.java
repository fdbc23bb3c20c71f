package org.gramscilens.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Moodle's own GIFT and XML test fixtures (GPL v3, see the README beside them), read as Moodle reads them. */
class MoodleFixturesTest {

    static String fixture(String name) {
        try (InputStream in = MoodleFixturesTest.class.getResourceAsStream("moodle/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void moodlesGiftFixtureReadsQuestionForQuestionWithOnlyTheRepeatedTitleWarned() {
        ParseResult r = new GiftParser().parse(fixture("questions.gift.txt"), "questions.gift.txt");
        List<Question> qs = r.questions();
        assertThat(qs)
                .extracting(Question::title)
                .containsExactly(
                        "Q8", "Moodle activities", "Q2", "colours", "Q5", "Shortanswer", "Q1", "2-08 TSL", "2-08 TSL");
        assertThat(qs)
                .extracting(Question::kind)
                .containsExactly(
                        Question.Kind.ESSAY,
                        Question.Kind.MATCHING,
                        Question.Kind.MULTIPLE_CHOICE,
                        Question.Kind.MULTIPLE_ANSWER,
                        Question.Kind.MISSING_WORD,
                        Question.Kind.SHORT_ANSWER,
                        Question.Kind.MISSING_WORD,
                        Question.Kind.TRUE_FALSE,
                        Question.Kind.TRUE_FALSE);
        assertThat(qs).extracting(Question::id).doesNotHaveDuplicates();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.warning()).isTrue();
            assertThat(p.line()).isEqualTo(49);
            assertThat(p.message()).contains("the question at line 46 has the same title '2-08 TSL'");
        });

        Matching m = (Matching) qs.get(1);
        assertThat(m.pairs()).hasSize(5);
        assertThat(m.pairs().get(4).isDistractor()).isTrue();
        assertThat(m.pairs().get(2).left())
                .isEqualTo(
                        FormattedText.of("A bank of record entries which participants can add to.", TextFormat.PLAIN));
        MultipleAnswer colours = (MultipleAnswer) qs.get(3);
        assertThat(colours.choices()).extracting(Choice::weight).containsExactly(50.0, -100.0, 50.0, -100.0);
        Numerical q5 = (Numerical) ((MissingWord) qs.get(4)).underlying();
        assertThat(q5.answers().get(0)).isEqualTo(NumericAnswer.exact("3", "2", 100));
        assertThat(q5.answers().get(1).isAny()).isTrue();
        ShortAnswer sa = (ShortAnswer) qs.get(5);
        assertThat(sa.answers())
                .extracting(AcceptedAnswer::text, AcceptedAnswer::weight)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Frog", 100.0),
                        org.assertj.core.groups.Tuple.tuple("Cat", 50.0),
                        org.assertj.core.groups.Tuple.tuple("*", 0.0));
        TrueFalse q1 = (TrueFalse) ((MissingWord) qs.get(6)).underlying();
        assertThat(q1.answer()).isFalse();
        assertThat(q1.generalFeedback().text())
                .isEqualTo("This is, of course, a Hitchiker's Guide to the Galaxy reference.");
    }

    @Test
    void moodlesGiftFixtureSurvivesGiftAndMoodleXmlRoundTrips() {
        List<Question> qs =
                new GiftParser().parse(fixture("questions.gift.txt"), "q.gift").questions();
        List<Question> plain = qs.stream().map(Question::withoutSource).toList();
        List<Question> viaGift =
                new GiftParser().parse(new GiftWriter().write(qs), "back.gift").questions();
        assertThat(viaGift.stream().map(Question::withoutSource).toList()).isEqualTo(plain);
        List<Question> viaXml = new MoodleXmlReader()
                .read(new MoodleXmlWriter().write(qs), "back.xml")
                .questions();
        assertThat(viaXml.stream().map(Question::withoutSource).toList()).isEqualTo(plain);
    }

    @Test
    void moodlesIdNumberFixtureKeepsTheIdNumberWithItsHtmlCharacters() {
        ParseResult r = new MoodleXmlReader().read(fixture("html_chars_in_idnumbers.xml"), "ids.xml");
        assertThat(r.problems()).isEmpty();
        Question q = r.questions().get(0);
        assertThat(q.id()).isEqualTo("T & F");
        assertThat(q.title()).isEqualTo("Alpha Question");
        assertThat(q.category()).isEqualTo("$course$/Alpha");
        String xml = new MoodleXmlWriter().write(r.questions());
        assertThat(xml).contains("<idnumber>T &amp; F</idnumber>");
        assertThat(new MoodleXmlReader().read(xml, "again.xml").questions())
                .extracting(Question::withoutSource)
                .containsExactly(q.withoutSource());
    }
}
