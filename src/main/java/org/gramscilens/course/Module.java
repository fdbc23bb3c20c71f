package org.gramscilens.course;

import java.util.List;

/**
 * A module of the course: a folder {@code modules/<id>} with one or more lessons and, optionally, its
 * questions in {@code quiz.gift}.
 *
 * @param quiz the quiz file relative to the course folder, or null when the module has none
 */
public record Module(String id, String title, List<Lesson> lessons, java.nio.file.Path quiz) {
    public static final String QUIZ_FILE = "quiz.gift";

    public Module {
        lessons = List.copyOf(lessons);
    }
}
