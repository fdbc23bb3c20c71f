package org.gramscilens.ui.present;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.gramscilens.TestCourses;

/** A small course written for seminar-mode tests: polls of each kind, a map, notes, timings, discussion. */
final class SeminarCourse {
    private SeminarCourse() {}

    static final String COURSE = """
            title: "Seminar test course"
            modules:
              - id: 01-seminar
                title: "Seminar module"
              - id: 02-long
                title: "Long module"
            """;

    /**
     * A lesson whose first slide is far too long for one screen and cannot be cut into continuation slides:
     * one long quotation (a single block).
     */
    static final String LONG_LESSON = "---\nid: long\ntitle: \"Long lesson\"\n---\n\n## Too much text\n\n"
            + "> A paragraph about cadres that goes on and on, as lecture notes pasted onto a slide do. "
                    .repeat(3)
                    .concat("\n>\n")
                    .repeat(30)
            + "> The last line of the long slide.\n\n---\n\n## After\n\nDone.\n";

    static final String LESSON = """
            ---
            id: seminar
            title: "Seminar lesson"
            summary: "A lesson written to be presented."
            discussion:
              - "Who leads change on your ward?"
              - "Can trust survive a move into management?"
            minutes: 16
            ---

            # Seminar lesson

            Opening words about *cadres* [@therborn1980].

            Note: Welcome everyone and ask who has **led** a team.

            ---

            ## Poll on cadres

            [quiz: cadres-q1]
            [time: 3]

            Note: Give the room a minute, then count hands.

            ---

            ## True or false

            [quiz: tf-1]

            ---

            ## How many qualities

            [quiz: num-1]

            ---

            ## Unknown poll

            [quiz: no-such-question]

            ---

            ## The map

            [map: seminar]

            ---

            ## Missing map

            [map: nowhere]

            ---

            ## Talk about it

            [discussion]
            """;

    static final String QUIZ = """
            ::cadres-q1::From whom does the deck take its description of cadres?{
            ~Gramsci's prison notebooks#No: not Gramsci.
            ~O'Reilly and Reed#No: they supply the grit in the oyster.
            =the sociologist Göran Therborn#Right. Therborn asks what a ruling class does when it rules.
            ~Richard Bohmer#No: Bohmer is cited for credibility.
            ####See the Cadres lesson.}

            ::tf-1::Cadres are remote administrators.{F#No, they know the work first hand.#Right: they do the work.}

            ::num-1::How many qualities does the passage give cadres?{#5:0}

            ::sa-1::Who wrote about cadres?{=Therborn}
            """;

    static final String MAP = """
            concepts:
              - id: cadres
                label: "Cadres"
                definition: "Trusted practitioners."
                lesson: seminar
              - id: leaders
                label: "Medical leaders"
                definition: "Clinicians who lead change."
                lesson: seminar
              - id: trust
                label: "Trust of peers"
                definition: "Confidence earned at work."
                lesson: seminar
            propositions:
              - id: leaders-cadres
                from: leaders
                phrase: "act as"
                to: cadres
                lesson: seminar
                source: therborn1980
              - id: cadres-trust
                from: cadres
                phrase: "rely on"
                to: trust
                lesson: seminar
                source: therborn1980
            """;

    static Path write(Path dir) throws IOException {
        return TestCourses.write(
                dir,
                Map.of(
                        "course.yaml", COURSE,
                        "references.yaml", TestCourses.REFERENCES,
                        "glossary.yaml", TestCourses.GLOSSARY,
                        "concept-map.yaml", MAP,
                        "modules/01-seminar/lesson.md", LESSON,
                        "modules/01-seminar/quiz.gift", QUIZ,
                        "modules/02-long/lesson.md", LONG_LESSON));
    }
}
