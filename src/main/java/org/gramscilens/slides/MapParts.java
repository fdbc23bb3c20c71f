package org.gramscilens.slides;

import java.util.Optional;
import org.gramscilens.course.Course;
import org.gramscilens.map.ConceptMap;

/** The part of the concept map a {@code [map: FILTER]} slide reveals, for the seminar view and slide decks. */
public final class MapParts {
    private MapParts() {}

    /**
     * {@code forLesson(FILTER)} when FILTER is a lesson id, else {@code forModule} when it is a module id,
     * else {@code forGroup} when it is a group of the map; empty when it names none of these.
     */
    public static Optional<ConceptMap> of(Course course, ConceptMap whole, String filter) {
        if (course.lesson(filter).isPresent()) {
            return Optional.of(whole.forLesson(filter));
        } else if (course.modules().stream().anyMatch(m -> m.id().equals(filter))) {
            return Optional.of(whole.forModule(filter));
        } else if (whole.group(filter).isPresent()) {
            return Optional.of(whole.forGroup(filter));
        }
        return Optional.empty();
    }
}
