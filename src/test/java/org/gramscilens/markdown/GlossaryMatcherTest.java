package org.gramscilens.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gramscilens.course.GlossaryMatcher;
import org.junit.jupiter.api.Test;

class GlossaryMatcherTest {
    private final GlossaryMatcher matcher = GlossaryMatcher.of(new TestContext().glossary);

    private List<String> found(String text) {
        return matcher.find(text).stream()
                .map(m -> text.substring(m.start(), m.end()) + "=" + m.term().id())
                .toList();
    }

    @Test
    void caseInsensitiveWholeWordsAndAliases() {
        assertThat(found("HEGEMONY and hegemonic ideas, but not hegemonyish or prehegemony."))
                .containsExactly("HEGEMONY=hegemony", "hegemonic=hegemony");
    }

    @Test
    void longestSpellingWins() {
        assertThat(found("An organic intellectual is an intellectual."))
                .containsExactly("organic intellectual=organic-intellectual", "intellectual=intellectual");
        assertThat(found("organic intellectuals")).containsExactly("organic intellectuals=organic-intellectual");
    }

    @Test
    void multiWordSpellingsMatchAcrossAnyWhitespace() {
        assertThat(found("plain common\n  sense")).containsExactly("common\n  sense=common-sense");
    }

    @Test
    void emptyGlossaryFindsNothing() {
        assertThat(GlossaryMatcher.of(List.of()).find("hegemony")).isEmpty();
    }

    @Test
    void unicodeTermsAndBoundaries() {
        GlossaryMatcher m = GlossaryMatcher.of(List.of(TestContext.term("egemonia", "egemonìa", List.of(), "d")));
        assertThat(m.find("L'EGEMONÌA, sì"))
                .singleElement()
                .satisfies(x -> assertThat(x.start()).isEqualTo(2));
        assertThat(m.find("egemonìas")).isEmpty();
    }
}
