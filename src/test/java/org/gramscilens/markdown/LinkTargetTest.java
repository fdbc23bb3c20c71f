package org.gramscilens.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.gramscilens.markdown.syntax.LinkTarget;
import org.junit.jupiter.api.Test;

class LinkTargetTest {

    @Test
    void lessonLinks() {
        assertThat(LinkTarget.parse("lesson:gramscis-vocabulary"))
                .isEqualTo(new LinkTarget.Lesson("gramscis-vocabulary", null));
        assertThat(LinkTarget.parse("lesson:gramscis-vocabulary#hegemony"))
                .isEqualTo(new LinkTarget.Lesson("gramscis-vocabulary", "hegemony"));
        assertThat(LinkTarget.parse("lesson:")).isInstanceOf(LinkTarget.Unsupported.class);
    }

    @Test
    void anchorsGlossaryAndExternal() {
        assertThat(LinkTarget.parse("#cadres")).isEqualTo(new LinkTarget.Anchor("cadres"));
        assertThat(LinkTarget.parse("glossary:common-sense")).isEqualTo(new LinkTarget.Glossary("common-sense"));
        assertThat(LinkTarget.parse("https://example.org/x?y=1"))
                .isEqualTo(new LinkTarget.External("https://example.org/x?y=1"));
        assertThat(LinkTarget.parse("http://example.org")).isEqualTo(new LinkTarget.External("http://example.org"));
        assertThat(LinkTarget.parse("mailto:a@b.org")).isEqualTo(new LinkTarget.External("mailto:a@b.org"));
    }

    @Test
    void relativeLessonFiles() {
        assertThat(LinkTarget.parse("modules/02-gramscis-vocabulary/lesson.md#hegemony"))
                .isEqualTo(new LinkTarget.LessonFile("modules/02-gramscis-vocabulary/lesson.md", "hegemony"));
        assertThat(LinkTarget.parse("../02-x/lesson.md"))
                .isEqualTo(new LinkTarget.LessonFile("../02-x/lesson.md", null));
    }

    @Test
    void everythingElseIsUnsupported() {
        for (String url : new String[] {
            "file:///etc/passwd",
            "javascript:alert(1)",
            "/abs/lesson.md",
            "C:\\x\\lesson.md",
            "lesson.md?x=1",
            "images/x.png",
            "",
            "#",
            "ftp://example.org",
            "glossary:"
        }) {
            assertThat(LinkTarget.parse(url)).as(url).isInstanceOf(LinkTarget.Unsupported.class);
        }
    }
}
