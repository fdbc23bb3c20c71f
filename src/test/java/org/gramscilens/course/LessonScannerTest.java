package org.gramscilens.course;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LessonScannerTest {
    @Test
    void headingIdsFollowTheDocumentedRuleAndRepeatsGetASuffix() {
        var scan = new LessonScanner(new org.gramscilens.markdown.syntax.MarkdownParser())
                .scan(
                        "## Hegemony as \"common sense\"\n\n## Who speaks? Service users' voices\n\n## Cadres\n\n## Cadres\n",
                        1);
        assertThat(scan.headings())
                .extracting(LessonScanner.Section::id)
                .containsExactly("hegemony-as-common-sense", "who-speaks-service-users-voices", "cadres", "cadres-1");
    }

    @Test
    void scanFindsHeadingsLinksImagesAndCitationsWithFileLines() {
        var scan = new LessonScanner(new org.gramscilens.markdown.syntax.MarkdownParser())
                .scan("## One\n\n[x](lesson:a#b) ![i](img.png)\n\nText [@k1; @k2].\n\n```\n[@code]\n```\n", 10);
        assertThat(scan.headings()).singleElement().satisfies(h -> {
            assertThat(h.id()).isEqualTo("one");
            assertThat(h.line()).isEqualTo(10);
        });
        assertThat(scan.links()).containsExactly(new LessonScanner.Ref("lesson:a#b", 12));
        assertThat(scan.images()).containsExactly(new LessonScanner.Ref("img.png", 12));
        assertThat(scan.citations()).containsExactly(new LessonScanner.Ref("k1", 14), new LessonScanner.Ref("k2", 14));
    }
}
