package org.gramscilens.handout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.gramscilens.course.Course;
import org.gramscilens.course.Lesson;
import org.gramscilens.files.AtomicWrite;
import org.gramscilens.markdown.syntax.MarkdownParser;

/** Makes a handout of a lesson or the course in HTML or PDF, and writes it to a file. */
public final class HandoutExporter {

    /** A handout as HTML or PDF, or the slides as a 16:9 PDF deck (one page per slide). */
    public enum Format {
        HTML,
        PDF,
        SLIDES_PDF;

        /** "pdf", "html" or "slides-pdf" (any case). */
        public static Optional<Format> parse(String name) {
            if (name == null) {
                return Optional.empty();
            }
            return switch (name.strip().toLowerCase(Locale.ROOT)) {
                case "pdf" -> Optional.of(PDF);
                case "html", "htm" -> Optional.of(HTML);
                case "slides-pdf", "slides" -> Optional.of(SLIDES_PDF);
                default -> Optional.empty();
            };
        }

        /** How the command line and messages name it: {@code pdf}, {@code html}, {@code slides-pdf}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The format a file name asks for: {@code .pdf}, {@code .html} or {@code .htm}. */
        public static Optional<Format> of(Path file) {
            String name = file.getFileName() == null ? "" : file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            return dot < 0 ? Optional.empty() : parse(name.substring(dot + 1));
        }
    }

    private final HtmlHandout html;
    private final PdfHandout pdf;
    private final SlideDeckHandout slides;

    /** The exporter of every format, reading Markdown with {@code parser}. */
    public HandoutExporter(MarkdownParser parser) {
        this(new HtmlHandout(parser), new PdfHandout(), new SlideDeckHandout(parser));
    }

    public HandoutExporter(HtmlHandout html, PdfHandout pdf, SlideDeckHandout slides) {
        this.html = html;
        this.pdf = pdf;
        this.slides = slides;
    }

    public byte[] lesson(Course course, Lesson lesson, Format format, HandoutOptions options) throws HandoutException {
        return bytes(
                format == Format.SLIDES_PDF
                        ? slides.lesson(course, lesson, options)
                        : html.lesson(course, lesson, options),
                format);
    }

    public byte[] course(Course course, Format format, HandoutOptions options) throws HandoutException {
        return bytes(
                format == Format.SLIDES_PDF ? slides.course(course, options) : html.course(course, options), format);
    }

    private byte[] bytes(String document, Format format) throws HandoutException {
        return format == Format.HTML ? document.getBytes(StandardCharsets.UTF_8) : pdf.render(document);
    }

    /** Writes {@code data} to {@code file} with {@link AtomicWrite}: a failure leaves no half file and the old one whole. */
    public static void write(byte[] data, Path file) throws HandoutException {
        try {
            AtomicWrite.write(file, data);
        } catch (IOException e) {
            throw new HandoutException(e.getMessage(), e);
        }
    }
}
