package org.gramscilens.handout;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;

/**
 * Prints handout HTML to an A4 PDF with openhtmltopdf. The DejaVu fonts shipped in {@code fonts/} are
 * embedded (subset), so the PDF looks the same everywhere; the page size, margins and "Page N of M" come
 * from the stylesheet's {@code @page} rules. Nothing is fetched: only {@code data:} resources are let in.
 */
public final class PdfHandout {
    private static final String FONTS = "fonts/";

    /**
     * PDFBox warns through commons-logging, which falls back to java.util.logging (stderr) when nothing else
     * is configured, e.g. that the base-14 Symbol font openhtmltopdf registers maps to a system font. The
     * handout never uses those fonts (all text is in the embedded DejaVu fonts, which the tests check), so
     * the command line stays quiet. Held in a field: java.util.logging keeps loggers only weakly.
     */
    private static final java.util.logging.Logger PDFBOX_LOG = java.util.logging.Logger.getLogger("org.apache.pdfbox");

    static {
        // openhtmltopdf logs every step to java.util.logging (stderr); what matters reaches the diagnostic consumer.
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        PDFBOX_LOG.setLevel(Level.SEVERE);
    }

    private record FontFile(String file, String family, int weight, FontStyle style) {}

    private static final List<FontFile> FONT_FILES = List.of(
            new FontFile("DejaVuSerif.ttf", "DejaVu Serif", 400, FontStyle.NORMAL),
            new FontFile("DejaVuSerif-Bold.ttf", "DejaVu Serif", 700, FontStyle.NORMAL),
            new FontFile("DejaVuSerif-Italic.ttf", "DejaVu Serif", 400, FontStyle.ITALIC),
            new FontFile("DejaVuSerif-BoldItalic.ttf", "DejaVu Serif", 700, FontStyle.ITALIC),
            new FontFile("DejaVuSans.ttf", "DejaVu Sans", 400, FontStyle.NORMAL),
            new FontFile("DejaVuSans-Bold.ttf", "DejaVu Sans", 700, FontStyle.NORMAL),
            new FontFile("DejaVuSansMono.ttf", "DejaVu Sans Mono", 400, FontStyle.NORMAL));

    public byte[] render(String html) throws HandoutException {
        return render(html, w -> {});
    }

    /** @param warnings told what openhtmltopdf reports at WARNING or worse (a CSS property it ignores ...) */
    public byte[] render(String html, Consumer<String> warnings) throws HandoutException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        org.w3c.dom.Document dom = PdfDom.parse(html);
        PdfDom.replaceUnprintableImages(dom);
        PdfDom.keepPunctuationWithInlines(dom);
        // The base URI only matters for relative resources, and a handout has none.
        builder.withW3cDocument(dom, "about:handout");
        for (FontFile f : FONT_FILES) {
            builder.useFont(() -> open(f.file()), f.family(), f.weight(), f.style(), true);
        }
        builder.useExternalResourceAccessControl(
                (uri, type) -> uri != null && uri.startsWith("data:"),
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl(
                (uri, type) -> uri != null && uri.startsWith("data:"),
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withDiagnosticConsumer(d -> {
            if (d.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.accept(d.getFormattedMessage());
            }
        });
        builder.withProducer("Gramsci Lens");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException | RuntimeException e) {
            throw new HandoutException("could not make the PDF: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static InputStream open(String file) {
        InputStream in = PdfHandout.class.getResourceAsStream(FONTS + file);
        if (in == null) {
            throw new IllegalStateException("missing font resource " + FONTS + file);
        }
        return in;
    }
}
