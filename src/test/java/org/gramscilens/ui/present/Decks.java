package org.gramscilens.ui.present;

import java.nio.file.Path;
import java.time.Clock;
import org.gramscilens.TestCourses;
import org.gramscilens.course.Course;
import org.gramscilens.course.CourseLoader;
import org.gramscilens.map.ConceptMapLoader;
import org.gramscilens.markdown.syntax.MarkdownParser;
import org.gramscilens.review.CourseQuestions;
import org.gramscilens.slides.SlideSplitter;

/** Presentation models of real lessons, without any window. */
final class Decks {
    private Decks() {}

    static Course bundled() throws Exception {
        return new CourseLoader().load(TestCourses.bundled());
    }

    static Course seminar(Path dir) throws Exception {
        return new CourseLoader().load(SeminarCourse.write(dir));
    }

    static SlideContents contents(Course course, String lessonId) {
        MarkdownParser parser = new MarkdownParser();
        return new SlideContents(
                new SlideSplitter(parser).split(course.lesson(lessonId).orElseThrow()),
                course,
                () -> CourseQuestions.load(course),
                () -> ConceptMapLoader.load(course).map(),
                parser);
    }

    static PresentationModel model(Course course, String lessonId, Clock clock) {
        return new PresentationModel(contents(course, lessonId), clock);
    }
}
