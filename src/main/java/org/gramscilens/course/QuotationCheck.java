package org.gramscilens.course;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gramscilens.markdown.syntax.Citation;
import org.gramscilens.markdown.syntax.Citations;

/**
 * Warns about a quotation in a lesson attributed to a paged work without a page: text in double quotation marks
 * followed by a citation ({@code "..." [@parker2013]}), or a block quotation whose last line holds the citation,
 * where the cited reference has pages (a {@code pages} field, or a book, chapter or report) and the citation
 * gives no locator. Quoting a work's own title is not a quotation of its text, so a quoted title is left alone.
 */
final class QuotationCheck {
    private static final Pattern INLINE =
            Pattern.compile("[“\"]([^“”\"\\n]{2,}?)[”\"][\\s,.;:—–-]*\\[([^\\[\\]]*@[^\\[\\]]*)\\]");
    private static final Pattern BRACKET = Pattern.compile("\\[([^\\[\\]]*@[^\\[\\]]*)\\]");
    private static final Set<String> PAGED_TYPES = Set.of("book", "chapter", "report");

    private QuotationCheck() {}

    static void check(Course course, List<Problem> out) {
        for (Lesson lesson : course.lessons().filter(l -> !l.broken()).toList()) {
            String[] lines = lesson.body().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                int line = lesson.bodyLine() + i;
                Matcher m = INLINE.matcher(lines[i]);
                while (m.find()) {
                    warn(course, lesson, line, m.group(2), m.group(1), out);
                }
                boolean quoteEnds = lines[i].stripLeading().startsWith(">")
                        && (i + 1 == lines.length
                                || !lines[i + 1].stripLeading().startsWith(">"));
                if (quoteEnds) {
                    Matcher b = BRACKET.matcher(lines[i]);
                    while (b.find()) {
                        warn(course, lesson, line, b.group(1), null, out);
                    }
                }
            }
        }
    }

    private static void warn(Course course, Lesson lesson, int line, String bracket, String quoted, List<Problem> out) {
        if (!Citations.isCitation(bracket)) {
            return;
        }
        for (Citation c : Citations.parse(bracket)) {
            Reference r = course.reference(c.key()).orElse(null);
            if (r == null || !c.locator().isBlank() || !paged(r) || isTitle(quoted, r)) {
                continue;
            }
            out.add(Problem.warning(
                    lesson.file(),
                    line,
                    "quotation attributed to [@" + c.key() + "] without a page:" + " write [@" + c.key()
                            + ", p. N], or cite where the words really come from (e.g. [@deck, S9])"));
        }
    }

    private static boolean paged(Reference r) {
        return r.pages() != null && !r.pages().isBlank()
                || r.type() != null && PAGED_TYPES.contains(r.type().toLowerCase(Locale.ROOT));
    }

    private static boolean isTitle(String quoted, Reference r) {
        return quoted != null
                && r.title() != null
                && r.title().toLowerCase(Locale.ROOT).startsWith(quoted.strip().toLowerCase(Locale.ROOT));
    }
}
