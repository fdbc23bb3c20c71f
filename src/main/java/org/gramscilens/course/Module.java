package org.gramscilens.course;

import java.util.List;

/** A module of the course: a folder {@code modules/<id>} with one or more lessons. */
public record Module(String id, String title, List<Lesson> lessons) {
    public Module {
        lessons = List.copyOf(lessons);
    }
}
