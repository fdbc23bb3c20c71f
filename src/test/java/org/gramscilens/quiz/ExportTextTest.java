package org.gramscilens.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExportTextTest {

    private final ExportText export =
            new ExportText(Map.of("gramsci1971", "Gramsci 1971", "hoare1971", "Hoare & Nowell Smith 1971")::get);

    @Test
    void citationsBecomeAuthorDateTextWithTheirLocators() {
        assertThat(export.clean("Consent [@gramsci1971, p. 12]; also [@gramsci1971; @hoare1971]."))
                .isEqualTo("Consent (Gramsci 1971, p. 12); also (Gramsci 1971; Hoare & Nowell Smith 1971).");
        assertThat(export.unknownKeys()).isEmpty();
    }

    @Test
    void courseLinksBecomeTheirTextAndOtherLinksStay() {
        assertThat(export.clean("See [hegemony](glossary:hegemony), [cadres](lesson:04-cadres#who) and"
                        + " [the notes](../02-vocab/lesson.md#top), but [Moodle](https://moodle.org) stays."))
                .isEqualTo("See hegemony, cadres and the notes, but [Moodle](https://moodle.org) stays.");
        assertThat(export.clean(
                        "<p>See <a href=\"glossary:hegemony\">hegemony</a> and <a href=\"https://x.org\">x</a></p>"))
                .isEqualTo("<p>See hegemony and <a href=\"https://x.org\">x</a></p>");
    }

    @Test
    void bracketsThatAreNotCitationsAndUnknownKeysAreKept() {
        assertThat(export.clean("A [note] and [@unknown2001, p. 3].")).isEqualTo("A [note] and (unknown2001, p. 3).");
        assertThat(export.unknownKeys()).containsExactly("unknown2001");
    }

    @Test
    void everyTextALearnerReadsIsCleanedButTypedAnswersAreNot() {
        ParseResult read = new GiftParser()
                .parse(
                        "::q:: As [@gramsci1971] says, {=[@gramsci1971]#Yes, [@gramsci1971]."
                                + " ~other#No [@hoare1971]. ####General [@hoare1971]}\n\n::s:: Name it. {=[@x]#Right [@hoare1971]}\n",
                        "q.gift");
        List<Question> clean = export.clean(read.questions());
        MultipleChoice mc = (MultipleChoice) clean.get(0);
        assertThat(mc.text().text()).isEqualTo("As (Gramsci 1971) says,");
        assertThat(mc.choices().get(0).text().text()).isEqualTo("(Gramsci 1971)");
        assertThat(mc.choices().get(0).feedback().text()).isEqualTo("Yes, (Gramsci 1971).");
        assertThat(mc.choices().get(1).feedback().text()).isEqualTo("No (Hoare & Nowell Smith 1971).");
        assertThat(mc.generalFeedback().text()).isEqualTo("General (Hoare & Nowell Smith 1971)");
        ShortAnswer sa = (ShortAnswer) clean.get(1);
        assertThat(sa.answers().get(0).text()).isEqualTo("[@x]");
        assertThat(sa.answers().get(0).feedback().text()).isEqualTo("Right (Hoare & Nowell Smith 1971)");
    }
}
