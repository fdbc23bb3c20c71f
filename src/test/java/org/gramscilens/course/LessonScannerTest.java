package org.gramscilens.course;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LessonScannerTest {
    @Test
    void headingIdsFollowTheDocumentedRule() {
        assertThat(LessonScanner.headingId("Hegemony as \"common sense\"")).isEqualTo("hegemony-as-common-sense");
        assertThat(LessonScanner.headingId("Who speaks? Service users' voices")).isEqualTo("who-speaks-service-users-voices");
        assertThat(LessonScanner.headingId("  Cadres — 1980  ")).isEqualTo("cadres-1980");
        assertThat(LessonScanner.headingId("Égalité")).isEqualTo("égalité");
    }

    @Test
    void citationKeysAreSplitFromLocators() {
        assertThat(LessonScanner.citationKeys("@therborn1980, pp. 58-59")).containsExactly("therborn1980");
        assertThat(LessonScanner.citationKeys("@bohmer2012; @dickinson2008")).containsExactly("bohmer2012", "dickinson2008");
        assertThat(LessonScanner.citationKeys("see @oreilly2011.")).isEmpty();
    }

    @Test
    void scanFindsHeadingsLinksImagesAndCitationsWithFileLines() {
        var scan = new LessonScanner().scan("## One\n\n[x](lesson:a#b) ![i](img.png)\n\nText [@k1; @k2].\n\n```\n[@code]\n```\n", 10);
        assertThat(scan.headings()).singleElement().satisfies(h -> {
            assertThat(h.id()).isEqualTo("one");
            assertThat(h.line()).isEqualTo(10);
        });
        assertThat(scan.links()).containsExactly(new LessonScanner.Ref("lesson:a#b", 12));
        assertThat(scan.images()).containsExactly(new LessonScanner.Ref("img.png", 12));
        assertThat(scan.citations()).containsExactly(new LessonScanner.Ref("k1", 14), new LessonScanner.Ref("k2", 14));
    }
}
