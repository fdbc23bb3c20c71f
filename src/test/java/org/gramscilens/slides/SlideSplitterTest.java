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
        return new Lesson(
                "l1",
                "01-m",
                "Lesson title",
                "A *short* summary.",
                List.of("Explain hegemony"),
                List.of(),
                discussion,
                minutes,
                FILE,
                body,
                BODY_LINE,
                null);
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
        assertThat(deck.slides())
                .extracting(Slide::markdown)
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
    void withoutSeparatorsHeadingsCutAndProseBecomesTheSpeakersNotes() {
        SlideDeck deck = splitter.split(lesson("""
                The introduction.

                ## Hegemony

                Consent.

                ### A detail

                Stays with the hegemony slide.

                - a point on the slide
                - another

                ## Cadres

                Organisers.
                Note: mention Therborn.
                """));

        assertThat(deck.slides())
                .extracting(Slide::title)
                .containsExactly("Lesson title", "Lesson title", "Hegemony", "Cadres", "Discussion");
        assertThat(deck.slide(0).markdown()).isEqualTo("""
                # Lesson title

                **Learning objectives**

                - Explain hegemony""");
        assertThat(deck.slide(0).notes()).isEqualTo("A \\*short\\* summary.");
        assertThat(deck.slide(1).markdown()).isEmpty();
        assertThat(deck.slide(1).notes()).isEqualTo("The introduction.");
        assertThat(deck.slide(2).markdown()).isEqualTo("## Hegemony\n\n- a point on the slide\n- another");
        assertThat(deck.slide(2).notes()).isEqualTo("Consent.\n\n### A detail\n\nStays with the hegemony slide.");
        assertThat(deck.slide(3).markdown()).isEqualTo("## Cadres");
        assertThat(deck.slide(3).notes()).isEqualTo("mention Therborn.\n\nOrganisers.");
        assertThat(deck.slide(4).markdown()).isEqualTo("## Discussion");
        assertThat(deck.slide(4).notes()).contains("- Explain hegemony");
        assertThat(deck.slide(4).directives())
                .containsExactly(new Directive.Discussion(List.of("Who decides?", "Why now?")));
    }

    @Test
    void aSlideBlockIsWhatTheSlideShowsAndTheWholeSectionGoesToTheNotes() {
        SlideDeck deck = splitter.split(lesson("""
                ## Hegemony

                Leadership by consent, armoured by coercion.

                - a list the block replaces

                ::: slide
                - Consent first
                - Coercion in reserve
                :::

                Note: ask for an NHS example.
                """, null, List.of()));

        Slide s = deck.slide(1);
        assertThat(s.markdown()).isEqualTo("## Hegemony\n\n- Consent first\n- Coercion in reserve");
        assertThat(s.notes())
                .isEqualTo("ask for an NHS example.\n\nLeadership by consent, armoured by coercion."
                        + "\n\n- a list the block replaces");
    }

    @Test
    void pollsAndMapsGetSlidesOfTheirOwnWithTheNotesWrittenAfterThem() {
        SlideDeck deck = splitter.split(lesson("""
                ## Common sense

                - taken for granted

                Why it matters.

                [quiz: q2]

                Note: run the poll, then reveal.

                [map: common-sense]
                Note: one link at a time.
                """, null, List.of()));

        assertThat(deck.slides())
                .extracting(Slide::title)
                .containsExactly("Lesson title", "Common sense", "Common sense", "Common sense");
        assertThat(deck.slide(1).markdown()).isEqualTo("## Common sense\n\n- taken for granted");
        assertThat(deck.slide(1).notes()).isEqualTo("Why it matters.");
        assertThat(deck.slide(1).directives()).isEmpty();
        assertThat(deck.slide(2).markdown()).isEmpty();
        assertThat(deck.slide(2).notes()).isEqualTo("run the poll, then reveal.");
        assertThat(deck.slide(2).directives()).containsExactly(new Directive.QuizPoll("q2"));
        assertThat(deck.slide(3).notes()).isEqualTo("one link at a time.");
        assertThat(deck.slide(3).directives()).containsExactly(new Directive.MapReveal("common-sense"));
        assertThat(deck.placed()).extracting(SlideDeck.Placed::slide).containsExactly(2, 3);
    }

    @Test
    void aSectionOfOnlyAPollIsOnlyThePollSlide() {
        SlideDeck deck = splitter.split(lesson("## Poll time\n\n[quiz: q1]\nNote: hands up.", null, List.of()));

        assertThat(deck.slides()).extracting(Slide::title).containsExactly("Lesson title", "Poll time");
        assertThat(deck.slide(1).directives()).containsExactly(new Directive.QuizPoll("q1"));
    }

    @Test
    void slideBlocksInsideCodeAreText() {
        SlideDeck deck = splitter.split(lesson("## Syntax\n\n```\n::: slide\nx\n:::\n```\n", null, List.of()));

        assertThat(deck.slide(1).markdown()).isEqualTo("## Syntax\n\n```\n::: slide\nx\n:::\n```");
    }

    @Test
    void withSeparatorsASlideBlockAlsoDecidesWhatIsShown() {
        SlideDeck deck = splitter.split(lesson("# One\n\nLong prose.\n\n::: slide\nShort.\n:::\n\n---\n\nTwo"));

        assertThat(deck.slides()).extracting(Slide::markdown).containsExactly("Short.", "Two");
        assertThat(deck.slide(0).notes()).isEqualTo("# One\n\nLong prose.");
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
        assertThat(map.directives(Directive.Discussion.class))
                .singleElement()
                .extracting(Directive.Discussion::questions)
                .isEqualTo(List.of("Who decides?", "Why now?"));
        assertThat(deck.placed())
                .extracting(SlideDeck.Placed::slide, SlideDeck.Placed::line)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(0, 12),
                        org.assertj.core.groups.Tuple.tuple(0, 14),
                        org.assertj.core.groups.Tuple.tuple(1, 18),
                        org.assertj.core.groups.Tuple.tuple(1, 19),
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

        assertThat(deck.slide(1).notes()).isEqualTo("[time: soon]\n[quiz:]\n[discussion: all]");
        assertThat(deck.slide(1).minutes()).isEqualTo(2);
        assertThat(deck.problems())
                .extracting(Problem::toString)
                .containsExactly(
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

        assertThat(deck.problems())
                .extracting(Problem::toString)
                .containsExactly("modules/01-m/lesson.md:14: [discussion]: the lesson has no discussion questions; "
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
        assertThat(fully.pacing(java.time.Duration.ofMinutes(12), 1)).contains(new PacingCue(PacingCue.Pace.BEHIND, 2));
    }

    @Test
    void emptySlidesAreDroppedAndIndicesStayContiguous() {
        SlideDeck deck = splitter.split(lesson("\n---\n\nA\n\n---\n\n---\n\nB\n\n---\n"));

        assertThat(deck.slides())
                .extracting(Slide::index, Slide::markdown)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(0, "A"), org.assertj.core.groups.Tuple.tuple(1, "B"));
    }

    @Test
    void linkDefinitionsElsewhereInTheLessonAreAddedToSlidesThatNeedThem() {
        SlideDeck deck =
                splitter.split(lesson("See [the deck][deck].\n\n---\n\nEnd.\n\n[deck]: https://example.org/deck"));

        assertThat(deck.slide(0).markdown()).isEqualTo("See [the deck][deck].\n\n[deck]: https://example.org/deck");
        assertThat(deck.slide(1).markdown()).isEqualTo("End.\n\n[deck]: https://example.org/deck");
    }

    @Test
    void whatARoomCannotReadMovesToAContinuationSlideNotSmallerType() {
        StringBuilder items = new StringBuilder();
        for (int i = 1; i <= 8; i++) {
            items.append("- point ").append(i).append(" has exactly ten words in all of it\n");
        }
        SlideDeck deck = splitter.split(lesson("## Many points\n\n" + items + "\nProse.\n", null, List.of()));

        assertThat(deck.slides())
                .extracting(Slide::title)
                .containsExactly("Lesson title", "Many points", "Many points (continued)");
        SlideWords words = new SlideWords(new MarkdownParser());
        assertThat(words.count(deck.slide(1).markdown())).isEqualTo(50);
        assertThat(deck.slide(1).markdown())
                .startsWith("## Many points\n\n- point 1")
                .endsWith("point 5 has exactly ten words in all of it");
        assertThat(deck.slide(2).markdown())
                .startsWith("## Many points (continued)\n\n- point 6")
                .contains("- point 8");
        assertThat(deck.slide(1).notes()).isEqualTo("Prose.");
    }

    @Test
    void projectedWordsLeaveOutTheTitleAndCountACitationAsAuthorAndYear() {
        SlideWords words = new SlideWords(new MarkdownParser());

        assertThat(words.count("## A long title of many words\n\n- one two [@sassoon2000]\n- it's well-known"))
                .isEqualTo(6);
    }
}
