package org.gramscilens.course;

import java.util.List;
import java.util.Optional;

/**
 * A further check of a course, plugged into {@link CourseValidator} by the part of the program that owns
 * the files it checks (the concept map, the slides ...), so the course package need not know them.
 */
public interface CourseCheck {
    /**
     * Adds a {@link Problem} per thing wrong to {@code out}.
     *
     * @param headings the scan of a lesson by id (its heading ids, links, citations), empty if no such lesson
     */
    void check(
            Course course,
            java.util.function.Function<String, Optional<LessonScanner.Scan>> headings,
            List<Problem> out);
}
