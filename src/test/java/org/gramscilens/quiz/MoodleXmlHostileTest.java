package org.gramscilens.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Issue 15 D16: characters XML forbids, wherever they are, are a located problem, never an exception. */
@Timeout(10)
class MoodleXmlHostileTest {

    private final MoodleXmlReader reader = new MoodleXmlReader();

    @Test
    void nulInsideTheDoctypeIsALocatedProblem() {
        ParseResult r = reader.read("<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [\u0000]>\n<quiz></quiz>\n", "q.xml");
        assertThat(r.questions()).isEmpty();
        assertThat(r.problems())
                .extracting(Object::toString)
                .containsExactly("q.xml:2:17: not well-formed XML: the character U+0000 is not allowed in XML");
    }

    @Test
    void controlCharacterInTextIsALocatedProblem() {
        ParseResult r = reader.read("<quiz>\n  <question type=\"truefalse\">\u0001</question></quiz>", "q.xml");
        assertThat(r.problems())
                .extracting(Object::toString)
                .containsExactly("q.xml:2:30: not well-formed XML: the character U+0001 is not allowed in XML");
    }

    @Test
    void tabsNewlinesAndOrdinaryTextAreFine() {
        ParseResult r = reader.read("<quiz>\t\r\n<!-- é 😀 --></quiz>", "q.xml");
        assertThat(r.problems()).isEmpty();
    }
}
