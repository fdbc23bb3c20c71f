package org.gramscilens.handout;

import org.gramscilens.files.AtomicWrite;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.gramscilens.course.Course;
import org.gramscilens.course.Lesson;

/** Makes a handout of a lesson or the course in HTML or PDF, and writes it to a file. */
public final class HandoutExporter {

    public enum Format {
        HTML, PDF;

        /** "pdf" or "html" (any case). */
        public static Optional<Format> parse(String name) {
            if (name == null) {
                return Optional.empty();
            }
            return switch (name.strip().toLowerCase(Locale.ROOT)) {
                case "pdf" -> Optional.of(PDF);
                case "html", "htm" -> Optional.of(HTML);
                default -> Optional.empty();
            };
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

    public HandoutExporter(HtmlHandout html, PdfHandout pdf) {
        this.html = html;
        this.pdf = pdf;
    }

    public byte[] lesson(Course course, Lesson lesson, Format format, HandoutOptions options) throws HandoutException {
        return bytes(html.lesson(course, lesson, options), format);
    }

    public byte[] course(Course course, Format format, HandoutOptions options) throws HandoutException {
        return bytes(html.course(course, options), format);
    }

    private byte[] bytes(String document, Format format) throws HandoutException {
        return format == Format.PDF ? pdf.render(document) : document.getBytes(StandardCharsets.UTF_8);
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
