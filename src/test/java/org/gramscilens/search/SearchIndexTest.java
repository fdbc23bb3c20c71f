package org.gramscilens.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.gramscilens.TestCourses;
import org.gramscilens.course.CourseLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SearchIndexTest {
    private static SearchIndex index;

    @BeforeAll
    static void build() throws Exception {
        index = SearchIndex.build(
                new CourseLoader().load(TestCourses.bundled()), new org.gramscilens.markdown.syntax.MarkdownParser());
    }

    @Test
    void findsLessonSectionsGlossaryAndReferences() {
        var hits = index.search("sheep dipping", 50);
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).kind()).isEqualTo(SearchIndex.Kind.LESSON);
        assertThat(hits.get(0).target()).isEqualTo("the-critics");
        assertThat(hits.get(0).anchor()).isEqualTo("sheep-dipping");
        assertThat(hits.get(0).match()).isEqualToIgnoringCase("sheep dipping");
        assertThat(hits)
                .anyMatch(
                        h -> h.kind() == SearchIndex.Kind.GLOSSARY && h.target().equals("sheep-dipping"));
    }

    @Test
    void citationsAreSearchableByTheirLabels() {
        assertThat(index.search("Wright & Pandey", 50))
                .anyMatch(h -> h.kind() == SearchIndex.Kind.LESSON && h.target().equals("the-critics"))
                .anyMatch(h ->
                        h.kind() == SearchIndex.Kind.REFERENCE && h.target().equals("wrightpandey2010"));
    }

    @Test
    void allWordsMustMatchAndCaseIsIgnored() {
        assertThat(index.search("HEGEMONY", 100)).isNotEmpty();
        assertThat(index.search("hegemony zzzqqq", 100)).isEmpty();
        assertThat(index.search("   ", 100)).isEmpty();
    }

    /** Issue 15: "İ" lower-cases to two characters; the hit after it must neither throw nor shift. */
    @Test
    void dottedCapitalIBeforeAHitKeepsTheRangeOnTheOriginalText() {
        String text = "İİİ İstanbul and hegemony here";
        SearchIndex idx = SearchIndex.of(java.util.List.of(
                new SearchIndex.Entry(SearchIndex.Kind.LESSON, "l", null, "T", "", text, SearchIndex.fold(text))));
        var hits = idx.search("HEGEMONY", 10);
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).match()).isEqualTo("hegemony");
        assertThat(text.substring(hits.get(0).start(), hits.get(0).start() + 8)).isEqualTo("hegemony");
        assertThat(idx.search("istanbul", 10).get(0).match()).isEqualTo("İstanbul");
        assertThat(SearchIndex.fold(text)).hasSameSizeAs(text);
    }

    /** Issue 10, item 11: a section's heading and its first sentence do not run together in a snippet. */
    @Test
    void snippetsSeparateTheHeadingFromTheTextAndLinesFromEachOther() {
        String text =
                "Subaltern status\nAuthority over clinical work moved to managers\nA second line\n\nEnds here.\nLast";
        SearchIndex idx = SearchIndex.of(java.util.List.of(
                new SearchIndex.Entry(SearchIndex.Kind.LESSON, "l", "s", "T", "M", text, SearchIndex.fold(text))));
        assertThat(idx.search("authority", 10).get(0).snippet())
                .startsWith(
                        "Subaltern status: Authority over clinical work moved to managers · A second line · Ends here. Last");
    }

    @Test
    void glossaryAndReferenceHitsDoNotRepeatTheirKindAsTheirPlace() {
        var hits = index.search("hegemony", 200);
        assertThat(hits)
                .anyMatch(h -> h.kind() == SearchIndex.Kind.GLOSSARY)
                .filteredOn(h -> h.kind() != SearchIndex.Kind.LESSON)
                .allMatch(h -> h.context() == null);
        assertThat(hits)
                .filteredOn(h -> h.kind() == SearchIndex.Kind.LESSON)
                .allMatch(h -> !h.context().isBlank());
    }
}
