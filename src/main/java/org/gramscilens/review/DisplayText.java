package org.gramscilens.review;

import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gramscilens.course.Course;
import org.gramscilens.course.Reference;
import org.gramscilens.markdown.syntax.Citation;
import org.gramscilens.markdown.syntax.Citations;
import org.gramscilens.markdown.syntax.MarkdownParser;
import org.gramscilens.markdown.syntax.PlainText;
import org.gramscilens.quiz.FormattedText;
import org.gramscilens.quiz.TextFormat;

/**
 * Question texts as a learner reads them: Markdown and HTML without their markup, and Pandoc citations
 * ({@code [@therborn1980, pp. 58-59]}) as author-date text ({@code (Therborn 1980, pp. 58-59)}), in every
 * format. A key the course does not know is shown as the key.
 */
public final class DisplayText {

    private static final Pattern BRACKETS = Pattern.compile("\\[([^\\[\\]]*)\\]");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</p\\s*>|</li\\s*>|</div\\s*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private final Course course;
    private final MarkdownParser parser;

    public DisplayText(Course course, MarkdownParser parser) {
        this.course = Objects.requireNonNull(course, "course");
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    public String of(FormattedText text) {
        return of(text.text(), text.format());
    }

    public String of(String text, TextFormat format) {
        return switch (format) {
            case MARKDOWN -> PlainText.of(parser.parse(text), c -> cite(c.citations()));
            case HTML -> citations(html(text)).strip();
            case MOODLE, PLAIN -> citations(text).strip();
        };
    }

    private String citations(String text) {
        Matcher m = BRACKETS.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            List<Citation> cited = Citations.parse(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(cited.isEmpty() ? m.group() : cite(cited)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String cite(List<Citation> cited) {
        return cited.stream().map(c -> course.reference(c.key()).map(Reference::shortLabel).orElse(c.key())
                        + (c.locator().isEmpty() ? "" : ", " + c.locator()))
                .collect(Collectors.joining("; ", "(", ")"));
    }

    private static String html(String text) {
        String s = BREAK.matcher(text).replaceAll("\n");
        s = TAG.matcher(s).replaceAll("");
        // Every named and numeric entity HTML knows (&rsquo; &eacute; &#8217; ...), not a hand-picked few.
        return Escaping.unescapeHtml(s).replace('\u00a0', ' ');
    }
}
