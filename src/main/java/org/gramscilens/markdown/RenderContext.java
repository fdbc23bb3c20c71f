package org.gramscilens.markdown;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import org.gramscilens.course.GlossaryTerm;
import org.gramscilens.course.Reference;

public interface RenderContext {
    Optional<Reference> reference(String key);

    Collection<GlossaryTerm> glossary();

    Optional<Path> resolveImage(String src);

    LinkHandler links();

    boolean showSpeakerNotes();
}
