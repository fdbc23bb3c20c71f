package org.gramscilens.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Parsing GIFT in tests: what parsed cleanly, or the one question it held. */
final class GiftAsserts {
    private static final GiftParser PARSER = new GiftParser();

    private GiftAsserts() {}

    /** The questions of {@code gift}, which must parse without problems. */
    static List<Question> parse(String gift) {
        ParseResult r = PARSER.parse(gift, "t.gift");
        assertThat(r.problems()).as("problems").isEmpty();
        return r.questions();
    }

    /** The only question of {@code gift}. */
    static Question one(String gift) {
        List<Question> qs = parse(gift);
        assertThat(qs).hasSize(1);
        return qs.get(0);
    }

    static FormattedText m(String text) {
        return FormattedText.moodle(text);
    }
}
