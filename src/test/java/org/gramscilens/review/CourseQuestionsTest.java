package org.gramscilens.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.gramscilens.TestCourses;
import org.gramscilens.course.Course;
import org.gramscilens.course.CourseLoader;
import org.gramscilens.quiz.Question;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourseQuestionsTest {

    @TempDir
    Path dir;

    @Test
    void loadsAllTwelveBundledQuizzesWithoutProblems() throws Exception {
        CourseQuestions qs = Bundled.questions();
        assertThat(qs.problems()).isEmpty();
        assertThat(qs.byModule()).hasSize(12);
        assertThat(qs.byModule().keySet()).first().isEqualTo("01-what-is-medical-leadership");
        qs.byModule().forEach((module, list) -> {
            assertThat(list).as(module).hasSizeGreaterThanOrEqualTo(8);
            assertThat(list).allSatisfy(q -> {
                assertThat(q.moduleId()).isEqualTo(module);
                assertThat(q.lesson()).isNotNull();
                assertThat(q.lesson().moduleId()).isEqualTo(module);
            });
        });
        assertThat(qs.all())
                .hasSize(qs.byModule().values().stream()
                        .mapToInt(java.util.List::size)
                        .sum());
        CourseQuestion cadres6 = qs.find("cadres-q6").orElseThrow();
        assertThat(cadres6.moduleId()).isEqualTo("04-cadres");
        assertThat(cadres6.lesson().id()).isEqualTo("cadres");
        assertThat(qs.all())
                .extracting(q -> q.question().kind())
                .contains(
                        Question.Kind.MULTIPLE_CHOICE,
                        Question.Kind.MULTIPLE_ANSWER,
                        Question.Kind.TRUE_FALSE,
                        Question.Kind.MATCHING,
                        Question.Kind.ESSAY);
    }

    @Test
    void aBrokenQuestionAndAMissingFileAreReportedAndTheRestIsKept() throws Exception {
        TestCourses.write(
                dir,
                Map.of(
                        "course.yaml", "title: T\nmodules:\n  - id: 01-a\n  - id: 02-b\n",
                        "modules/01-a/lesson.md", "---\nid: alpha\ntitle: Alpha\n---\n\n## Start\n",
                        "modules/01-a/quiz.gift",
                                "::good::Fine? {T}\n\n::bad::Broken {=a ~b\n\n::also-good::Yes? {F}\n",
                        "modules/02-b/lesson.md", "---\nid: beta\ntitle: Beta\n---\n\n## Next\n",
                        "modules/02-b/quiz.gift", "::b1::Q {T}\n"));
        Course course = new CourseLoader().load(dir);
        java.nio.file.Files.delete(dir.resolve("modules/02-b/quiz.gift"));
        CourseQuestions qs = CourseQuestions.load(course);
        assertThat(qs.forModule("01-a")).extracting(CourseQuestion::id).containsExactly("good", "also-good");
        assertThat(qs.forModule("02-b")).isEmpty();
        assertThat(qs.problems()).hasSize(2);
        assertThat(qs.problems().get(0).path()).isEqualTo("modules/01-a/quiz.gift");
        assertThat(qs.problems().get(0).line()).isEqualTo(3);
        assertThat(qs.problems().get(1).toString())
                .startsWith("modules/02-b/quiz.gift:0:0: the quiz could not be read");
    }

    /** Issue 15 D1: one huge number in one module's quiz must not take the other modules' questions with it. */
    @Test
    void aHugeNumberInOneQuizLeavesEveryOtherQuestion() throws Exception {
        TestCourses.write(
                dir,
                Map.of(
                        "course.yaml", "title: T\nmodules:\n  - id: 01-a\n  - id: 02-b\n",
                        "modules/01-a/lesson.md", "---\nid: alpha\ntitle: Alpha\n---\n\n## Start\n",
                        "modules/01-a/quiz.gift", "::big::How many? {#1e99999999999}\n\n::ok::Fine? {T}\n",
                        "modules/02-b/lesson.md", "---\nid: beta\ntitle: Beta\n---\n\n## Next\n",
                        "modules/02-b/quiz.gift", "::b1::Q {#1..1e999999999}\n\n::b2::R {#3}\n"));
        CourseQuestions qs = CourseQuestions.load(new CourseLoader().load(dir));
        assertThat(qs.forModule("01-a")).extracting(CourseQuestion::id).containsExactly("ok");
        assertThat(qs.forModule("02-b")).extracting(CourseQuestion::id).containsExactly("b2");
        assertThat(qs.problems())
                .extracting(Object::toString)
                .containsExactly(
                        "modules/01-a/quiz.gift:1:20: bad number: '1e99999999999' is too large (at most 1e300 in size)",
                        "modules/02-b/quiz.gift:1:14: bad number: '1e999999999' is too large (at most 1e300 in size)");
    }
}
