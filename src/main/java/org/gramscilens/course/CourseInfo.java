package org.gramscilens.course;

import java.util.List;

/** The header of {@code course.yaml}. */
public record CourseInfo(String title, String subtitle, List<String> authors, String licence, String language) {
    public CourseInfo {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
