package org.gramscilens.course;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A loaded course. Loading never throws for bad content: what could not be read is listed in
 * {@link #problems()} and, for lessons, kept as broken {@link Lesson} entries.
 */
public record Course(
        Path root,
        CourseInfo info,
        List<Module> modules,
        Map<String, Reference> references,
        Map<String, GlossaryTerm> glossary,
        List<Problem> problems) {

    public Course {
        modules = List.copyOf(modules);
        references = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(references));
        glossary = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(glossary));
        problems = List.copyOf(problems);
    }

    public Stream<Lesson> lessons() {
        return modules.stream().flatMap(m -> m.lessons().stream());
    }

    public Optional<Lesson> lesson(String id) {
        return lessons().filter(l -> !l.broken() && l.id().equals(id)).findFirst();
    }

    /** The first lesson that can be shown, if any. */
    public Optional<Lesson> firstLesson() {
        return lessons().filter(l -> !l.broken()).findFirst();
    }

    public Optional<Reference> reference(String key) {
        return Optional.ofNullable(references.get(key));
    }

    public Optional<GlossaryTerm> term(String id) {
        return Optional.ofNullable(glossary.get(id));
    }

    public Optional<Module> moduleOf(Lesson lesson) {
        return modules.stream().filter(m -> m.lessons().contains(lesson)).findFirst();
    }
}
