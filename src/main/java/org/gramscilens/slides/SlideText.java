package org.gramscilens.slides;

import org.gramscilens.i18n.Bundle;

/** The words the splitter writes itself (the title slide's "Learning objectives", "Discussion"). */
final class SlideText {
    private static final Bundle BUNDLE = Bundle.of("org.gramscilens.slides.messages");

    private SlideText() {
    }

    static String get(String key) {
        return BUNDLE.get(key);
    }

    /** Front-matter text made safe to put into Markdown: punctuation that Markdown reads is escaped. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (char c : text.strip().toCharArray()) {
            if ("\\`*_[]<>#|~&!{}".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c == '\n' || c == '\r' ? ' ' : c);
        }
        return b.toString();
    }
}
