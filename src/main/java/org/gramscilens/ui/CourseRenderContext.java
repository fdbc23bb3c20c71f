package org.gramscilens.ui;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import org.gramscilens.course.Course;
import org.gramscilens.course.CoursePaths;
import org.gramscilens.course.GlossaryTerm;
import org.gramscilens.course.Lesson;
import org.gramscilens.course.Reference;
import org.gramscilens.markdown.LinkHandler;
import org.gramscilens.markdown.RenderContext;

/** What the renderer needs to know about the course while rendering one lesson ({@code lesson} null for course pages). */
record CourseRenderContext(Course course, Lesson lesson, LinkHandler links) implements RenderContext {

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
        Path base = lesson == null ? course.root() : course.root().resolve(lesson.file()).getParent();
        return CoursePaths.resolve(course.root(), base, src).filter(java.nio.file.Files::isRegularFile);
    }

    @Override
    public boolean showSpeakerNotes() {
        return false;
    }
}
