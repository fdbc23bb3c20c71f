package org.gramscilens.slides;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gramscilens.TestCourses;
import org.gramscilens.course.Course;
import org.gramscilens.course.CourseLoader;
import org.gramscilens.course.CourseValidator;
import org.gramscilens.course.LessonScanner;
import org.gramscilens.course.Problem;
import org.gramscilens.markdown.syntax.MarkdownParser;
import org.gramscilens.quiz.GiftParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlideCheckTest {
    @TempDir
    Path dir;

    private static final String COURSE = """
            title: "Slides"
            modules:
              - id: 01-polls
                title: "Polls"
              - id: 02-no-quiz
                title: "No quiz"
            """;

    private static final String LESSON = """
            ---
            id: polls
            title: "Polls"
            discussion: ["Why?"]
            ---

            ## Warm-up

            [quiz: polls-q1]

            ---

            [quiz: polls-q9]
            [map: hegemony]
            """;

    private static final String QUIZ = """
            ::polls-q1::Hegemony works by consent.{T}

            ::polls-q2::Cadres organise.{T}
            """;

    private static final String NO_QUIZ_LESSON = """
            ---
            id: no-quiz
            title: "No quiz"
            ---

            [quiz: polls-q1]
            """;

    private Course course() throws Exception {
        return course(LESSON);
    }

    private Course course(String lesson) throws Exception {
        TestCourses.write(
                dir,
                Map.of(
                        "course.yaml", COURSE,
                        "modules/01-polls/lesson.md", lesson,
                        "modules/01-polls/quiz.gift", QUIZ,
                        "modules/02-no-quiz/lesson.md", NO_QUIZ_LESSON));
        return new CourseLoader().load(dir);
    }

    private static List<String> run(SlideCheck check, Course course) {
        List<Problem> out = new ArrayList<>();
        check.check(course, id -> Optional.empty(), out);
        return out.stream().map(Problem::toString).toList();
    }

    @Test
    void aQuizDirectiveNamingNoQuestionOfTheModuleIsReportedAtItsLine() throws Exception {
        assertThat(run(new SlideCheck(), course()))
                .containsExactly(
                        "modules/01-polls/lesson.md:13: [quiz: polls-q9] names no question in modules/01-polls/quiz.gift; "
                                + "use the ::title:: of one of its questions",
                        "modules/02-no-quiz/lesson.md:6: [quiz: polls-q1]: module 02-no-quiz has no quiz.gift to take "
                                + "the question from");
    }

    @Test
    void mapFiltersGoToTheSuppliedCheck() throws Exception {
        List<String> seen = new ArrayList<>();
        SlideCheck check =
                new SlideCheck(new SlideSplitter(new MarkdownParser()), new GiftParser(), (course, lesson, filter) -> {
                    seen.add(lesson.id() + ":" + filter);
                    return Optional.of("no concept '" + filter + "' in concept-map.yaml");
                });

        assertThat(run(check, course()))
                .contains("modules/01-polls/lesson.md:14: no concept 'hegemony' in concept-map.yaml");
        assertThat(seen).containsExactly("polls:hegemony");
    }

    @Test
    void runsInsideValidateAndTheBundledCourseIsClean() throws Exception {
        CourseValidator validator = new CourseValidator(
                new CourseLoader(), new LessonScanner(new MarkdownParser()), List.of(new SlideCheck()));

        CourseValidator.Report report = validator.validate(new CourseLoader().load(TestCourses.bundled()));

        assertThat(report.problems()).isEmpty();
    }

    @Test
    void malformedDirectivesReachValidate() throws Exception {
        List<String> problems = run(new SlideCheck(), course(LESSON.replace("[map: hegemony]", "[time: lots]")));

        assertThat(problems)
                .contains(
                        "modules/01-polls/lesson.md:14: [time: lots]: the time is whole minutes from 1 to 600, e.g. [time: 3]");
    }

    @Test
    void aSlideOverTheWordLimitIsAWarningAtItsHeading() throws Exception {
        String lesson = "---\nid: wordy\ntitle: Wordy\n---\n\n## Too many words\n\n" + "- " + "word ".repeat(40)
                + "\n- " + "more ".repeat(15) + "\n";
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("wordy");
        org.gramscilens.TestCourses.write(
                dir,
                java.util.Map.of(
                        "course.yaml",
                        "title: W\nmodules:\n  - id: 01-w\n    title: W\n",
                        "modules/01-w/lesson.md",
                        lesson));
        List<Problem> out = new java.util.ArrayList<>();
        new SlideCheck().check(new CourseLoader().load(dir), id -> java.util.Optional.empty(), out);

        assertThat(out).singleElement().satisfies(p -> {
            assertThat(p.warning()).isTrue();
            assertThat(p.toString())
                    .startsWith("modules/01-w/lesson.md:6: warning: slide 'Too many words' projects 55 words");
        });
    }
}
