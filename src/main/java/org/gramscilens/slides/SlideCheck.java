package org.gramscilens.slides;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.gramscilens.course.Course;
import org.gramscilens.course.CourseCheck;
import org.gramscilens.course.Lesson;
import org.gramscilens.course.LessonScanner;
import org.gramscilens.course.Module;
import org.gramscilens.course.Problem;
import org.gramscilens.quiz.GiftParser;
import org.gramscilens.quiz.Question;

/**
 * Checks the slides of every lesson for {@code gramsci-lens validate}: what the splitter reports (malformed
 * directives, a second {@code [time]} on a slide, timings beyond the lesson's minutes), each
 * {@code [quiz: ID]} naming a question of its module's quiz.gift, and each {@code [map: FILTER]} through a
 * {@link MapFilters} check supplied by the concept-map package (none by default).
 */
public final class SlideCheck implements CourseCheck {

    /** Whether a {@code [map: FILTER]} names something in the concept map: the map package's extension point. */
    @FunctionalInterface
    public interface MapFilters {
        /** Accepts every filter: used until the concept map can answer. */
        MapFilters UNCHECKED = (course, lesson, filter) -> Optional.empty();

        /** What is wrong with {@code filter} on a slide of {@code lesson}, or empty when it is fine. */
        Optional<String> problem(Course course, Lesson lesson, String filter);
    }

    private final SlideSplitter splitter;
    private final GiftParser gift;
    private final MapFilters mapFilters;
    private final SlideWords words = new SlideWords(new org.gramscilens.markdown.syntax.MarkdownParser());

    /** The check as validate runs it: the standard parsers, map filters not yet checked. */
    public SlideCheck() {
        this(
                new SlideSplitter(new org.gramscilens.markdown.syntax.MarkdownParser()),
                new GiftParser(),
                MapFilters.UNCHECKED);
    }

    public SlideCheck(SlideSplitter splitter, GiftParser gift, MapFilters mapFilters) {
        this.splitter = splitter;
        this.gift = gift;
        this.mapFilters = mapFilters;
    }

    @Override
    public void check(Course course, Function<String, Optional<LessonScanner.Scan>> headings, List<Problem> out) {
        for (Module module : course.modules()) {
            Set<String> ids = null;
            for (Lesson lesson : module.lessons()) {
                if (lesson.broken()) {
                    continue;
                }
                SlideDeck deck = splitter.split(lesson);
                out.addAll(deck.problems());
                overlong(lesson, deck, out);
                for (SlideDeck.Placed p : deck.placed()) {
                    if (p.directive() instanceof Directive.QuizPoll poll) {
                        if (ids == null) {
                            ids = questionIds(course, module);
                        }
                        if (!ids.contains(poll.questionId())) {
                            out.add(new Problem(lesson.file(), p.line(), unknownQuestion(module, poll.questionId())));
                        }
                    } else if (p.directive() instanceof Directive.MapReveal map) {
                        mapFilters
                                .problem(course, lesson, map.filter())
                                .ifPresent(m -> out.add(new Problem(lesson.file(), p.line(), m)));
                    }
                }
            }
        }
    }

    /**
     * A warning for each slide (the title slide aside, which shows the objectives whole) that projects more
     * than a room reads, at the line of its heading in the lesson.
     */
    private void overlong(Lesson lesson, SlideDeck deck, List<Problem> out) {
        String[] lines = lesson.body() == null ? new String[0] : lesson.body().split("\n", -1);
        for (Slide slide : deck.slides().subList(Math.min(1, deck.size()), deck.size())) {
            int n = words.count(slide.markdown());
            if (n > SlideWords.LIMIT) {
                out.add(Problem.warning(
                        lesson.file(),
                        headingLine(lesson, lines, slide.title()),
                        "slide '" + slide.title() + "' projects " + n + " words; a room reads about "
                                + SlideWords.LIMIT + ": put the points in a '::: slide' block and leave the prose"
                                + " to the speaker notes"));
            }
        }
    }

    /** The file line of the heading {@code title}, or of the lesson's body when there is none. */
    private static int headingLine(Lesson lesson, String[] lines, String title) {
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.startsWith("#") && l.replaceFirst("^#+\\s*", "").strip().equals(title)) {
                return lesson.bodyLine() + i;
            }
        }
        return lesson.bodyLine();
    }

    private static String unknownQuestion(Module module, String id) {
        if (module.quiz() == null) {
            return "[quiz: " + id + "]: module " + module.id() + " has no " + Module.QUIZ_FILE
                    + " to take the question from";
        }
        return "[quiz: " + id + "] names no question in "
                + module.quiz().toString().replace('\\', '/') + "; use the ::title:: of one of its questions";
    }

    /** The ids of the module's questions; empty if it has no quiz or it cannot be read (validate says why). */
    private Set<String> questionIds(Course course, Module module) {
        Set<String> ids = new HashSet<>();
        if (module.quiz() == null) {
            return ids;
        }
        try {
            String text = org.gramscilens.files.TextFiles.readUtf8(course.root().resolve(module.quiz()));
            for (Question q : Module.readQuiz(text, module.quiz(), module.quiz().toString(), gift)
                    .questions()) {
                ids.add(q.id());
            }
        } catch (IOException e) {
            // The validator's own quiz check reports an unreadable quiz.gift; here every id is then unknown.
        }
        return ids;
    }
}
