package org.gramscilens.review;

import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
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

    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</p\\s*>|</li\\s*>|</div\\s*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private final Course course;
    private final MarkdownParser parser;

    public DisplayText(Course course, MarkdownParser parser) {
        this.course = Objects.requireNonNull(course, "course");
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    /** A stretch of display text with its emphasis, for views that keep Markdown's italics and bold. */
    public record Run(String text, boolean italic, boolean bold, boolean code) {}

    /**
     * The text as {@link #of(FormattedText)} gives it, cut into runs that keep Markdown's emphasis,
     * strong emphasis and code spans; other formats are one plain run.
     */
    public List<Run> runs(FormattedText text) {
        if (text.format() != TextFormat.MARKDOWN) {
            return List.of(new Run(of(text), false, false, false));
        }
        List<Run> out = new java.util.ArrayList<>();
        collect(parser.parse(text.text()), false, false, out);
        if (!out.isEmpty()) {
            Run first = out.get(0);
            out.set(0, new Run(first.text().stripLeading(), first.italic(), first.bold(), first.code()));
            Run last = out.get(out.size() - 1);
            out.set(out.size() - 1, new Run(last.text().stripTrailing(), last.italic(), last.bold(), last.code()));
        }
        out.removeIf(r -> r.text().isEmpty());
        return out;
    }

    private void collect(com.vladsch.flexmark.util.ast.Node parent, boolean italic, boolean bold, List<Run> out) {
        for (var node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof com.vladsch.flexmark.ast.Emphasis) {
                collect(node, true, bold, out);
            } else if (node instanceof com.vladsch.flexmark.ast.StrongEmphasis) {
                collect(node, italic, true, out);
            } else if (node instanceof com.vladsch.flexmark.ast.Code code) {
                add(out, new Run(code.getText().toString(), italic, bold, true));
            } else if (node instanceof com.vladsch.flexmark.ast.SoftLineBreak
                    || node instanceof com.vladsch.flexmark.ast.HardLineBreak) {
                add(out, new Run(" ", italic, bold, false));
            } else if (node instanceof org.gramscilens.markdown.syntax.CitationNode c) {
                add(out, new Run(cite(c.citations()), italic, bold, false));
            } else if (node instanceof com.vladsch.flexmark.ast.Text) {
                add(out, new Run(node.getChars().unescape(), italic, bold, false));
            } else if (node.hasChildren()) {
                collect(node, italic, bold, out);
                if (node instanceof com.vladsch.flexmark.util.ast.Block && node.getNext() != null) {
                    add(out, new Run("\n", false, false, false));
                }
            } else {
                add(out, new Run(node.getChars().unescape(), italic, bold, false));
            }
        }
    }

    /** Appends, joining with the run before when the styles match. */
    private static void add(List<Run> out, Run r) {
        Run last = out.isEmpty() ? null : out.get(out.size() - 1);
        if (last != null && last.italic() == r.italic() && last.bold() == r.bold() && last.code() == r.code()) {
            out.set(out.size() - 1, new Run(last.text() + r.text(), r.italic(), r.bold(), r.code()));
        } else {
            out.add(r);
        }
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
        return Citations.toAuthorDate(text, this::label);
    }

    private String label(String key) {
        return course.reference(key).map(Reference::shortLabel).orElse(key);
    }

    private String cite(List<Citation> cited) {
        return cited.stream()
                .map(c -> label(c.key()) + (c.locator().isEmpty() ? "" : ", " + c.locator()))
                .collect(java.util.stream.Collectors.joining("; ", "(", ")"));
    }

    private static String html(String text) {
        String s = BREAK.matcher(text).replaceAll("\n");
        s = TAG.matcher(s).replaceAll("");
        // Every named and numeric entity HTML knows (&rsquo; &eacute; &#8217; ...), not a hand-picked few.
        return Escaping.unescapeHtml(s).replace('\u00a0', ' ');
    }
}
