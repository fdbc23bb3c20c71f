package org.gramscilens.course;

import java.nio.file.Path;

/** The folder given as a course is not one: it is missing or has no {@code course.yaml}. */
public final class CourseNotFoundException extends Exception {
    private final Path folder;

    public CourseNotFoundException(Path folder, String message) {
        super(message);
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }
}
