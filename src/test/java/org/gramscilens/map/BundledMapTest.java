package org.gramscilens.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gramscilens.TestCourses;
import org.gramscilens.course.Course;
import org.gramscilens.course.CourseLoader;
import org.gramscilens.course.CourseValidator;
import org.gramscilens.course.LessonScanner;
import org.gramscilens.course.Problem;
import org.gramscilens.markdown.syntax.MarkdownParser;
import org.junit.jupiter.api.Test;

/** The map shipped in content/: clean, big enough, and every anchor, glossary id and source resolves. */
class BundledMapTest {

    private static Course course() throws Exception {
        return new CourseLoader().load(TestCourses.bundled());
    }

    @Test
    void loadsCleanAndIsBigEnough() throws Exception {
        ConceptMapLoader.Result result = ConceptMapLoader.load(course());
        assertThat(result.present()).isTrue();
        assertThat(result.problems()).isEmpty();
        ConceptMap map = result.map();
        assertThat(map.concepts()).hasSizeGreaterThanOrEqualTo(25);
        assertThat(map.propositions()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(map.brokenPropositions()).isEmpty();
        assertThat(map.groups()).extracting(Group::id).contains("gramsci", "nhs", "leadership");
        assertThat(map.exercises()).extracting(Exercise::id).contains("whole-map");
        assertThat(map.exercise("whole-map").orElseThrow().concepts())
                .hasSize(map.concepts().size());
    }

    @Test
    void validatesWithTheCourseWithoutAProblem() throws Exception {
        CourseValidator validator = new CourseValidator(
                new CourseLoader(), new LessonScanner(new MarkdownParser()), List.of(new ConceptMapCheck()));
        List<Problem> mapProblems = validator.validate(TestCourses.bundled()).problems().stream()
                .filter(p -> p.file().equals(ConceptMapLoader.FILE))
                .toList();
        assertThat(mapProblems).isEmpty();
    }

    @Test
    void everyConceptAndPropositionHasWhatTheFormatAsksFor() throws Exception {
        ConceptMap map = ConceptMapLoader.load(course()).map();
        Set<String> groups = map.groups().stream().map(Group::id).collect(Collectors.toSet());
        assertThat(map.concepts()).allSatisfy(c -> {
            assertThat(c.definition()).as(c.id()).isNotBlank();
            assertThat(groups).as(c.id()).contains(c.group());
            assertThat(c.lesson()).as(c.id()).isNotBlank();
        });
        assertThat(map.propositions()).allSatisfy(p -> {
            assertThat(p.lesson()).as(p.id()).isNotBlank();
            assertThat(p.basis()).as(p.id()).isNotNull();
            if (!p.basis().interpretation()) {
                assertThat(p.source()).as(p.id()).isNotBlank();
            }
        });
    }

    @Test
    void carriesTheDecksFourHeadlineRelations() throws Exception {
        ConceptMap map = ConceptMapLoader.load(course()).map();
        assertThat(map.proposition("leaders-act-as-cadres").orElseThrow().accepts("Act as"))
                .isTrue();
        assertThat(map.proposition("influence-is-hegemony")).isPresent();
        assertThat(map.proposition("compromise-is-conjuncture")).isPresent();
        assertThat(map.proposition("users-risk-subalternity")).isPresent();
    }

    @Test
    void everyConceptIsLinked() throws Exception {
        ConceptMap map = ConceptMapLoader.load(course()).map();
        assertThat(map.concepts())
                .allSatisfy(c -> assertThat(map.propositions().stream().anyMatch(p -> p.touches(c.id())))
                        .as(c.id())
                        .isTrue());
    }

    @Test
    void everyLessonHasAPartOfTheMapToExplore() throws Exception {
        Course course = course();
        ConceptMap map = ConceptMapLoader.load(course).map();
        assertThat(course.lessons().toList())
                .allSatisfy(l -> assertThat(map.forLesson(l.id()).propositions())
                        .as(l.id())
                        .hasSizeGreaterThanOrEqualTo(2));
    }

    @Test
    void knowsWhichModuleEachLessonBelongsTo() throws Exception {
        ConceptMap map = ConceptMapLoader.load(TestCourses.bundled()).map();
        ConceptMap cadres = map.forModule("04-cadres");
        assertThat(cadres.concepts()).extracting(Concept::id).contains("cadres");
        assertThat(cadres).isEqualTo(map.forLesson("cadres"));
    }
}
