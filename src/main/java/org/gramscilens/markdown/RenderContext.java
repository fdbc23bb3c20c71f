package org.gramscilens.markdown;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import org.gramscilens.course.GlossaryTerm;
import org.gramscilens.course.Reference;

/** What the renderer needs to know about the course around a lesson. */
public interface RenderContext {

    Optional<Reference> reference(String key);

    /** Terms to mark in the text. Return the same collection each time so the matcher is reused. */
    Collection<GlossaryTerm> glossary();

    /** The image file for a Markdown image source; empty if it is missing or outside the course folder. */
    Optional<Path> resolveImage(String src);

    LinkHandler links();

    boolean showSpeakerNotes();

    /**
     * The id of the lesson at a relative {@code .md} path written in a link (such as
     * {@code ../02-gramscis-vocabulary/lesson.md}); empty when there is none, and the link is shown
     * as broken. By default no path is known.
     */
    /**
     * The same context with no glossary terms to mark: for bibliographic text, where a title that happens
     * to contain "medical leadership" is not the course's term.
     */
    default RenderContext withoutGlossaryMarks() {
        RenderContext outer = this;
        return new RenderContext() {
            @Override
            public Optional<Reference> reference(String key) {
                return outer.reference(key);
            }

            @Override
            public Collection<GlossaryTerm> glossary() {
                return java.util.List.of();
            }

            @Override
            public Optional<Path> resolveImage(String src) {
                return outer.resolveImage(src);
            }

            @Override
            public LinkHandler links() {
                return outer.links();
            }

            @Override
            public boolean showSpeakerNotes() {
                return outer.showSpeakerNotes();
            }

            @Override
            public Optional<String> lessonIdForPath(String path) {
                return outer.lessonIdForPath(path);
            }
        };
    }

    default Optional<String> lessonIdForPath(String path) {
        return Optional.empty();
    }
}
