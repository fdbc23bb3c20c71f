package org.gramscilens.slides;

import org.gramscilens.markdown.syntax.SlideSyntax;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gramscilens.course.Lesson;
import org.gramscilens.course.Problem;
import org.gramscilens.markdown.syntax.MarkdownParser;

/**
 * Cuts a lesson into slides (see docs/seminar-and-handouts.md).
 *
 * <p>A top-level {@code ---} line (a thematic break, so a blank line must come before it or it underlines
 * a heading) separates slides. A lesson without one is cut at its {@code #}/{@code ##} headings, with a
 * title slide first (title, summary, objectives), the text before the first heading as a slide of its own,
 * and a closing "Discussion" slide when the front matter has discussion questions. {@code Note:} at the
 * start of a line of a top-level paragraph (the reading view's rule) starts speaker notes that run to the
 * end of the slide. Directive lines ({@link Directive}) are taken out of the text. Code blocks and HTML
 * blocks are verbatim: nothing in them is a separator, a note or a directive. The source is parsed with the
 * reading view's {@link MarkdownParser}, so both agree on what is code and what is a heading.
 */
public final class SlideSplitter {
    private final MarkdownParser parser;

    public SlideSplitter(MarkdownParser parser) {
        this.parser = parser;
    }

    public SlideDeck split(Lesson lesson) {
        String body = lesson.body() == null ? "" : lesson.body().replace("\r\n", "\n");
        String[] lines = body.split("\n", -1);
        Document doc = parser.parse(body);
        Source src = new Source(lesson, lines, doc);

        List<Segment> segments = new ArrayList<>();
        boolean bySeparators = !src.separators.isEmpty();
        List<Integer> cuts = bySeparators ? src.separators : src.headingCuts;
        int from = 0;
        for (int cut : cuts) {
            segments.add(new Segment(from, cut));
            from = bySeparators ? cut + 1 : cut;
        }
        segments.add(new Segment(from, lines.length));

        Builder out = new Builder(lesson);
        if (!bySeparators) {
            out.add(new Draft(lesson.title(), titleSlideMarkdown(lesson), "", List.of()));
        }
        for (Segment seg : segments) {
            out.add(src.draft(seg));
        }
        if (!bySeparators && !lesson.discussion().isEmpty()) {
            String title = SlideText.get("slides.discussion");
            out.add(new Draft(title, "## " + SlideText.escape(title), "",
                    List.of(new Line(-1, new Directive.Discussion(lesson.discussion())))));
        }
        out.problems.addAll(src.problems);
        out.checkTotal();
        out.problems.sort(java.util.Comparator.comparingInt(Problem::line));
        return new SlideDeck(lesson, out.slides, out.placed, out.problems);
    }

    private static String titleSlideMarkdown(Lesson lesson) {
        StringBuilder b = new StringBuilder("# ").append(SlideText.escape(lesson.title())).append('\n');
        if (lesson.summary() != null && !lesson.summary().isBlank()) {
            b.append('\n').append(SlideText.escape(lesson.summary())).append('\n');
        }
        if (!lesson.objectives().isEmpty()) {
            b.append("\n**").append(SlideText.escape(SlideText.get("slides.objectives"))).append("**\n\n");
            for (String o : lesson.objectives()) {
                b.append("- ").append(SlideText.escape(o)).append('\n');
            }
        }
        return b.toString().strip();
    }

    /** Lines {@code [start, end)} of the body. */
    private record Segment(int start, int end) { }

    /** A directive and its 0-based body line (-1 for generated slides). */
    private record Line(int line, Directive directive) { }

    private record Draft(String title, String markdown, String notes, List<Line> directives) {
        boolean empty() {
            return markdown.isBlank() && notes.isBlank() && directives.isEmpty();
        }
    }

    /** What the parse says about each line of the body. */
    private static final class Source {
        final Lesson lesson;
        final String[] lines;
        final BitSet verbatim;
        final List<Integer> separators = new ArrayList<>();
        final List<Integer> headingCuts = new ArrayList<>();
        final List<Heading> headings = new ArrayList<>();
        final Set<Integer> notesStarts = new HashSet<>();
        final List<Segment> linkDefinitions = new ArrayList<>();
        final List<Problem> problems = new ArrayList<>();
        final Document doc;

        Source(Lesson lesson, String[] lines, Document doc) {
            this.lesson = lesson;
            this.lines = lines;
            this.doc = doc;
            this.verbatim = SlideSyntax.verbatimLines(doc);
            for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
                if (SlideSyntax.isSeparator(n)) {
                    separators.add(firstLine(n));
                } else if (n instanceof Heading h) {
                    headings.add(h);
                    if (SlideSyntax.isCut(h)) {
                        headingCuts.add(firstLine(h));
                    }
                } else if (n instanceof Paragraph p) {
                    SlideSyntax.notesStart(p).ifPresent(t -> notesStarts.add(firstLine(t)));
                } else if (n instanceof Reference) {
                    linkDefinitions.add(new Segment(firstLine(n), lastLine(n) + 1));
                }
            }
        }

        int firstLine(Node n) {
            return doc.getLineNumber(n.getStartOffset());
        }

        int lastLine(Node n) {
            return doc.getLineNumber(Math.max(n.getStartOffset(), n.getEndOffset() - 1));
        }

        int fileLine(int bodyLine) {
            return lesson.bodyLine() + bodyLine;
        }

        Draft draft(Segment seg) {
            List<String> text = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            List<Line> directives = new ArrayList<>();
            boolean inNotes = false;
            for (int i = seg.start(); i < seg.end(); i++) {
                String line = lines[i];
                if (!verbatim.get(i)) {
                    Optional<Directive.Parsed> d = Directive.parse(line, lesson.discussion());
                    if (d.isPresent() && d.get().error() == null) {
                        directives.add(new Line(i, d.get().directive()));
                        continue;
                    }
                    if (d.isPresent()) {
                        problems.add(new Problem(lesson.file(), fileLine(i), d.get().error()));
                    } else if (!inNotes && notesStarts.contains(i)) {
                        inNotes = true;
                        String rest = line.stripLeading().substring(SlideSyntax.NOTES_MARK.length()).strip();
                        if (!rest.isEmpty()) {
                            notes.add(rest);
                        }
                        continue;
                    }
                }
                (inNotes ? notes : text).add(line);
            }
            String markdown = join(text);
            if (!markdown.isEmpty()) {
                markdown = withLinkDefinitions(markdown, seg);
            }
            return new Draft(title(seg), markdown, join(notes), directives);
        }

        private String title(Segment seg) {
            for (Heading h : headings) {
                int line = firstLine(h);
                if (line >= seg.start() && line < seg.end()) {
                    return MarkdownParser.headingText(h);
                }
            }
            return lesson.title();
        }

        /** Reference-style links resolve on every slide: definitions elsewhere in the lesson are appended. */
        private String withLinkDefinitions(String markdown, Segment seg) {
            StringBuilder b = new StringBuilder(markdown);
            boolean first = true;
            for (Segment def : linkDefinitions) {
                if (def.start() >= seg.start() && def.start() < seg.end()) {
                    continue;
                }
                b.append(first ? "\n\n" : "\n");
                first = false;
                b.append(String.join("\n", java.util.Arrays.asList(lines).subList(def.start(), def.end())).strip());
            }
            return b.toString();
        }

        private static String join(List<String> lines) {
            int start = 0;
            int end = lines.size();
            while (start < end && lines.get(start).isBlank()) {
                start++;
            }
            while (end > start && lines.get(end - 1).isBlank()) {
                end--;
            }
            return String.join("\n", lines.subList(start, end)).stripTrailing();
        }
    }

    /** Numbers the slides that are kept and records where each directive is. */
    private static final class Builder {
        final Lesson lesson;
        final List<Slide> slides = new ArrayList<>();
        final List<SlideDeck.Placed> placed = new ArrayList<>();
        final List<Problem> problems = new ArrayList<>();
        private int timedSum;
        private int firstTimingLine = -1;

        Builder(Lesson lesson) {
            this.lesson = lesson;
        }

        void add(Draft d) {
            if (d.empty()) {
                return;
            }
            int index = slides.size();
            Integer minutes = null;
            List<Directive> directives = new ArrayList<>();
            for (Line l : d.directives()) {
                int fileLine = l.line() < 0 ? 0 : lesson.bodyLine() + l.line();
                if (l.directive() instanceof Directive.Timing t) {
                    if (minutes != null) {
                        problems.add(new Problem(lesson.file(), fileLine, "a second [time] on this slide; "
                                + "only the first, [time: " + minutes + "], counts"));
                        continue;
                    }
                    minutes = t.minutes();
                    timedSum += t.minutes();
                    if (firstTimingLine < 0) {
                        firstTimingLine = fileLine;
                    }
                }
                if (l.directive() instanceof Directive.Discussion disc && disc.questions().isEmpty()) {
                    problems.add(new Problem(lesson.file(), fileLine, "[discussion]: the lesson has no "
                            + "discussion questions; add 'discussion:' to its front matter"));
                }
                directives.add(l.directive());
                placed.add(new SlideDeck.Placed(index, fileLine, l.directive()));
            }
            slides.add(new Slide(index, d.title(), d.markdown(), d.notes(), minutes, directives));
        }

        void checkTotal() {
            if (lesson.minutes() != null && timedSum > lesson.minutes()) {
                problems.add(new Problem(lesson.file(), firstTimingLine, "the slides' [time] directives add up to "
                        + timedSum + " minutes, more than the lesson's 'minutes: " + lesson.minutes() + "'"));
            }
        }
    }
}
