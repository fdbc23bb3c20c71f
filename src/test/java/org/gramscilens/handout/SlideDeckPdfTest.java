package org.gramscilens.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gramscilens.TestCourses;
import org.gramscilens.course.Course;
import org.gramscilens.course.CourseLoader;
import org.gramscilens.course.Lesson;
import org.gramscilens.markdown.syntax.MarkdownParser;
import org.gramscilens.slides.SlideDeck;
import org.gramscilens.slides.SlideSplitter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Lesson 1 of the bundled course as a slide deck PDF, read back with PDFBox. */
class SlideDeckPdfTest {
    private static Course course;
    private static Lesson lesson;
    private static SlideDeck deck;
    private static final HandoutExporter EXPORTER = new HandoutExporter(new MarkdownParser());

    @BeforeAll
    static void load() throws Exception {
        course = new CourseLoader().load(TestCourses.bundled());
        lesson = course.lesson("what-is-medical-leadership").orElseThrow();
        deck = new SlideSplitter(new MarkdownParser()).split(lesson);
    }

    private static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> out = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                out.add(stripper.getText(doc).replaceAll("\\s+", " ").strip());
            }
            return out;
        }
    }

    @Test
    void onePageForEachSlideAt16by9WithFontsEmbeddedAndTheReferencesLast() throws Exception {
        byte[] pdf = EXPORTER.lesson(course, lesson, HandoutExporter.Format.SLIDES_PDF, HandoutOptions.DEFAULT);
        List<String> pages = pages(pdf);

        assertThat(pages).hasSize(deck.size() + 1);
        assertThat(pages.get(0)).contains("What is (medical) leadership?").contains("Learning objectives");
        assertThat(pages.get(3))
                .contains("The machinery of leadership development")
                .contains("Competency frameworks")
                .doesNotContain("Whatever its merits");
        assertThat(pages.get(deck.size())).contains("References");
        assertThat(String.join(" ", pages)).contains("(Jorm & Parker 2015)").doesNotContain("[@");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                PDRectangle box = page.getMediaBox();
                assertThat((double) box.getWidth() / box.getHeight())
                        .isCloseTo(16 / 9.0, org.assertj.core.data.Offset.offset(0.01));
                for (COSName name : page.getResources().getFontNames()) {
                    assertThat(page.getResources().getFont(name).isEmbedded()).isTrue();
                }
            }
        }
    }

    @Test
    void aPollSlideShowsTheQuestionAndItsNotesPageTheAnswer() throws Exception {
        byte[] pdf = EXPORTER.lesson(course, lesson, HandoutExporter.Format.SLIDES_PDF, new HandoutOptions(true));
        List<String> pages = pages(pdf);

        assertThat(pages).hasSize(2 * deck.size() + 1);
        int poll = -1;
        for (int i = 0; i < deck.size(); i++) {
            if (!deck.slide(i)
                    .directives(org.gramscilens.slides.Directive.QuizPoll.class)
                    .isEmpty()) {
                poll = i;
            }
        }
        assertThat(poll).isPositive();
        String slide = pages.get(2 * poll);
        String notes = pages.get(2 * poll + 1);
        assertThat(slide).contains("A True").contains("B False").doesNotContain("Answer:");
        assertThat(notes).contains("Speaker notes").contains("Answer: B");
        assertThat(pages.get(1))
                .contains("Speaker notes · slide 1 of " + deck.size())
                .contains(lesson.summary().substring(0, 40));
    }
}
