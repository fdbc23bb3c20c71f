package org.gramscilens.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gramscilens.TestCourses;
import org.gramscilens.course.Course;
import org.gramscilens.course.CourseLoader;
import org.gramscilens.markdown.syntax.MarkdownParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole bundled course is printed once; the checks read it back with PDFBox. */
class PdfHandoutTest {
    private static PDDocument course;
    private static List<String> pages;

    @TempDir
    Path dir;

    @BeforeAll
    static void printTheCourse() throws Exception {
        Course bundled = new CourseLoader().load(TestCourses.bundled());
        byte[] pdf =
                new PdfHandout().render(new HtmlHandout(new MarkdownParser()).course(bundled, HandoutOptions.DEFAULT));
        course = Loader.loadPDF(pdf);
        pages = pageTexts(course);
    }

    @AfterAll
    static void close() throws IOException {
        course.close();
    }

    private static List<String> pageTexts(PDDocument doc) throws IOException {
        List<String> out = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            out.add(stripper.getText(doc).replaceAll("\\s+", " ").strip());
        }
        return out;
    }

    private static int firstPageWith(String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void pagesCarryTheTitlePageEveryModuleAndTheBackMatter() {
        assertThat(pages.get(0))
                .contains("Medical Leadership through a Gramscian Lens")
                .contains("Hegemony, cadres and common sense in the modern health service");
        int first = firstPageWith("What is (medical) leadership?");
        int last = firstPageWith("MEDICAL LEADERSHIP THROUGH A GRAMSCIAN LENS · MODULE 12");
        int references = firstPageWith("References O'Reilly");
        assertThat(first).isBetween(1, 3);
        assertThat(last).isGreaterThan(first);
        assertThat(pages.stream().filter(p -> p.contains("· MODULE ")).count()).isGreaterThanOrEqualTo(12);
        assertThat(String.join(" ", pages))
                .contains("(O'Reilly & Reed 2011)")
                .contains("O'Reilly, Dermot; Reed, Mike (2011)")
                .contains("Learning objectives")
                .contains("Discussion questions");
        assertThat(firstPageWith("Glossary Cadre")).isGreaterThan(last);
        assertThat(references).isEqualTo(-1); // the list is alphabetical: Baker comes first
        assertThat(firstPageWith("The deck (n.d.).")).isGreaterThan(last);
        assertThat(firstPageWith("Baker, G. Ross")).isGreaterThan(last);
    }

    @Test
    void everyPageIsA4AndNumberedPageNofM() {
        int total = course.getNumberOfPages();
        assertThat(total).isGreaterThan(24);
        for (int i = 0; i < total; i++) {
            assertThat(HandoutFixtures.count(pages.get(i), "Page \\d+ of \\d+"))
                    .as("page %d", i + 1)
                    .isEqualTo(1);
            assertThat(pages.get(i)).as("page %d", i + 1).contains("Page " + (i + 1) + " of " + total);
            PDPage page = course.getPage(i);
            assertThat(page.getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
        }
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        List<String> fonts = new ArrayList<>();
        for (PDPage page : course.getPages()) {
            collectFonts(page.getResources(), fonts);
        }
        assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f).endsWith(" embedded"));
        assertThat(fonts)
                .anySatisfy(f -> assertThat(f).contains("DejaVuSerif"))
                .anySatisfy(f -> assertThat(f).contains("DejaVuSans-Bold"));
    }

    private static void collectFonts(PDResources resources, List<String> out) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            out.add(font.getName() + (font.isEmbedded() ? " embedded" : " NOT EMBEDDED"));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form) {
                collectFonts(form.getResources(), out);
            }
        }
    }

    @Test
    void aLessonPdfHasItsImageNotesAndReferences() throws Exception {
        Course c = HandoutFixtures.course(dir);
        String html = new HtmlHandout(new MarkdownParser())
                .lesson(c, c.lesson("first").orElseThrow(), new HandoutOptions(true));
        try (PDDocument doc = Loader.loadPDF(new PdfHandout().render(html))) {
            String text = String.join(" ", pageTexts(doc));
            assertThat(text)
                    .contains("First lesson")
                    .contains("SPEAKER NOTES say this only to the room.")
                    .contains("(O'Reilly & Reed 2011)")
                    .contains("☑ done task")
                    .contains("References O'Reilly, Dermot; Reed, Mike (2011) The grit in the oyster.")
                    .contains("Page 1 of " + doc.getNumberOfPages());
            List<PDImageXObject> images = new ArrayList<>();
            PDResources res = doc.getPage(0).getResources();
            for (COSName name : res.getXObjectNames()) {
                if (res.getXObject(name) instanceof PDImageXObject img) {
                    images.add(img);
                }
            }
            assertThat(images)
                    .singleElement()
                    .satisfies(img -> assertThat(img.getWidth()).isEqualTo(2));
        }
    }

    @Test
    void anSvgImageIsInlinedInHtmlAndNamedInThePdf() throws Exception {
        Course c = HandoutFixtures.course(dir);
        String html = new HtmlHandout(new MarkdownParser())
                .lesson(c, c.lesson("second").orElseThrow(), HandoutOptions.DEFAULT);
        assertThat(html).contains("<img src=\"data:image/svg+xml;base64,").contains("alt=\"A diagram\"");
        try (PDDocument doc = Loader.loadPDF(new PdfHandout().render(html))) {
            assertThat(String.join(" ", pageTexts(doc))).contains("Image (shown in the HTML handout only): A diagram");
        }
    }
}
