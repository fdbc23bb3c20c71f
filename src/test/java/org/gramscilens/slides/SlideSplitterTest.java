package org.gramscilens.slides;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.gramscilens.course.Lesson;
import org.gramscilens.course.Problem;
import org.gramscilens.markdown.syntax.MarkdownParser;
import org.junit.jupiter.api.Test;

class SlideSplitterTest {
    static final Path FILE = Path.of("modules/01-m/lesson.md");
    /** The body starts on line 10 of the file, as after a nine-line front matter. */
    static final int BODY_LINE = 10;

    private final SlideSplitter splitter = new SlideSplitter(new MarkdownParser());

    static Lesson lesson(String body) {
        return lesson(body, null, List.of("Who decides?", "Why now?"));
    }

    static Lesson lesson(String body, Integer minutes, List<String> discussion) {
        return new Lesson("l1", "01-m", "Lesson title", "A *short* summary.", List.of("Explain hegemony"),
                List.of(), discussion, minutes, FILE, body, BODY_LINE, null);
    }

    @Test
    void separatorsCutSlidesAndEachTakesItsFirstHeadingAsTitle() {
        SlideDeck deck = splitter.split(lesson("""
                # First

                Opening text.

                ---

                ## Second

                - a point

                ---

                No heading here.
                """));

        assertThat(deck.slides()).extracting(Slide::title).containsExactly("First", "Second", "Lesson title");
        assertThat(deck.slides()).extracting(Slide::markdown)
                .containsExactly("# First\n\nOpening text.", "## Second\n\n- a point", "No heading here.");
        assertThat(deck.slides()).extracting(Slide::index).containsExactly(0, 1, 2);
        assertThat(deck.problems()).isEmpty();
    }

    @Test
    void separatorsMeansNoGeneratedTitleOrDiscussionSlide() {
        SlideDeck deck = splitter.split(lesson("One\n\n---\n\nTwo\n"));

        assertThat(deck.slides()).extracting(Slide::markdown).containsExactly("One", "Two");
    }

    @Test
    void aRuleInsideFencedCodeIsNotASeparatorNorAreNotesOrDirectives() {
        SlideDeck deck = splitter.split(lesson("""
                ## YAML example

                ```yaml
                ---
                title: x

                ---
                Note: not a note
                [time: 5]
                ```

                ~~~
                ---
                ~~~

                ---

                ## Next
                """));

        assertThat(deck.slides()).hasSize(2);
        assertThat(deck.slide(0).markdown()).isEqualTo("""
                ## YAML example

                ```yaml
                ---
                title: x

                ---
                Note: not a note
                [time: 5]
                ```

                ~~~
                ---
                ~~~""");
        assertThat(deck.slide(0).notes()).isEmpty();
        assertThat(deck.slide(0).directives()).isEmpty();
        assertThat(deck.slide(0).minutes()).isNull();
    }

    @Test
    void aDashedLineUnderTextIsAHeadingNotASeparator() {
        SlideDeck deck = splitter.split(lesson("Setext heading\n---\n\nBody.\n\n---\n\nSecond."));

        assertThat(deck.slides()).extracting(Slide::title).containsExactly("Setext heading", "Lesson title");
        assertThat(deck.slide(0).markdown()).isEqualTo("Setext heading\n---\n\nBody.");
    }

    @Test
    void notesRunFromNoteToTheEndOfTheSlide() {
        SlideDeck deck = splitter.split(lesson("""
                ## Slide

                Shown text.
                Note: say this first
                and this.

                - and a list in the notes

                ---

                Note:
                Only notes here.

                ---

                Third slide.
                """));

        assertThat(deck.slide(0).markdown()).isEqualTo("## Slide\n\nShown text.");
        assertThat(deck.slide(0).notes()).isEqualTo("say this first\nand this.\n\n- and a list in the notes");
        assertThat(deck.slide(1).markdown()).isEmpty();
        assertThat(deck.slide(1).notes()).isEqualTo("Only notes here.");
        assertThat(deck.slide(2).notes()).isEmpty();
    }

    @Test
    void noteInsideAListItemOrQuoteIsText() {
        SlideDeck deck = splitter.split(lesson("> Note: quoted\n\n- Note: listed\n\n---\n\nx"));

        assertThat(deck.slide(0).notes()).isEmpty();
        assertThat(deck.slide(0).markdown()).isEqualTo("> Note: quoted\n\n- Note: listed");
    }

    @Test
    void withoutSeparatorsHeadingsCutWithTitleIntroAndDiscussionSlides() {
        SlideDeck deck = splitter.split(lesson("""
                The introduction.

                ## Hegemony

                Consent.

                ### A detail

                Stays on the hegemony slide.

                ## Cadres

                Organisers.
                Note: mention Therborn.
                """));

        assertThat(deck.slides()).extracting(Slide::title)
                .containsExactly("Lesson title", "Lesson title", "Hegemony", "Cadres", "Discussion");
        assertThat(deck.slide(0).markdown()).isEqualTo("""
                # Lesson title

                A \\*short\\* summary.

                **Learning objectives**

                - Explain hegemony""");
        assertThat(deck.slide(1).markdown()).isEqualTo("The introduction.");
        assertThat(deck.slide(2).markdown()).isEqualTo(
                "## Hegemony\n\nConsent.\n\n### A detail\n\nStays on the hegemony slide.");
        assertThat(deck.slide(3).markdown()).isEqualTo("## Cadres\n\nOrganisers.");
        assertThat(deck.slide(3).notes()).isEqualTo("mention Therborn.");
        assertThat(deck.slide(4).markdown()).isEqualTo("## Discussion");
        assertThat(deck.slide(4).directives())
                .containsExactly(new Directive.Discussion(List.of("Who decides?", "Why now?")));
    }

    @Test
    void headingSplitWithoutDiscussionQuestionsHasNoDiscussionSlide() {
        SlideDeck deck = splitter.split(lesson("## Only\n\nText.", null, List.of()));

        assertThat(deck.slides()).extracting(Slide::title).containsExactly("Lesson title", "Only");
    }

    @Test
    void directivesAreTakenOutAndPlacedAtTheirFileLines() {
        SlideDeck deck = splitter.split(lesson("""
                ## Poll

                [time: 3]
                Which is hegemony?
                [quiz: what-is-q1]

                ---

                [map: cadres]
                [discussion]
                Note: let them talk
                [TIME: 7]
                """));

        Slide poll = deck.slide(0);
        assertThat(poll.markdown()).isEqualTo("## Poll\n\nWhich is hegemony?");
        assertThat(poll.minutes()).isEqualTo(3);
        assertThat(poll.directives()).containsExactly(new Directive.Timing(3), new Directive.QuizPoll("what-is-q1"));
        Slide map = deck.slide(1);
        assertThat(map.markdown()).isEmpty();
        assertThat(map.notes()).isEqualTo("let them talk");
        assertThat(map.minutes()).isEqualTo(7);
        assertThat(map.directives(Directive.MapReveal.class)).containsExactly(new Directive.MapReveal("cadres"));
        assertThat(map.directives(Directive.Discussion.class)).singleElement()
                .extracting(Directive.Discussion::questions).isEqualTo(List.of("Who decides?", "Why now?"));
        assertThat(deck.placed()).extracting(SlideDeck.Placed::slide, SlideDeck.Placed::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0, 12), org.assertj.core.groups.Tuple.tuple(0, 14),
                org.assertj.core.groups.Tuple.tuple(1, 18), org.assertj.core.groups.Tuple.tuple(1, 19),
                org.assertj.core.groups.Tuple.tuple(1, 21));
    }

    @Test
    void malformedDirectivesStayOnTheSlideAndAreReported() {
        SlideDeck deck = splitter.split(lesson("""
                [time: soon]
                [quiz:]
                [discussion: all]
                [time: 2]
                [time: 4]
                """, 1, List.of()));

        assertThat(deck.slide(1).markdown()).isEqualTo("[time: soon]\n[quiz:]\n[discussion: all]");
        assertThat(deck.slide(1).minutes()).isEqualTo(2);
        assertThat(deck.problems()).extracting(Problem::toString).containsExactly(
                "modules/01-m/lesson.md:10: [time: soon]: the time is whole minutes from 1 to 600, e.g. [time: 3]",
                "modules/01-m/lesson.md:11: [quiz:]: say which question, e.g. [quiz: cadres-q2]",
                "modules/01-m/lesson.md:12: [discussion: all]: [discussion] takes no value; write it alone",
                "modules/01-m/lesson.md:13: the slides' [time] directives add up to 2 minutes, more than the "
                        + "lesson's 'minutes: 1'",
                "modules/01-m/lesson.md:14: a second [time] on this slide; only the first, [time: 2], counts");
    }

    @Test
    void discussionDirectiveWithoutQuestionsIsReported() {
        SlideDeck deck = splitter.split(lesson("Talk.\n\n---\n\n[discussion]", null, List.of()));

        assertThat(deck.problems()).extracting(Problem::toString).containsExactly(
                "modules/01-m/lesson.md:14: [discussion]: the lesson has no discussion questions; "
                        + "add 'discussion:' to its front matter");
    }

    @Test
    void lessonMinutesAreSharedByTheSlidesWithoutTheirOwnTime() {
        SlideDeck deck = splitter.split(lesson("[time: 8]\nA\n\n---\n\nB\n\n---\n\nC\n\n---\n\nD", 20, List.of()));

        assertThat(deck.plannedMinutes()).containsExactly(8.0, 4.0, 4.0, 4.0);
        assertThat(deck.problems()).isEmpty();
    }

    @Test
    void withoutLessonMinutesEverySlideNeedsATimeForAPlan() {
        SlideDeck partly = splitter.split(lesson("[time: 8]\nA\n\n---\n\nB"));
        SlideDeck fully = splitter.split(lesson("[time: 8]\nA\n\n---\n\n[time: 2]\nB"));

        assertThat(partly.plannedMinutes()).isEmpty();
        assertThat(partly.pacing(java.time.Duration.ofMinutes(1), 0)).isEmpty();
        assertThat(fully.plannedMinutes()).containsExactly(8.0, 2.0);
        assertThat(fully.pacing(java.time.Duration.ofMinutes(12), 1))
                .contains(new PacingCue(PacingCue.Pace.BEHIND, 2));
    }

    @Test
    void emptySlidesAreDroppedAndIndicesStayContiguous() {
        SlideDeck deck = splitter.split(lesson("\n---\n\nA\n\n---\n\n---\n\nB\n\n---\n"));

        assertThat(deck.slides()).extracting(Slide::index, Slide::markdown).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0, "A"), org.assertj.core.groups.Tuple.tuple(1, "B"));
    }

    @Test
    void linkDefinitionsElsewhereInTheLessonAreAddedToSlidesThatNeedThem() {
        SlideDeck deck = splitter.split(lesson("See [the deck][deck].\n\n---\n\nEnd.\n\n[deck]: https://example.org/deck"));

        assertThat(deck.slide(0).markdown()).isEqualTo("See [the deck][deck].\n\n[deck]: https://example.org/deck");
        assertThat(deck.slide(1).markdown()).isEqualTo("End.\n\n[deck]: https://example.org/deck");
    }
}
