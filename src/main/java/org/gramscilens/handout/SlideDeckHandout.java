package org.gramscilens.handout;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gramscilens.course.Course;
import org.gramscilens.course.GlossaryMatcher;
import org.gramscilens.course.Lesson;
import org.gramscilens.map.Concept;
import org.gramscilens.map.ConceptMap;
import org.gramscilens.map.ConceptMapLoader;
import org.gramscilens.map.Proposition;
import org.gramscilens.markdown.syntax.MarkdownParser;
import org.gramscilens.review.CourseQuestion;
import org.gramscilens.review.CourseQuestions;
import org.gramscilens.review.DisplayText;
import org.gramscilens.slides.Directive;
import org.gramscilens.slides.MapParts;
import org.gramscilens.slides.PollQuestion;
import org.gramscilens.slides.Slide;
import org.gramscilens.slides.SlideDeck;
import org.gramscilens.slides.SlideSplitter;

/**
 * A lesson's or the course's slides as HTML for a 16:9 PDF, one page per slide, in the projected light
 * theme: what a lecturer uploads to a VLE. A poll slide shows its question and lettered options, a map slide
 * the propositions it reveals, the discussion slide its questions. With speaker notes, each slide is followed
 * by a notes page: the notes, and for a poll the right answer and its feedback. The references the slides
 * cite close the deck.
 */
public final class SlideDeckHandout {
    private static final String STYLESHEET = "slides.css";

    private final MarkdownParser parser;
    private final LessonHtml lessons;
    private final SlideSplitter splitter;
    private final String css;

    public SlideDeckHandout(MarkdownParser parser) {
        this.parser = parser;
        this.lessons = new LessonHtml(parser);
        this.splitter = new SlideSplitter(parser);
        this.css = stylesheet();
    }

    public String lesson(Course course, Lesson lesson, HandoutOptions options) {
        return document(course, List.of(lesson), options, lesson.title());
    }

    public String course(Course course, HandoutOptions options) {
        return document(
                course,
                course.lessons().filter(l -> !l.broken()).toList(),
                options,
                course.info().title());
    }

    private String document(Course course, List<Lesson> lessonList, HandoutOptions options, String title) {
        HandoutScope scope = new HandoutScope(course, List.of(), false, GlossaryMatcher.of(List.of()));
        Extras extras = new Extras(course, parser);
        String lang = course.info().language() == null ? "en" : course.info().language();
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("<!DOCTYPE html>\n<html lang=\"")
                .append(Html.escape(lang))
                .append("\">\n<head>\n")
                .append("<meta charset=\"UTF-8\" />\n<meta name=\"generator\" content=\"Gramsci Lens\" />\n<title>")
                .append(Html.escape(title))
                .append("</title>\n<style>\n")
                .append(css)
                .append("</style>\n</head>\n")
                .append("<body class=\"slide-deck\">\n");
        for (Lesson lesson : lessonList) {
            SlideDeck deck = splitter.split(lesson);
            for (Slide slide : deck.slides()) {
                slide(b, scope, extras, deck, slide);
                if (options.speakerNotes()) {
                    notes(b, scope, extras, deck, slide);
                }
            }
        }
        if (!scope.citedKeys().isEmpty()) {
            b.append("<section class=\"deck-references\">\n");
            BackMatter.references(b, course, scope.citedKeys());
            b.append("</section>\n");
        }
        b.append("</body>\n</html>\n");
        return b.toString();
    }

    private void slide(StringBuilder b, HandoutScope scope, Extras extras, SlideDeck deck, Slide slide) {
        Lesson lesson = deck.lesson();
        b.append("<section class=\"slide")
                .append(slide.index() == 0 ? " slide-opening" : "")
                .append("\">\n")
                .append("<h1 class=\"slide-title\">")
                .append(Html.escape(slide.title()))
                .append("</h1>\n")
                .append("<div class=\"slide-text\">\n")
                .append(markdown(scope, lesson, slide.markdown(), slide.title()));
        for (Directive d : slide.directives()) {
            if (d instanceof Directive.QuizPoll poll) {
                extras.poll(lesson, poll.questionId())
                        .ifPresentOrElse(
                                q -> poll(b, q),
                                () -> b.append("<p class=\"slide-missing\">")
                                        .append(Html.escape(HandoutText.get("slides.poll.missing", poll.questionId())))
                                        .append("</p>\n"));
            } else if (d instanceof Directive.MapReveal map) {
                map(b, extras.map(map.filter()));
            } else if (d instanceof Directive.Discussion discussion) {
                b.append("<ol class=\"slide-discussion\">\n");
                discussion
                        .questions()
                        .forEach(q -> b.append("<li>").append(Html.escape(q)).append("</li>\n"));
                b.append("</ol>\n");
            }
        }
        b.append("</div>\n<div class=\"slide-footer\">")
                .append(Html.escape(lesson.title()))
                .append(" \u00b7 ")
                .append(Html.escape(HandoutText.get("slides.number", slide.index() + 1, deck.size())))
                .append("</div>\n</section>\n");
    }

    private void notes(StringBuilder b, HandoutScope scope, Extras extras, SlideDeck deck, Slide slide) {
        b.append("<section class=\"notes-page\">\n<p class=\"notes-kicker\">")
                .append(Html.escape(HandoutText.get("slides.notes", slide.index() + 1, deck.size())))
                .append("</p>\n<h2>")
                .append(Html.escape(slide.title()))
                .append("</h2>\n");
        if (!slide.notes().isBlank()) {
            b.append(markdown(scope, deck.lesson(), slide.notes(), null));
        }
        for (Directive.QuizPoll poll : slide.directives(Directive.QuizPoll.class)) {
            extras.poll(deck.lesson(), poll.questionId()).ifPresent(q -> {
                String right = q.hasOptions()
                        ? String.join(
                                ", ",
                                q.options().stream()
                                        .filter(PollQuestion.Option::right)
                                        .map(PollQuestion.Option::letter)
                                        .toList())
                        : q.answer();
                b.append("<p class=\"notes-answer\">")
                        .append(Html.escape(HandoutText.get("slides.answer", right)))
                        .append("</p>\n");
                if (!q.feedback().isBlank()) {
                    b.append("<p class=\"notes-feedback\">")
                            .append(Html.escape(q.feedback()))
                            .append("</p>\n");
                }
            });
        }
        b.append("</section>\n");
    }

    /** The slide's Markdown as HTML, its leading heading left out when it repeats the slide's title. */
    private String markdown(HandoutScope scope, Lesson lesson, String markdown, String title) {
        if (markdown.isBlank()) {
            return "";
        }
        Document doc = parser.parse(markdown);
        Node first = doc.getFirstChild();
        if (title != null
                && first instanceof Heading h
                && MarkdownParser.headingText(h).equals(title)) {
            first.unlink();
        }
        return lessons.render(scope, lesson, doc);
    }

    private static void poll(StringBuilder b, PollQuestion q) {
        b.append("<p class=\"slide-poll-prompt\">")
                .append(Html.escape(q.prompt()))
                .append("</p>\n");
        if (q.hasOptions()) {
            b.append("<ul class=\"slide-poll-options\">\n");
            for (PollQuestion.Option o : q.options()) {
                b.append("<li><span class=\"poll-letter\">")
                        .append(Html.escape(o.letter()))
                        .append("</span> ")
                        .append(Html.escape(o.text()))
                        .append("</li>\n");
            }
            b.append("</ul>\n");
        } else if (!q.items().isEmpty()) {
            b.append("<ul class=\"slide-poll-items\">\n");
            q.items().forEach(i -> b.append("<li>").append(Html.escape(i)).append("</li>\n"));
            b.append("</ul>\n");
        }
    }

    private static void map(StringBuilder b, Optional<ConceptMap> part) {
        if (part.isEmpty() || part.get().isEmpty()) {
            return;
        }
        Map<String, Concept> concepts = part.get().conceptsById();
        b.append("<ul class=\"slide-map\">\n");
        for (Proposition p : part.get().propositions()) {
            b.append("<li><strong>")
                    .append(Html.escape(label(concepts, p.from())))
                    .append("</strong> ")
                    .append(Html.escape(p.phrase()))
                    .append(" <strong>")
                    .append(Html.escape(label(concepts, p.to())))
                    .append("</strong></li>\n");
        }
        b.append("</ul>\n");
    }

    private static String label(Map<String, Concept> concepts, String id) {
        Concept c = concepts.get(id);
        return c == null ? id : c.label();
    }

    /** The course's questions and concept map, read once and only when a slide needs them. */
    private static final class Extras {
        private final Course course;
        private final MarkdownParser parser;
        private CourseQuestions questions;
        private ConceptMap map;

        Extras(Course course, MarkdownParser parser) {
            this.course = course;
            this.parser = parser;
        }

        Optional<PollQuestion> poll(Lesson lesson, String id) {
            if (questions == null) {
                questions = CourseQuestions.load(course);
            }
            return questions.forModule(lesson.moduleId()).stream()
                    .filter(q -> q.id().equals(id))
                    .findFirst()
                    .or(() -> questions.find(id))
                    .map(CourseQuestion::question)
                    .map(q -> PollQuestion.of(q, new DisplayText(course, parser)));
        }

        Optional<ConceptMap> map(String filter) {
            if (map == null) {
                map = ConceptMapLoader.load(course).map();
            }
            return MapParts.of(course, map, filter);
        }
    }

    private static String stylesheet() {
        try (InputStream in = SlideDeckHandout.class.getResourceAsStream(STYLESHEET)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + STYLESHEET);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
