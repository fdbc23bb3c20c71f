package org.gramscilens.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gramscilens.course.Course;
import org.gramscilens.course.Lesson;
import org.gramscilens.course.LessonScanner;
import org.gramscilens.markdown.syntax.MarkdownParser;

/**
 * Finds the lesson section a question's general feedback points to. The bundled quizzes write, for
 * example, {@code See "Clinicians as cadres" in the Cadres lesson [@therborn1980].} The rule:
 * <ol>
 *   <li>the <b>lesson</b> is the one named by "in/of/to the <i>name</i> lesson", where the name is the
 *       lesson's title, or the start or end of it ("the Gramsci's vocabulary lesson" names "Collectivist
 *       institution, collectivist thinking? Gramsci's vocabulary"); otherwise the question's own module's
 *       lesson;</li>
 *   <li>the <b>section</b> is the first heading of that lesson whose text the feedback quotes exactly;
 *       otherwise the heading whose whole text appears first in the feedback (so
 *       {@code the section Hegemony as "common sense"} finds that heading); otherwise a heading the feedback
 *       quotes in another lesson of the course (an author naming the wrong lesson still gets a link);</li>
 *   <li>with no section found, the link goes to the top of the lesson.</li>
 * </ol>
 * Comparisons ignore case and treat curly quotes as straight ones. Lessons are scanned once, on first use.
 */
public final class SectionLinker {

    /**
     * Where a question sends the learner to read.
     *
     * @param headingId the section's anchor, or null for the top of the lesson
     * @param label     the section's heading, or the lesson's title
     */
    public record SectionLink(String lessonId, String headingId, String label) {
        public SectionLink {
            Objects.requireNonNull(lessonId, "lessonId");
            Objects.requireNonNull(label, "label");
        }

        /** {@code lesson-id#heading-id}, or the lesson id alone. */
        public String target() {
            return headingId == null ? lessonId : lessonId + "#" + headingId;
        }

        public boolean isSection() {
            return headingId != null;
        }
    }

    private static final Pattern NAMED_LESSON =
            Pattern.compile("\\b(?:in|of|to) (?:the )?([^\"]+?) lesson\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

    private final Course course;
    private final LessonScanner scanner;
    private final Map<String, List<LessonScanner.Section>> headings = new ConcurrentHashMap<>();

    public SectionLinker(Course course, MarkdownParser parser) {
        this.course = Objects.requireNonNull(course, "course");
        this.scanner = new LessonScanner(parser);
    }

    /** The section to read after answering; empty only when the question's module has no readable lesson. */
    public Optional<SectionLink> link(CourseQuestion question) {
        String feedback = normalise(question.question().generalFeedback().text());
        Lesson lesson = namedLesson(feedback).orElse(question.lesson());
        if (lesson == null) {
            return Optional.empty();
        }
        Optional<LessonScanner.Section> section =
                quotedHeading(lesson, feedback).or(() -> mentionedHeading(lesson, feedback));
        if (section.isPresent()) {
            return Optional.of(new SectionLink(
                    lesson.id(), section.get().id(), section.get().text()));
        }
        for (Lesson other : readableLessons()) {
            Optional<LessonScanner.Section> elsewhere = quotedHeading(other, feedback);
            if (elsewhere.isPresent()) {
                return Optional.of(new SectionLink(
                        other.id(), elsewhere.get().id(), elsewhere.get().text()));
            }
        }
        return Optional.of(new SectionLink(lesson.id(), null, lesson.title()));
    }

    private List<Lesson> readableLessons() {
        return course.lessons().filter(l -> !l.broken()).toList();
    }

    private Optional<Lesson> namedLesson(String feedback) {
        Matcher m = NAMED_LESSON.matcher(feedback);
        while (m.find()) {
            String name = m.group(1).strip().toLowerCase(Locale.ROOT);
            List<Lesson> lessons = readableLessons();
            for (Lesson l : lessons) {
                if (normalise(l.title()).toLowerCase(Locale.ROOT).equals(name)) {
                    return Optional.of(l);
                }
            }
            for (Lesson l : lessons) {
                String title = normalise(l.title()).toLowerCase(Locale.ROOT);
                if (title.startsWith(name + " ") || title.endsWith(" " + name)) {
                    return Optional.of(l);
                }
            }
        }
        return Optional.empty();
    }

    private Optional<LessonScanner.Section> quotedHeading(Lesson lesson, String feedback) {
        Matcher m = QUOTED.matcher(feedback);
        while (m.find()) {
            String quoted = m.group(1).strip();
            for (LessonScanner.Section s : sections(lesson)) {
                if (normalise(s.text()).equalsIgnoreCase(quoted)) {
                    return Optional.of(s);
                }
            }
        }
        return Optional.empty();
    }

    private Optional<LessonScanner.Section> mentionedHeading(Lesson lesson, String feedback) {
        String text = feedback.toLowerCase(Locale.ROOT);
        LessonScanner.Section best = null;
        int bestAt = Integer.MAX_VALUE;
        for (LessonScanner.Section s : sections(lesson)) {
            String heading = normalise(s.text()).toLowerCase(Locale.ROOT);
            int at = heading.isBlank() ? -1 : text.indexOf(heading);
            if (at >= 0 && at < bestAt) {
                best = s;
                bestAt = at;
            }
        }
        return Optional.ofNullable(best);
    }

    private List<LessonScanner.Section> sections(Lesson lesson) {
        return headings.computeIfAbsent(
                lesson.id(),
                id -> new ArrayList<>(
                        scanner.scan(lesson.body(), lesson.bodyLine()).headings()));
    }

    private static String normalise(String s) {
        return s.replace('\u201c', '"')
                .replace('\u201d', '"')
                .replace('\u2018', '\'')
                .replace('\u2019', '\'')
                .replaceAll("\\s+", " ");
    }
}
