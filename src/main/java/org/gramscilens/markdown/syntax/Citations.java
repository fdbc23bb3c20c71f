package org.gramscilens.markdown.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Pandoc-style citations: {@code [@key]}, {@code [@key, pp. 58-59]}, {@code [@a; @b]}.
 * No JavaFX: the course validator reuses it.
 */
public final class Citations {

    /**
     * One item: {@code @key} then an optional locator. Keys follow Pandoc: they start with a letter,
     * digit or underscore and may contain internal punctuation {@code :.#$%&-+?<>~/}.
     */
    private static final Pattern ITEM = Pattern.compile(
            "@([\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_]|[:.#$%&\\-+?<>~/](?=[\\p{L}\\p{N}_]))*)\\s*,?\\s*(.*)",
            Pattern.DOTALL);

    private Citations() {}

    /**
     * The citations in the text between the brackets, e.g. {@code "@a, p. 3; @b"}. Every
     * {@code ;}-separated item must start with {@code @key}; if one does not, this is not a citation
     * and the list is empty.
     */
    public static List<Citation> parse(String bracketContent) {
        if (bracketContent == null || bracketContent.isBlank()) {
            return List.of();
        }
        List<Citation> result = new ArrayList<>();
        for (String item : bracketContent.split(";", -1)) {
            Matcher m = ITEM.matcher(item.strip());
            if (!m.matches()) {
                return List.of();
            }
            result.add(new Citation(m.group(1), m.group(2).strip().replaceAll("\\s+", " ")));
        }
        return List.copyOf(result);
    }

    /** Whether {@code bracketContent} (the text between {@code [} and {@code ]}) is a citation. */
    public static boolean isCitation(String bracketContent) {
        return !parse(bracketContent).isEmpty();
    }

    private static final java.util.regex.Pattern BRACKETS =
            java.util.regex.Pattern.compile("\\[([^\\[\\]]*)\\](?!\\()");

    /**
     * Plain text with each bracketed citation ({@code [@key]}, {@code [@a, p. 5; @b]}) written as author-date
     * text, {@code (Label, p. 5; Label)}; {@code label} names a key (e.g. "Therborn 1980"). Other brackets and
     * links stay as they are. The quiz view and Moodle exports share this.
     */
    public static String toAuthorDate(String text, java.util.function.Function<String, String> label) {
        java.util.regex.Matcher m = BRACKETS.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            List<Citation> cited = parse(m.group(1));
            m.appendReplacement(
                    out,
                    java.util.regex.Matcher.quoteReplacement(
                            cited.isEmpty()
                                    ? m.group()
                                    : cited.stream()
                                            .map(c -> label.apply(c.key())
                                                    + (c.locator().isEmpty() ? "" : ", " + c.locator()))
                                            .collect(java.util.stream.Collectors.joining("; ", "(", ")"))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
