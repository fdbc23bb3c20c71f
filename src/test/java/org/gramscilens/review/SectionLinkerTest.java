package org.gramscilens.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gramscilens.TestCourses;
import org.gramscilens.course.Course;
import org.gramscilens.course.CourseLoader;
import org.gramscilens.course.LessonScanner;
import org.gramscilens.markdown.syntax.MarkdownParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SectionLinkerTest {

    private final MarkdownParser parser = new MarkdownParser();

    @TempDir
    Path dir;

    private String target(SectionLinker linker, CourseQuestions questions, String id) {
        return linker.link(questions.find(id).orElseThrow()).orElseThrow().target();
    }

    @Test
    void everyBundledQuestionLinksToAnExistingSectionOrLesson() throws Exception {
        Course course = Bundled.course();
        SectionLinker linker = new SectionLinker(course, parser);
        LessonScanner scanner = new LessonScanner(parser);
        List<String> lessonOnly = new ArrayList<>();
        for (CourseQuestion q : Bundled.questions().all()) {
            SectionLinker.SectionLink link = linker.link(q).orElseThrow(() -> new AssertionError(q.id()));
            var lesson = course.lesson(link.lessonId());
            assertThat(lesson).as(q.id() + " links to a lesson of the course").isPresent();
            if (link.isSection()) {
                assertThat(scanner.scan(lesson.get().body(), 1).hasHeading(link.headingId()))
                        .as(q.id() + " -> " + link.target())
                        .isTrue();
                assertThat(q.question().generalFeedback().text()).as(q.id()).contains(link.label());
            } else {
                lessonOnly.add(q.id());
            }
        }
        assertThat(Bundled.questions().all()).hasSizeGreaterThan(100);
        // The one feedback that names no section: "See the introduction and summary table of the ... lesson".
        assertThat(lessonOnly).containsExactly("gramscis-vocabulary-q2");
    }

    @Test
    void bundledFeedbackFindsTheQuotedSectionOfTheNamedLesson() throws Exception {
        SectionLinker linker = new SectionLinker(Bundled.course(), parser);
        CourseQuestions qs = Bundled.questions();
        assertThat(target(linker, qs, "cadres-q6")).isEqualTo("cadres#clinicians-as-cadres");
        // "the Gramsci's vocabulary lesson" is the end of that lesson's title; the heading is not quoted whole.
        assertThat(target(linker, qs, "gramscis-vocabulary-q4"))
                .isEqualTo("gramscis-vocabulary#hegemony-as-common-sense");
        // "Subaltern status" is also a lesson title; the feedback names the vocabulary lesson, so its heading wins.
        assertThat(target(linker, qs, "gramscis-vocabulary-q7")).isEqualTo("gramscis-vocabulary#subaltern-status");
        // Two sections named: the first.
        assertThat(target(linker, qs, "what-is-medical-leadership-q9"))
                .isEqualTo("what-is-medical-leadership#an-obsession-or-a-solution");
        assertThat(target(linker, qs, "gramscis-vocabulary-q2")).isEqualTo("gramscis-vocabulary");
        assertThat(linker.link(qs.find("cadres-q6").orElseThrow()).orElseThrow().label())
                .isEqualTo("Clinicians as cadres");
    }

    @Test
    void aWrongLessonNameFallsBackToTheLessonThatHasTheQuotedHeadingAndNoHintToTheTop() throws Exception {
        TestCourses.write(
                dir,
                Map.of(
                        "course.yaml", "title: T\nmodules:\n  - id: 01-a\n  - id: 02-b\n",
                        "modules/01-a/lesson.md",
                                "---\nid: alpha\ntitle: \"Alpha: the first\"\n---\n\n## Start here\n\nText.\n",
                        "modules/01-a/quiz.gift", """
                        ::q-curly::Q? {T####See \u201cStart here\u201d in the Alpha lesson.}

                        ::q-wrong::Q? {T####See "Second part" in the Alpha lesson.}

                        ::q-none::Q? {T####Think again.}
                        """,
                        "modules/02-b/lesson.md", "---\nid: beta\ntitle: Beta\n---\n\n## Second part\n\nText.\n"));
        Course course = new CourseLoader().load(dir);
        CourseQuestions qs = CourseQuestions.load(course);
        assertThat(qs.problems()).isEmpty();
        SectionLinker linker = new SectionLinker(course, parser);
        assertThat(target(linker, qs, "q-curly")).isEqualTo("alpha#start-here");
        assertThat(target(linker, qs, "q-wrong")).isEqualTo("beta#second-part");
        SectionLinker.SectionLink none =
                linker.link(qs.find("q-none").orElseThrow()).orElseThrow();
        assertThat(none.target()).isEqualTo("alpha");
        assertThat(none.label()).isEqualTo("Alpha: the first");
    }
}
