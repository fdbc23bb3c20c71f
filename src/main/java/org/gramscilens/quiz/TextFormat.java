package org.gramscilens.quiz;

import java.util.Optional;

/**
 * How a piece of question text is to be read. These are the four formats a GIFT file can name in
 * square brackets ({@code [markdown]}); Moodle XML spells them differently, so each constant knows
 * both spellings.
 */
public enum TextFormat {
    /** Moodle's "auto format": plain text with line breaks kept and URLs linked. GIFT's default. */
    MOODLE("moodle", "moodle_auto_format"),
    HTML("html", "html"),
    PLAIN("plain", "plain_text"),
    MARKDOWN("markdown", "markdown");

    private final String giftName;
    private final String xmlName;

    TextFormat(String giftName, String xmlName) {
        this.giftName = giftName;
        this.xmlName = xmlName;
    }

    /** The name inside GIFT's square brackets and in the JSON form. */
    public String giftName() {
        return giftName;
    }

    /** The value of Moodle XML's {@code format} attribute. */
    public String xmlName() {
        return xmlName;
    }

    /** The format a GIFT tag names; empty for anything else (Moodle then keeps the tag as text). */
    public static Optional<TextFormat> fromGiftName(String name) {
        for (TextFormat f : values()) {
            if (f.giftName.equals(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * The format a Moodle XML {@code format} attribute names. Moodle reads an unknown name as HTML,
     * and so do we; its legacy {@code wiki_like} format has no counterpart and is read as Moodle auto-format.
     */
    public static TextFormat fromXmlName(String name) {
        String n = name.trim();
        if (n.equals("wiki_like")) {
            return MOODLE;
        }
        for (TextFormat f : values()) {
            if (f.xmlName.equals(n)) {
                return f;
            }
        }
        return HTML;
    }
}
