package org.gramscilens.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gramscilens.handout.HandoutFixtures.count;
import static org.gramscilens.handout.HandoutFixtures.visibleText;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gramscilens.course.Course;
import org.gramscilens.markdown.syntax.MarkdownParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlHandoutTest {
    @TempDir
    Path dir;

    private final HtmlHandout handout = new HtmlHandout(new MarkdownParser());
    private Course course;

    @BeforeEach
    void writeCourse() throws Exception {
        course = HandoutFixtures.course(dir);
    }

    private String lesson(boolean notes) {
        return handout.lesson(course, course.lesson("first").orElseThrow(), new HandoutOptions(notes));
    }

    @Test
    void referencesNoExternalFileAndInlinesImages() {
        String html = lesson(false);

        assertThat(html)
                .doesNotContain("src=\"http")
                .doesNotContain("<link")
                .doesNotContain("<script")
                .doesNotContain("url(")
                .doesNotContain("@import");
        Matcher src = Pattern.compile("src=\"([^\"]*)\"").matcher(html);
        int images = 0;
        while (src.find()) {
            assertThat(src.group(1)).startsWith("data:image/png;base64,");
            images++;
        }
        assertThat(images).isEqualTo(1);
        assertThat(html).contains("alt=\"A red square\"");
        assertThat(visibleText(html)).contains("Image not found: images/none.png");
        // A web image is never fetched; it stays a link.
        assertThat(html).contains("<a href=\"https://example.org/x.png\" class=\"image-external\">Image: Remote</a>");
    }

    @Test
    void htmlInTheContentIsEscapedNeverPassedThrough() {
        String html = lesson(false);

        assertThat(html)
                .contains("Raw &lt;script&gt;alert(1)&lt;/script&gt; and &lt;b&gt;bold&lt;/b&gt;")
                .doesNotContain("<b>bold</b>")
                .doesNotContain("javascript:");
        assertThat(html).contains("<span class=\"link-unavailable\">bad</span>");
    }

    @Test
    void citationsReadAuthorYearAndLinkToTheFullReferenceList() {
        String html = lesson(false);
        String text = visibleText(html);

        assertThat(html)
                .contains(
                        "<span class=\"citation\">(<a href=\"#ref-oreilly2011\">O'Reilly &amp; Reed 2011</a>)</span>");
        assertThat(text)
                .contains("works by consent (O'Reilly & Reed 2011).")
                .contains("(Therborn 1980, pp. 58-59)")
                .contains("unknown [@nokey].");
        assertThat(html)
                .contains("<li id=\"ref-oreilly2011\">O&#39;Reilly, Dermot; Reed, Mike (2011) The grit in the "
                        + "oyster. Organization Studies 32(8): 1079-1101.</li>");
        assertThat(html)
                .contains("<li id=\"ref-therborn1980\">Therborn, Göran (1980) What Does the Ruling Class Do When "
                        + "It Rules? London: Verso. <a class=\"link-external\" href=\"https://example.org/therborn\">");
        assertThat(text).doesNotContain("Never cited");
        assertThat(text.indexOf("O'Reilly, Dermot")).isLessThan(text.indexOf("Therborn, Göran (1980)"));
    }

    @Test
    void glossaryTermsAreMarkedOncePerSectionAndListedAtTheEnd() {
        String html = lesson(false);

        assertThat(html)
                .contains("<a href=\"#term-hegemony\" class=\"term\" title=\"Hegemony: Leadership by "
                        + "&quot;consent&quot; &lt;not force&gt;.\">hegemony</a> works");
        assertThat(count(html, "class=\"term\"")).isEqualTo(1);
        assertThat(html)
                .contains("<dt id=\"term-hegemony\">Hegemony <span class=\"aliases\">(also: hegemonic)</span></dt>")
                .contains("<dt id=\"term-cadre\">Cadre")
                .contains("See also: <a class=\"link-internal\" href=\"#term-cadre\">Cadre</a>");
        assertThat(visibleText(html)).doesNotContain("Unused term");
    }

    @Test
    void objectivesDiscussionAndHeadingsAreThere() {
        String text = visibleText(lesson(false));

        assertThat(text)
                .contains("Learning objectives\nExplain hegemony")
                .contains("Discussion questions\nWho decides what counts as common sense?")
                .contains("Tables and images");
        assertThat(lesson(false))
                .contains("<h2 id=\"first--tables-and-images\">")
                .contains("<a href=\"#first--tables-and-images\" class=\"link-internal\">heading</a>")
                .contains("<th align=\"right\">Where</th>");
    }

    @Test
    void speakerNotesOnlyWhenAskedAndDirectivesNever() {
        String without = lesson(false);
        String with = lesson(true);

        assertThat(visibleText(without))
                .doesNotContain("say this only to the room")
                .doesNotContain("Speaker notes")
                .contains("After the break.");
        assertThat(with)
                .contains("<aside class=\"speaker-notes\"><p class=\"speaker-notes-label\">Speaker notes</p>\n"
                        + "<p>say this only to the room.</p>\n</aside>");
        assertThat(visibleText(with))
                .doesNotContain("[time")
                .doesNotContain("[quiz")
                .doesNotContain("Note:");
    }

    @Test
    void autolinksLinkOnlyToTheWebAndMailOthersAreText() {
        String html = lesson(false);

        assertThat(html)
                .doesNotContain("href=\"irc:")
                .doesNotContain("href=\"ftp:")
                .doesNotContain("href=\"file:")
                .doesNotContain("href=\"vbscript:");
        assertThat(visibleText(html)).contains("irc://foo.bar:2233/baz").contains("file:///etc/passwd");
        assertThat(html)
                .contains("<a href=\"https://ok.example/a\" class=\"link-external\">https://ok.example/a</a>")
                .contains("<a href=\"mailto:me@example.org\" class=\"link-external\">me@example.org</a>")
                .contains("<a href=\"http://www.example.com/w\" class=\"link-external\">www.example.com/w</a>");
    }

    @Test
    void linksToOtherLessonsWorkInsideACourseHandoutOnly() {
        String single = lesson(false);
        String whole = handout.course(course, HandoutOptions.DEFAULT);

        assertThat(single).contains("<span class=\"link-unavailable\">second lesson</span>");
        assertThat(whole)
                .contains("<a href=\"#second--more\" class=\"link-internal\">second lesson</a>")
                .contains("<article class=\"lesson\" id=\"lesson-second\">");
    }

    @Test
    void courseHandoutHasATitlePageContentsEveryModuleAndOneReferenceList() {
        String whole = handout.course(course, HandoutOptions.DEFAULT);
        String text = visibleText(whole);

        assertThat(whole)
                .contains("<h1 class=\"course-title\">Handout course</h1>")
                .contains("<a class=\"toc-entry\" href=\"#lesson-first\">First module</a>")
                .contains("<a class=\"toc-entry\" href=\"#lesson-second\">Second module</a>");
        assertThat(text).contains("Handout course · Module 2").contains("Licence: CC BY-SA 4.0");
        assertThat(count(whole, "<section class=\"references\"")).isEqualTo(1);
        assertThat(count(whole, "<section class=\"glossary\"")).isEqualTo(1);
    }

    @Test
    void theHtmlIsWellFormedSoThePdfPathCanReadIt() throws Exception {
        assertThat(PdfDom.parse(handout.course(course, new HandoutOptions(true)))
                        .getDocumentElement()
                        .getTagName())
                .isEqualTo("html");
    }

    @Test
    void pageFooterComesFromTheMessages() {
        assertThat(lesson(false))
                .contains("content: \"Page \" counter(page) \" of \" counter(pages) \"\";")
                .contains("size: A4;");
    }
}
