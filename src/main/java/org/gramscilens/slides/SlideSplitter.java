package org.gramscilens.slides;

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
import org.gramscilens.markdown.syntax.LineIndex;
import org.gramscilens.markdown.syntax.MarkdownParser;
import org.gramscilens.markdown.syntax.SlideSyntax;

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
    private final SlideWords words;

    public SlideSplitter(MarkdownParser parser) {
        this.parser = parser;
        this.words = new SlideWords(parser);
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
            out.add(new Draft(
                    lesson.title(), SlideText.titleSlide(lesson), SlideText.titleSlideNotes(lesson), List.of()));
        }
        for (Segment seg : segments) {
            for (Draft d : bySeparators ? List.of(src.draft(seg)) : src.roomDrafts(seg)) {
                addContinued(out, d);
            }
        }
        if (!bySeparators && !lesson.discussion().isEmpty()) {
            String title = SlideText.get("slides.discussion");
            out.add(new Draft(
                    title,
                    "## " + SlideText.escape(title),
                    SlideText.discussionNotes(lesson),
                    List.of(new Line(-1, new Directive.Discussion(lesson.discussion())))));
        }
        out.problems.addAll(src.problems);
        out.checkTotal();
        out.problems.sort(java.util.Comparator.comparingInt(Problem::line));
        return new SlideDeck(lesson, out.slides, out.placed, out.problems);
    }

    /** Adds a slide, and what does not fit a room's reading as continuation slides, not smaller type. */
    private void addContinued(Builder out, Draft d) {
        List<String> parts = words.parts(d.markdown());
        out.add(new Draft(d.title(), parts.get(0), d.notes(), d.directives()));
        String title = SlideText.get("slides.continued").replace("{0}", d.title());
        for (String part : parts.subList(1, parts.size())) {
            out.add(new Draft(title, "## " + SlideText.escape(title) + "\n\n" + part, "", List.of()));
        }
    }

    /** Lines {@code [start, end)} of the body. */
    record Segment(int start, int end) {}

    /** A directive and its 0-based body line (-1 for generated slides). */
    record Line(int line, Directive directive) {}

    record Draft(String title, String markdown, String notes, List<Line> directives) {
        boolean empty() {
            return markdown.isBlank() && notes.isBlank() && directives.isEmpty();
        }
    }

    /** What the parse says about each line of the body. */
    static final class Source {
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
        /** Line numbers by binary search: flexmark's own lookup is linear, which made validate quadratic. */
        final LineIndex index;

        final BitSet slideBlocks;
        /** For each line, the ordinal of the top-level node it belongs to (-1: none, e.g. a blank line). */
        final int[] owner;
        /** Top-level nodes that a slide without a slide block projects: lists, quotes, tables, images, code. */
        final BitSet projected = new BitSet();

        Source(Lesson lesson, String[] lines, Document doc) {
            this.lesson = lesson;
            this.lines = lines;
            this.doc = doc;
            this.index = LineIndex.of(doc);
            this.verbatim = SlideSyntax.verbatimLines(doc);
            this.slideBlocks = SlideSyntax.slideBlockLines(lines, verbatim);
            this.owner = new int[lines.length];
            java.util.Arrays.fill(owner, -1);
            int ordinal = 0;
            for (Node n = doc.getFirstChild(); n != null; n = n.getNext(), ordinal++) {
                int last = Math.min(lines.length - 1, lastLine(n));
                for (int i = firstLine(n); i <= last; i++) {
                    owner[i] = ordinal;
                }
                if (RoomSlide.projects(n)) {
                    projected.set(ordinal);
                }
            }
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
            return index.firstLine(n);
        }

        int lastLine(Node n) {
            return index.lastLine(n);
        }

        int fileLine(int bodyLine) {
            return lesson.bodyLine() + bodyLine;
        }

        Draft draft(Segment seg) {
            List<String> text = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            List<Line> directives = new ArrayList<>();
            List<String> block = new ArrayList<>();
            boolean inNotes = false;
            for (int i = seg.start(); i < seg.end(); i++) {
                String line = lines[i];
                if (slideBlocks.get(i)) {
                    if (!SlideSyntax.isSlideBlockFence(line)) {
                        block.add(line);
                    }
                    continue;
                }
                if (!verbatim.get(i)) {
                    Optional<Directive.Parsed> d = Directive.parse(line, lesson.discussion());
                    if (d.isPresent() && d.get().error() == null) {
                        directives.add(new Line(i, d.get().directive()));
                        continue;
                    }
                    if (d.isPresent()) {
                        problems.add(
                                new Problem(lesson.file(), fileLine(i), d.get().error()));
                    } else if (!inNotes
                            && notesStarts.contains(i)
                            && line.stripLeading().startsWith(SlideSyntax.NOTES_MARK)) {
                        inNotes = true;
                        String rest = line.stripLeading()
                                .substring(SlideSyntax.NOTES_MARK.length())
                                .strip();
                        if (!rest.isEmpty()) {
                            notes.add(rest);
                        }
                        continue;
                    }
                }
                (inNotes ? notes : text).add(line);
            }
            if (!join(block).isEmpty()) {
                // The block is what the slide shows; the slide's own text is said, after the written notes.
                List<String> said = new ArrayList<>(notes);
                if (!join(said).isEmpty() && !join(text).isEmpty()) {
                    said.add("");
                }
                said.addAll(text);
                text = block;
                notes = said;
            }
            String markdown = join(text);
            if (!markdown.isEmpty()) {
                markdown = withLinkDefinitions(markdown, seg);
            }
            return new Draft(title(seg), markdown, join(notes), directives);
        }

        /**
         * The slides of one section of a lesson cut at headings, for a room: the heading and what the section's
         * {@code ::: slide} blocks say (else its lists, quotes, tables, images and code), with its written notes
         * and then its prose as the speaker notes; then one slide for each {@code [quiz:]} or {@code [map:]}
         * directive, showing only the poll or the map, with the notes written after that directive.
         */
        List<Draft> roomDrafts(Segment seg) {
            RoomSlide main = new RoomSlide();
            List<RoomSlide> attached = new ArrayList<>();
            RoomSlide notesTarget = main;
            List<Line> directives = new ArrayList<>();
            Integer headingLine = headingAt(seg.start()) ? seg.start() : null;
            boolean inNotes = false;
            for (int i = seg.start(); i < seg.end(); i++) {
                String line = lines[i];
                if (slideBlocks.get(i)) {
                    if (!SlideSyntax.isSlideBlockFence(line)) {
                        main.block.add(line);
                    } else if (SlideSyntax.isSlideBlockOpen(line) && !main.block.isEmpty()) {
                        main.block.add("");
                    }
                    continue;
                }
                if (!verbatim.get(i)) {
                    Optional<Directive.Parsed> d = Directive.parse(line, lesson.discussion());
                    if (d.isPresent() && d.get().error() == null) {
                        Directive directive = d.get().directive();
                        if (directive instanceof Directive.QuizPoll || directive instanceof Directive.MapReveal) {
                            notesTarget = new RoomSlide();
                            notesTarget.directives.add(new Line(i, directive));
                            attached.add(notesTarget);
                            inNotes = false;
                        } else {
                            directives.add(new Line(i, directive));
                        }
                        continue;
                    }
                    if (d.isPresent()) {
                        problems.add(
                                new Problem(lesson.file(), fileLine(i), d.get().error()));
                    } else if (!inNotes
                            && notesStarts.contains(i)
                            && line.stripLeading().startsWith(SlideSyntax.NOTES_MARK)) {
                        inNotes = true;
                        String rest = line.stripLeading()
                                .substring(SlideSyntax.NOTES_MARK.length())
                                .strip();
                        if (!rest.isEmpty()) {
                            notesTarget.notes.add(rest);
                        }
                        continue;
                    }
                }
                if (inNotes) {
                    notesTarget.notes.add(line);
                } else if (headingLine != null && owner[i] == owner[headingLine]) {
                    main.heading.add(line);
                } else if (owner[i] >= 0) {
                    main.body.add(owner[i], line, projected.get(owner[i]));
                }
            }
            String title = title(seg);
            List<Draft> out = new ArrayList<>();
            Draft content = main.draft(title, directives, this, seg);
            boolean bare = content.notes().isBlank()
                    && content.directives().isEmpty()
                    && content.markdown().strip().equals(join(main.heading));
            if (!bare || attached.isEmpty()) {
                out.add(content);
            }
            for (RoomSlide a : attached) {
                out.add(new Draft(title, "", join(a.notes), a.directives));
            }
            return out;
        }

        private boolean headingAt(int line) {
            for (Heading h : headings) {
                if (firstLine(h) == line) {
                    return true;
                }
            }
            return false;
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
        String withLinkDefinitions(String markdown, Segment seg) {
            StringBuilder b = new StringBuilder(markdown);
            boolean first = true;
            for (Segment def : linkDefinitions) {
                if (def.start() >= seg.start() && def.start() < seg.end()) {
                    continue;
                }
                b.append(first ? "\n\n" : "\n");
                first = false;
                b.append(String.join("\n", java.util.Arrays.asList(lines).subList(def.start(), def.end()))
                        .strip());
            }
            return b.toString();
        }

        static String join(List<String> lines) {
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
                        problems.add(new Problem(
                                lesson.file(),
                                fileLine,
                                "a second [time] on this slide; " + "only the first, [time: " + minutes + "], counts"));
                        continue;
                    }
                    minutes = t.minutes();
                    timedSum += t.minutes();
                    if (firstTimingLine < 0) {
                        firstTimingLine = fileLine;
                    }
                }
                if (l.directive() instanceof Directive.Discussion disc
                        && disc.questions().isEmpty()) {
                    problems.add(new Problem(
                            lesson.file(),
                            fileLine,
                            "[discussion]: the lesson has no "
                                    + "discussion questions; add 'discussion:' to its front matter"));
                }
                directives.add(l.directive());
                placed.add(new SlideDeck.Placed(index, fileLine, l.directive()));
            }
            slides.add(new Slide(index, d.title(), d.markdown(), d.notes(), minutes, directives));
        }

        void checkTotal() {
            if (lesson.minutes() != null && timedSum > lesson.minutes()) {
                problems.add(new Problem(
                        lesson.file(),
                        firstTimingLine,
                        "the slides' [time] directives add up to " + timedSum
                                + " minutes, more than the lesson's 'minutes: " + lesson.minutes() + "'"));
            }
        }
    }
}
