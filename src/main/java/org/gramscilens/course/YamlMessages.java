package org.gramscilens.course;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The YAML parser's wording ("while parsing a flow sequence ... expected ',' or ']', but got :") turned into
 * what a course author did and how to fix it, with the line where the mistake starts.
 */
final class YamlMessages {
    /** A mark in the parser's text: {@code in 'reader', line N, column C:} then the line's text. */
    private static final Pattern MARK = Pattern.compile("in '[^']*', line (\\d+), column \\d+:");

    record Plain(String message, int line) {}

    private YamlMessages() {}

    /**
     * @param fallbackLine the parser's own location, used when its text has no mark
     * @param yaml the text that was parsed, to look at the line the mark names
     */
    static Plain plain(String parserMessage, int fallbackLine, String yaml) {
        String m = parserMessage == null ? "" : parserMessage;
        Matcher mark = MARK.matcher(m);
        int line = fallbackLine;
        String text = "";
        // "while parsing a flow node" marks where the text ran out, not where the open bracket is.
        if (!m.contains("flow node") && mark.find()) {
            line = Integer.parseInt(mark.group(1));
            text = yaml.lines().skip(Math.max(line - 1, 0)).findFirst().orElse("");
        }
        return new Plain(explain(m, text), line);
    }

    private static String explain(String m, String lineText) {
        if (m.contains("(TAB)") || m.contains("\\t")) {
            return "a tab is used for indentation: indent with spaces";
        }
        if (m.contains("flow node")) {
            return "a '[' or '{' is not closed, or a value inside one is missing: close it, or put the whole"
                    + " value in quotes";
        }
        if (m.contains("flow sequence")) {
            return "a '[' list is not closed: add the ']' or, if the brackets are part of the text, put the whole"
                    + " value in quotes";
        }
        if (m.contains("flow mapping")) {
            return "a '{' is not closed: add the '}' or, if the braces are part of the text, put the whole value"
                    + " in quotes";
        }
        if (m.contains("quoted scalar")) {
            return "a quoted value is not closed: add the closing quote mark";
        }
        if (m.contains("mapping values are not allowed")) {
            return lineText.startsWith(" ")
                    ? "this line is indented more than the one above (indent only the items of a list or map):"
                            + " line it up with the keys around it"
                    : "the value contains ': ' (colon then space): put the whole value in quotes";
        }
        if (m.contains("could not find expected ':'")) {
            return "a line is not 'key: value': add the ':' after the key, or indent it under the key above";
        }
        if (m.contains("block mapping") || m.contains("block sequence") || m.contains("<block end>")) {
            return "the indentation is inconsistent: line up each key with the keys around it";
        }
        if (m.contains("alias") || m.contains("anchor")) {
            return "a value starts with '*' or '&', which YAML reads as a reference: put the value in quotes";
        }
        String first = m.lines().findFirst().orElse("").strip();
        return "the YAML does not parse (" + (first.isEmpty() ? "unknown reason" : first)
                + "): check the quotes, brackets and indentation";
    }
}
