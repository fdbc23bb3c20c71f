package org.gramscilens.review;

import org.gramscilens.TestCourses;
import org.gramscilens.course.Course;
import org.gramscilens.course.CourseLoader;

/** The bundled course and its questions, loaded once for the tests of this package. */
final class Bundled {
    private static Course course;
    private static CourseQuestions questions;

    private Bundled() {}

    static synchronized Course course() throws Exception {
        if (course == null) {
            course = new CourseLoader().load(TestCourses.bundled());
        }
        return course;
    }

    static synchronized CourseQuestions questions() throws Exception {
        if (questions == null) {
            questions = CourseQuestions.load(course());
        }
        return questions;
    }
}
