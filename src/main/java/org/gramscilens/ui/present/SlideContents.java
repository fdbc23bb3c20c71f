package org.gramscilens.ui.present;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.gramscilens.course.Course;
import org.gramscilens.course.Lesson;
import org.gramscilens.map.ConceptMap;
import org.gramscilens.markdown.syntax.MarkdownParser;
import org.gramscilens.review.CourseQuestion;
import org.gramscilens.review.CourseQuestions;
import org.gramscilens.review.DisplayText;
import org.gramscilens.slides.Directive;
import org.gramscilens.slides.MapParts;
import org.gramscilens.slides.PollQuestion;
import org.gramscilens.slides.Slide;
import org.gramscilens.slides.SlideDeck;

/**
 * Works out what each slide of a deck shows besides its Markdown ({@link SlideContent}), reading the
 * course's quizzes and concept map only when a slide first needs them. The first poll, map or discussion
 * directive of a slide decides; a slide with none is {@link SlideContent.Text}.
 *
 * <ul>
 *   <li>{@code [quiz: ID]}: the question with that id in the lesson's module's quiz.gift, else anywhere in
 *       the course (the validator reports ids outside the module); none: a placeholder naming the id.</li>
 *   <li>{@code [map: FILTER]}: {@code forLesson(FILTER)} when FILTER is a lesson id, else
 *       {@code forModule} when it is a module id, else {@code forGroup} when it is a group of the map;
 *       a filter that names none of these, or a part with no concepts: a placeholder naming it.</li>
 * </ul>
 */
public final class SlideContents {
    private final SlideDeck deck;
    private final Course course;
    private final Supplier<CourseQuestions> questions;
    private final Supplier<ConceptMap> map;
    private final DisplayText text;
    private final ConcurrentHashMap<Integer, SlideContent> resolved = new ConcurrentHashMap<>();

    /**
     * @param questions the course's questions, asked for once a poll slide is shown (memoise it)
     * @param map the course's concept map, asked for once a map slide is shown (memoise it)
     */
    public SlideContents(
            SlideDeck deck,
            Course course,
            Supplier<CourseQuestions> questions,
            Supplier<ConceptMap> map,
            MarkdownParser parser) {
        this.deck = deck;
        this.course = course;
        this.questions = questions;
        this.map = map;
        this.text = new DisplayText(course, parser);
    }

    public SlideDeck deck() {
        return deck;
    }

    public Course course() {
        return course;
    }

    public Lesson lesson() {
        return deck.lesson();
    }

    /** What slide {@code index} shows besides its Markdown. */
    public SlideContent of(int index) {
        return resolved.computeIfAbsent(index, i -> resolve(deck.slide(i)));
    }

    private SlideContent resolve(Slide slide) {
        for (Directive d : slide.directives()) {
            if (d instanceof Directive.QuizPoll poll) {
                return poll(poll.questionId());
            } else if (d instanceof Directive.MapReveal reveal) {
                return map(reveal.filter());
            } else if (d instanceof Directive.Discussion discussion) {
                return new SlideContent.Discussion(discussion.questions());
            }
        }
        return new SlideContent.Text();
    }

    private SlideContent poll(String id) {
        CourseQuestions all = questions.get();
        Optional<CourseQuestion> found = all.forModule(lesson().moduleId()).stream()
                .filter(q -> q.id().equals(id))
                .findFirst()
                .or(() -> all.find(id));
        return found.<SlideContent>map(q -> new SlideContent.Poll(PollQuestion.of(q.question(), text)))
                .orElseGet(() -> new SlideContent.Missing(Messages.get("poll.missing", id)));
    }

    private SlideContent map(String filter) {
        ConceptMap whole = map.get();
        Optional<ConceptMap> found = MapParts.of(course, whole, filter);
        if (found.isEmpty()) {
            return new SlideContent.Missing(Messages.get(whole.isEmpty() ? "map.none" : "map.missing", filter));
        }
        ConceptMap part = found.get();
        return part.isEmpty()
                ? new SlideContent.Missing(Messages.get("map.empty", filter))
                : new SlideContent.MapPart(filter, part);
    }
}
