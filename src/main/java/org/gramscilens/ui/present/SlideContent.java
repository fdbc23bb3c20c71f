package org.gramscilens.ui.present;

import java.util.List;
import org.gramscilens.map.ConceptMap;
import org.gramscilens.slides.PollQuestion;

/**
 * What a slide shows besides its Markdown, worked out from its directives ({@link SlideContents}). A slide
 * shows one such thing: the first poll, map or discussion directive on it, in source order.
 */
public sealed interface SlideContent {

    /** How many reveal steps the slide has before "next" moves on (see {@link PresentationModel#next()}). */
    default int revealSteps() {
        return 0;
    }

    /** Just the slide's Markdown. */
    record Text() implements SlideContent {}

    /** {@code [quiz: ID]} with a question found: shown for a show of hands; one step reveals the answer. */
    record Poll(PollQuestion question) implements SlideContent {
        @Override
        public int revealSteps() {
            return 1;
        }
    }

    /** {@code [map: FILTER]} resolved to part of the concept map: one step per proposition. */
    record MapPart(String filter, ConceptMap part) implements SlideContent {
        @Override
        public int revealSteps() {
            return part.propositions().size();
        }
    }

    /** {@code [discussion]}, or the closing Discussion slide. */
    record Discussion(List<String> questions) implements SlideContent {
        public Discussion {
            questions = List.copyOf(questions);
        }
    }

    /** A poll or map directive that names nothing we have: shown as a placeholder saying so. */
    record Missing(String message) implements SlideContent {}
}
