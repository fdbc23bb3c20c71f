package org.gramscilens.search;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gramscilens.course.Course;
import org.gramscilens.course.GlossaryTerm;
import org.gramscilens.course.Lesson;
import org.gramscilens.course.Reference;
import org.gramscilens.markdown.syntax.CitationNode;
import org.gramscilens.markdown.syntax.MarkdownParser;
import org.gramscilens.markdown.syntax.PlainText;
import org.gramscilens.markdown.syntax.SlideSyntax;

/**
 * Full-text search over lessons (section by section), glossary terms and references. Text is lowercased
 * once at build time; a query is a few words that must all occur in one section (or entry).
 */
public final class SearchIndex {

    public enum Kind {
        LESSON,
        GLOSSARY,
        REFERENCE
    }

    /** One searchable unit: a lesson section, a glossary term or a reference. */
    record Entry(Kind kind, String target, String anchor, String title, String context, String text, String lower) {}

    /**
     * A search result.
     *
     * @param target lesson id, glossary id or reference key
     * @param anchor heading id within the lesson, or null
     * @param title what to show as the result's title
     * @param context where it is (module or section) for a lesson; null for glossary and references,
     *                whose kind says where they are
     * @param snippet text around the first match
     * @param match the matched text as it appears in the entry (for highlighting)
     * @param start where {@code match} starts in the entry's plain text
     */
    public record Hit(
            Kind kind,
            String target,
            String anchor,
            String title,
            String context,
            String snippet,
            String match,
            int start) {}

    private final List<Entry> entries;

    private SearchIndex(List<Entry> entries) {
        this.entries = entries;
    }

    /** An index over the given entries (for tests). */
    static SearchIndex of(List<Entry> entries) {
        return new SearchIndex(List.copyOf(entries));
    }

    public int size() {
        return entries.size();
    }

    public static SearchIndex build(Course course, MarkdownParser parser) {
        List<Entry> entries = new ArrayList<>();
        course.lessons().filter(l -> !l.broken()).forEach(l -> addLesson(course, parser, l, entries));
        for (GlossaryTerm t : course.glossary().values()) {
            String text = t.term() + "\n" + String.join(", ", t.aliases()) + "\n" + t.definition();
            entries.add(entry(Kind.GLOSSARY, t.id(), null, t.term(), null, text));
        }
        for (Reference r : course.references().values()) {
            entries.add(entry(
                    Kind.REFERENCE,
                    r.key(),
                    null,
                    r.shortLabel(),
                    null,
                    r.shortLabel() + "\n" + r.formatted() + (r.note() == null ? "" : "\n" + r.note())));
        }
        return new SearchIndex(List.copyOf(entries));
    }

    private static Entry entry(Kind kind, String target, String anchor, String title, String context, String text) {
        return new Entry(kind, target, anchor, title, context, text, fold(text));
    }

    /**
     * Case folding that keeps every character where it was: {@code String.toLowerCase} turns "İ" into two
     * characters, which moved every later match (issue 15: StringIndexOutOfBounds, highlights in the wrong
     * place). Each UTF-16 unit is lower-cased on its own, so an index into the folded text is the same index
     * into the original.
     */
    public static String fold(String text) {
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (!Character.isSurrogate(c)) {
                out[i] = Character.toLowerCase(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < out.length && Character.isLowSurrogate(out[i + 1])) {
                int cp = Character.toCodePoint(c, out[i + 1]);
                int lower = Character.toLowerCase(cp);
                if (Character.charCount(lower) == 2) {
                    out[i] = Character.highSurrogate(lower);
                    out[i + 1] = Character.lowSurrogate(lower);
                }
                i++;
            }
        }
        return new String(out);
    }

    private static void addLesson(Course course, MarkdownParser parser, Lesson lesson, List<Entry> out) {
        String module = course.moduleOf(lesson).map(m -> m.title()).orElse("");
        StringBuilder intro = new StringBuilder(lesson.title()).append('\n');
        if (lesson.summary() != null) {
            intro.append(lesson.summary()).append('\n');
        }
        lesson.objectives().forEach(o -> intro.append(o).append('\n'));
        lesson.discussion().forEach(o -> intro.append(o).append('\n'));
        String anchor = null;
        String sectionTitle = lesson.title();
        StringBuilder section = intro;
        // What a slide projects (::: slide blocks) repeats the lesson in short and is not on the reader's page.
        Node doc = parser.parse(SlideSyntax.withoutSlideBlocks(lesson.body(), parser));
        Map<Heading, String> ids = MarkdownParser.headingIds(doc);
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h) {
                out.add(entry(
                        Kind.LESSON,
                        lesson.id(),
                        anchor,
                        lesson.title(),
                        sectionContext(module, sectionTitle, anchor),
                        section.toString()));
                sectionTitle = MarkdownParser.headingText(h);
                anchor = ids.get(h);
                section = new StringBuilder(sectionTitle).append('\n');
            } else {
                // Citations read as the reader shows them, so "Therborn 1980" finds them.
                section.append(PlainText.of(n, c -> citationLabel(course, c))).append('\n');
            }
        }
        out.add(entry(
                Kind.LESSON,
                lesson.id(),
                anchor,
                lesson.title(),
                sectionContext(module, sectionTitle, anchor),
                section.toString()));
    }

    private static String sectionContext(String module, String sectionTitle, String anchor) {
        return anchor == null ? module : module + " › " + sectionTitle;
    }

    /** "[@therborn1980, p. 58]" reads as "(Therborn 1980, p. 58)", as the reader shows it. */
    private static String citationLabel(Course course, CitationNode c) {
        List<String> labels = new ArrayList<>();
        for (var item : c.citations()) {
            String label =
                    course.reference(item.key()).map(Reference::shortLabel).orElse(item.key());
            labels.add(item.locator().isEmpty() ? label : label + ", " + item.locator());
        }
        return "(" + String.join("; ", labels) + ")";
    }

    /**
     * Results, best first: an entry whose title or section heading holds the whole query, then one whose
     * text holds it as a phrase, then the rest; ties keep course order (lessons, glossary, references).
     */
    public List<Hit> search(String query, int limit) {
        String q = query == null ? "" : fold(query.strip());
        if (q.isEmpty()) {
            return List.of();
        }
        String[] words = q.split("\\s+");
        List<Hit> hits = new ArrayList<>();
        List<Integer> scores = new ArrayList<>();
        for (Entry e : entries) {
            if (!containsAll(e.lower(), words)) {
                continue;
            }
            String firstLine = e.lower().lines().findFirst().orElse("");
            scores.add((firstLine.contains(q) ? 2 : 0) + (e.lower().contains(q) ? 1 : 0));
            int at = e.lower().indexOf(q);
            int len = q.length();
            if (at < 0) {
                at = e.lower().indexOf(words[0]);
                len = words[0].length();
            }
            hits.add(new Hit(
                    e.kind(),
                    e.target(),
                    e.anchor(),
                    e.title(),
                    e.context(),
                    snippet(e.text(), at, len),
                    e.text().substring(at, at + len),
                    at));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Integer.compare(scores.get(b), scores.get(a)));
        return order.stream().limit(limit).map(hits::get).toList();
    }

    private static boolean containsAll(String text, String[] words) {
        for (String w : words) {
            if (!text.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The text around a match on one line. The entry's first line (a heading, term or label) is followed by
     * ": " and other line breaks by " · " unless the line ends a sentence, so a heading never runs into the
     * text after it ("Subaltern status: Authority…", not "Subaltern status Authority…").
     */
    private static String snippet(String text, int at, int len) {
        int from = Math.max(0, at - 60);
        int to = Math.min(text.length(), at + len + 80);
        int headingEnd = text.indexOf('\n');
        StringBuilder b = new StringBuilder();
        int lineStart = from;
        int lastEnd = -1;
        for (int i = from; i <= to; i++) {
            if (i < to && text.charAt(i) != '\n') {
                continue;
            }
            String line = text.substring(lineStart, i).replaceAll("\\s+", " ").strip();
            if (!line.isEmpty()) {
                if (b.length() > 0) {
                    char last = b.charAt(b.length() - 1);
                    b.append(".!?:;,".indexOf(last) >= 0 ? " " : lastEnd == headingEnd ? ": " : " · ");
                }
                b.append(line);
                lastEnd = i;
            }
            lineStart = i + 1;
        }
        return (from > 0 ? "…" : "") + b + (to < text.length() ? "…" : "");
    }
}
