package org.gramscilens.review;

import java.util.Objects;
import java.util.Optional;
import org.gramscilens.course.Lesson;
import org.gramscilens.course.Module;
import org.gramscilens.quiz.Question;

/**
 * A question as it stands in a course: the module whose quiz holds it and that module's lesson.
 *
 * @param lesson the module's first readable lesson, or null when the module has none
 */
public record CourseQuestion(Question question, Module module, Lesson lesson) {

    public CourseQuestion {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(module, "module");
    }

    /** The stable id progress is stored under. */
    public String id() {
        return question.id();
    }

    public String moduleId() {
        return module.id();
    }

    public Optional<Lesson> lessonIfAny() {
        return Optional.ofNullable(lesson);
    }

    public boolean isGraded() {
        return question.isGraded();
    }
}
