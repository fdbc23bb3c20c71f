package org.gramscilens.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/** Issue 15: search never throws, and every hit's range lies inside its text and holds the match. */
class SearchProperties {

    @Property(tries = 500)
    void everyHitIsARangeOfItsOwnText(
            @ForAll @StringLength(max = 60) String before,
            @ForAll @StringLength(min = 1, max = 8) String word,
            @ForAll @StringLength(max = 60) String after) {
        String text = before + word + after;
        SearchIndex.Entry entry =
                new SearchIndex.Entry(SearchIndex.Kind.LESSON, "l", null, "T", "", text, SearchIndex.fold(text));
        SearchIndex index = SearchIndex.of(List.of(entry));
        for (String query : List.of(word, word.toUpperCase(java.util.Locale.ROOT), text, before + " " + after)) {
            for (SearchIndex.Hit hit : index.search(query, 10)) {
                assertThat(hit.start()).isBetween(0, text.length());
                assertThat(hit.start() + hit.match().length()).isLessThanOrEqualTo(text.length());
                assertThat(text.substring(hit.start(), hit.start() + hit.match().length()))
                        .isEqualTo(hit.match());
            }
        }
        if (!word.isBlank()) {
            assertThat(index.search(word, 10)).hasSize(1);
        }
    }
}
