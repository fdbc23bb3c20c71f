package org.gramscilens.slides;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.gramscilens.TestCourses;
import org.gramscilens.course.Course;
import org.gramscilens.course.CourseLoader;
import org.gramscilens.course.Lesson;
import org.gramscilens.markdown.syntax.MarkdownParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every slide of the bundled course, read as a room and a speaker would meet it. */
class BundledSlidesTest {
    private static final MarkdownParser PARSER = new MarkdownParser();
    private static final List<SlideDeck> DECKS = new ArrayList<>();

    @BeforeAll
    static void split() throws Exception {
        Course course = new CourseLoader().load(TestCourses.bundled());
        SlideSplitter splitter = new SlideSplitter(PARSER);
        course.lessons().filter(l -> !l.broken()).forEach(l -> DECKS.add(splitter.split(l)));
        assertThat(DECKS).hasSize(12);
    }

    private static String where(SlideDeck deck, Slide s) {
        Lesson l = deck.lesson();
        return l.id() + " slide " + (s.index() + 1) + " \"" + s.title() + "\"";
    }

    /** The opening slide shows the lesson's objectives whole: they are its contract with the room. */
    @Test
    void noSlideProjectsMoreThanARoomReads() {
        SlideWords words = new SlideWords(PARSER);
        List<String> over = new ArrayList<>();
        for (SlideDeck deck : DECKS) {
            for (Slide s : deck.slides().subList(1, deck.size())) {
                int n = words.count(s.markdown());
                if (n > SlideWords.LIMIT) {
                    over.add(where(deck, s) + ": " + n + " words");
                }
            }
        }
        assertThat(over).isEmpty();
    }

    @Test
    void everySlideHasSpeakerNotes() {
        List<String> without = new ArrayList<>();
        for (SlideDeck deck : DECKS) {
            for (Slide s : deck.slides()) {
                if (s.notes().isBlank()) {
                    without.add(where(deck, s));
                }
            }
        }
        assertThat(without).isEmpty();
    }

    @Test
    void contentSlidesShowThreeToSixPointsAndPollAndMapSlidesOnlyThePollOrMap() {
        List<String> off = new ArrayList<>();
        for (SlideDeck deck : DECKS) {
            for (Slide s : deck.slides()) {
                boolean attached = !s.directives(Directive.QuizPoll.class).isEmpty()
                        || !s.directives(Directive.MapReveal.class).isEmpty();
                if (attached && !s.markdown().isBlank()) {
                    off.add(where(deck, s) + ": a poll or map slide with text");
                }
                boolean generated = s.index() == 0
                        || !s.directives(Directive.Discussion.class).isEmpty();
                if (attached || generated) {
                    continue;
                }
                long points = s.markdown()
                        .lines()
                        .filter(l -> l.matches("\\s{0,3}([-*+]|\\d+[.)])\\s.*"))
                        .count();
                if (points < 3 || points > 6) {
                    off.add(where(deck, s) + ": " + points + " points");
                }
            }
        }
        assertThat(off).isEmpty();
    }
}
