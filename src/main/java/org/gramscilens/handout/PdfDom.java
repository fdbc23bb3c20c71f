package org.gramscilens.handout;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3c.dom.Text;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The handout HTML as the DOM openhtmltopdf prints, with two repairs; the HTML file itself is untouched.
 *
 * <ul>
 *   <li>Images it cannot print (SVG, WebP) would vanish silently; they become their alt text.</li>
 *   <li>It may break a line where an inline element meets punctuation ({@code <em>x</em>,} puts the comma
 *       first on the next line; upstream issues #39, #830 and #864), which browsers never do. We found that
 *       {@code white-space: nowrap} does not stop it and an inline-block sometimes leaves an empty line
 *       above it, so the punctuation touching an inline element is moved inside it: {@code <em>x,</em>},
 *       {@code <a>(Gramsci 1971).</a>}. The cost: such a comma takes the element's style.</li>
 * </ul>
 */
final class PdfDom {
    /** Code is left out: a comma in monospace would look wrong. */
    private static final Set<String> INLINE =
            Set.of("a", "em", "strong", "del", "s", "sup", "sub", "span", "i", "b", "abbr");

    private PdfDom() {}

    static Document parse(String xhtml) throws HandoutException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new InputSource(new StringReader(xhtml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new HandoutException("could not read the handout HTML for the PDF: " + e.getMessage(), e);
        }
    }

    /**
     * openhtmltopdf prints PNG, JPEG and GIF; an SVG or WebP image (fine in the HTML) would silently vanish
     * from the PDF, so it is replaced by its alt text, marked as an image.
     */
    static void replaceUnprintableImages(Document doc) {
        NodeList imgs = doc.getElementsByTagName("img");
        List<Element> replace = new ArrayList<>();
        for (int i = 0; i < imgs.getLength(); i++) {
            Element img = (Element) imgs.item(i);
            String src = img.getAttribute("src");
            if (!(src.startsWith("data:image/png;")
                    || src.startsWith("data:image/jpeg;")
                    || src.startsWith("data:image/gif;"))) {
                replace.add(img);
            }
        }
        for (Element img : replace) {
            Element span = doc.createElement("span");
            span.setAttribute("class", "image-missing");
            String alt = img.getAttribute("alt");
            span.appendChild(doc.createTextNode(HandoutText.get("handout.image.notInPdf", alt.isBlank() ? "?" : alt)));
            img.getParentNode().replaceChild(span, img);
        }
    }

    /** Moves the non-space characters right before and after each inline element into it. */
    static void keepPunctuationWithInlines(Document doc) {
        NodeList all = doc.getElementsByTagName("*");
        List<Element> inline = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (INLINE.contains(e.getTagName().toLowerCase(Locale.ROOT))) {
                inline.add(e);
            }
        }
        // Document order: an outer element takes its punctuation first, then passes it on to the inner one.
        for (Element e : inline) {
            if (e.getPreviousSibling() instanceof Text prev) {
                String before = trailingWord(prev.getData());
                if (!before.isEmpty()) {
                    prev.setData(prev.getData().substring(0, prev.getData().length() - before.length()));
                    if (e.getFirstChild() instanceof Text first) {
                        first.setData(before + first.getData());
                    } else {
                        e.insertBefore(doc.createTextNode(before), e.getFirstChild());
                    }
                }
            }
            if (e.getNextSibling() instanceof Text next) {
                String after = leadingWord(next.getData());
                if (!after.isEmpty()) {
                    next.setData(next.getData().substring(after.length()));
                    if (e.getLastChild() instanceof Text last) {
                        last.setData(last.getData() + after);
                    } else {
                        e.appendChild(doc.createTextNode(after));
                    }
                }
            }
        }
    }

    /** The punctuation at the end of {@code s} (an opening bracket or quote before an element). */
    private static String trailingWord(String s) {
        int i = s.length();
        while (i > 0 && isPunctuation(s.charAt(i - 1))) {
            i--;
        }
        return s.substring(i);
    }

    /** The punctuation at the start of {@code s} (a comma, full stop or closing bracket after an element). */
    private static String leadingWord(String s) {
        int i = 0;
        while (i < s.length() && isPunctuation(s.charAt(i))) {
            i++;
        }
        return s.substring(0, i);
    }

    /** Not a letter, digit or space: words stay outside, so {@code text<sup>1</sup>} keeps "text" upright. */
    private static boolean isPunctuation(char c) {
        return !Character.isLetterOrDigit(c) && !Character.isWhitespace(c);
    }
}
