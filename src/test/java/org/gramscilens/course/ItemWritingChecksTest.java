package org.gramscilens.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gramscilens.TestCourses;
import org.gramscilens.markdown.syntax.MarkdownParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The validator's warnings about quiz items and lesson quotations, on small courses written to a temp folder. */
class ItemWritingChecksTest {
    private final CourseValidator validator =
            new CourseValidator(new CourseLoader(), new LessonScanner(new MarkdownParser()));

    private List<String> warnings(Path dir, String quiz, String lessonBody) throws Exception {
        TestCourses.write(
                dir,
                Map.of(
                        "course.yaml",
                        "title: T\nmodules:\n  - id: 01-good\n",
                        "references.yaml",
                        TestCourses.REFERENCES + """
                          - key: parker2013
                            type: article
                            authors: ["Parker, Malcolm"]
                            year: 2013
                            title: "Misconceiving medical leadership"
                            journal: "Perspectives in Biology and Medicine"
                            pages: "387-406"
                          - key: deck
                            type: slides
                            authors: ["Course deck"]
                            year: 2017
                            title: "Medical leadership"
                        """,
                        "glossary.yaml",
                        "terms: []\n",
                        "modules/01-good/lesson.md",
                        "---\nid: good\ntitle: Good\n---\n\n## Part\n\n" + lessonBody,
                        "modules/01-good/quiz.gift",
                        quiz));
        CourseValidator.Report r = validator.validate(dir);
        assertThat(r.problems()).allMatch(Problem::warning);
        assertThat(r.ok()).isTrue();
        return r.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void keyMuchLongerThanEveryDistractorIsACue(@TempDir Path dir) throws Exception {
        String quiz = """
                ::long::Which?{
                =a key that goes on and on and on at length#r
                ~short one#w
                ~brief#w
                }

                ::fair::Which?{
                =a key of some length#r
                ~a distractor of some length#w
                ~another wrong option#w
                }
                """;
        assertThat(warnings(dir, quiz, "Text.\n"))
                .containsExactly(
                        "modules/01-good/quiz.gift:1: warning: question"
                                + " 'long': the keyed option (42 characters) is 4.7 times as long as the longest distractor (9);"
                                + " test-wise learners choose the longest: shorten the key or write distractors of similar length");
    }

    @Test
    void keyJustUnderTheThresholdPasses(@TempDir Path dir) throws Exception {
        // 14 characters against 10: 1.4 times, under 1.5.
        assertThat(warnings(dir, "::q::Which?{\n=fourteen char#r\n~ten chars.#w\n}\n", "Text.\n"))
                .isEmpty();
        assertThat(QuizItemCheck.plainLength("*ten* <b>chars</b>")).isEqualTo(9);
    }

    @Test
    void negativeMarkingDifferentFromTheCoursesRuleIsReported(@TempDir Path dir) throws Exception {
        String quiz = """
                ::a::Pick.{
                ~%50%one#r
                ~%50%two#r
                ~%-50%three#w
                }

                ::b::Pick.{
                ~%50%uno#r
                ~%50%dos#r
                ~%-50%tres#w
                }

                ::c::Pick.{
                ~%33.33333%eins#r
                ~%33.33333%zwei#r
                ~%33.33333%drei#r
                ~%-100%vier#w
                }

                ::d::Pick.{
                ~%33.33333%un#r
                ~%33.33333%deux#r
                ~%33.33333%trois#r
                ~%-33.33333%quatre#w
                }
                """;
        assertThat(warnings(dir, quiz, "Text.\n"))
                .containsExactly("modules/01-good/quiz.gift:13: warning: question"
                        + " 'c': a wrong answer costs 300% of a right answer's credit, but most multiple-answer questions in this"
                        + " course use 100%; keep one negative-marking rule per question type");
    }

    @Test
    void plainAuthorDateCitationMustMatchAReference(@TempDir Path dir) throws Exception {
        String quiz = """
                ::q::True?{T#Yes, as (Therborn 1980) and (Parker 2013, p. 390) argue.#No, says (Bohmer 2012).}
                """;
        assertThat(warnings(dir, quiz, "Text.\n"))
                .containsExactly("modules/01-good/quiz.gift:1: warning: question"
                        + " 'q' cites (Bohmer 2012), which matches no entry of references.yaml; cite with [@key] an entry that"
                        + " supports the point");
    }

    @Test
    void quotationFromAPagedWorkNeedsAPage(@TempDir Path dir) throws Exception {
        String body = String.join(
                "\n",
                "He calls it \"a false assumption\" [@parker2013].",
                "",
                "With a page: \"a false assumption\" [@parker2013, p. 390]. From the deck: \"sheep dipping\" [@deck, S10].",
                "",
                "His title, \"Misconceiving medical leadership\" [@parker2013], is not a quotation.",
                "",
                "> Cadres bring a flexible dynamism.",
                ">",
                "> — Therborn [@therborn1980]",
                "",
                "Not quoted at all [@parker2013].",
                "");
        assertThat(warnings(dir, "", body))
                .containsExactly(
                        "modules/01-good/lesson.md:8: warning: quotation attributed to [@parker2013] without a page: write"
                                + " [@parker2013, p. N], or cite where the words really come from (e.g. [@deck, S9])",
                        "modules/01-good/lesson.md:16: warning: quotation attributed to [@therborn1980] without a page: write"
                                + " [@therborn1980, p. N], or cite where the words really come from (e.g. [@deck, S9])");
    }
}
