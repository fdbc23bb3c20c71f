package org.gramscilens.handout;

/** Escaping for the handout's own markup (content goes through flexmark's escaping). */
final class Html {
    private Html() {}

    /** Text or attribute value with {@code & < > " '} escaped; the result is also well-formed XML. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    // Control characters other than tab and line ends are not allowed in XML (the PDF path parses it).
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** An id fragment made of {@code [A-Za-z0-9_.-]} only, so it is valid in HTML, XML and a URL fragment. */
    static String idPart(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c >= 'a' && c <= 'z'
                    || c >= 'A' && c <= 'Z'
                    || c >= '0' && c <= '9'
                    || c == '_'
                    || c == '.'
                    || c == '-';
            b.append(ok ? c : '_');
        }
        return b.toString();
    }
}
