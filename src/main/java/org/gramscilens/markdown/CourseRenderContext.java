package org.gramscilens.markdown;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import org.gramscilens.course.Course;
import org.gramscilens.course.CoursePaths;
import org.gramscilens.course.GlossaryTerm;
import org.gramscilens.course.Lesson;
import org.gramscilens.course.Reference;

/**
 * The usual {@link RenderContext}: a lesson of a loaded course. Relative paths in the lesson are
 * looked up next to the lesson file first, then from the course folder, and never outside it.
 */
public record CourseRenderContext(Course course, Lesson lesson, LinkHandler links, boolean showSpeakerNotes)
        implements RenderContext {

    @Override
    public Optional<Reference> reference(String key) {
        return course.reference(key);
    }

    @Override
    public Collection<GlossaryTerm> glossary() {
        return course.glossary().values();
    }

    @Override
    public Optional<Path> resolveImage(String src) {
        return CoursePaths.content(course.root(), lessonFolder(), src).filter(Files::isRegularFile);
    }

    @Override
    public Optional<String> lessonIdForPath(String path) {
        Path root = course.root().toAbsolutePath().normalize();
        return CoursePaths.content(course.root(), lessonFolder(), path)
                .map(file -> root.relativize(file.toAbsolutePath().normalize()))
                .flatMap(relative -> course.lessons()
                        .filter(l -> !l.broken()
                                && l.file() != null
                                && l.file().normalize().equals(relative))
                        .map(Lesson::id)
                        .findFirst());
    }

    private Path lessonFolder() {
        Path file =
                lesson == null || lesson.file() == null ? null : course.root().resolve(lesson.file());
        return file == null || file.getParent() == null ? course.root() : file.getParent();
    }
}
