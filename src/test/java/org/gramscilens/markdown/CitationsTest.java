package org.gramscilens.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.gramscilens.markdown.syntax.Citation;
import org.gramscilens.markdown.syntax.Citations;
import org.junit.jupiter.api.Test;

class CitationsTest {

    @Test
    void singleKey() {
        assertThat(Citations.parse("@oreilly2011")).containsExactly(new Citation("oreilly2011", ""));
    }

    @Test
    void keyWithLocator() {
        assertThat(Citations.parse("@therborn1980, pp. 58-59"))
                .containsExactly(new Citation("therborn1980", "pp. 58-59"));
        assertThat(Citations.parse("@therborn1980 p. 3")).containsExactly(new Citation("therborn1980", "p. 3"));
    }

    @Test
    void severalKeys() {
        assertThat(Citations.parse("@bohmer2012; @dickinson2008, ch. 2"))
                .containsExactly(new Citation("bohmer2012", ""), new Citation("dickinson2008", "ch. 2"));
    }

    @Test
    void keysMayHaveInternalPunctuationButNotTrailing() {
        assertThat(Citations.parse("@gramsci:1971.prison-notebooks."))
                .containsExactly(new Citation("gramsci:1971.prison-notebooks", "."));
    }

    @Test
    void notCitations() {
        assertThat(Citations.parse("")).isEmpty();
        assertThat(Citations.parse("see @x")).isEmpty();
        assertThat(Citations.parse("@a; b")).isEmpty();
        assertThat(Citations.parse("@")).isEmpty();
        assertThat(Citations.isCitation("@a")).isTrue();
        assertThat(Citations.isCitation("email me")).isFalse();
    }
}
