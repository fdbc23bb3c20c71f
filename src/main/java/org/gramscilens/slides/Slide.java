package org.gramscilens.slides;

import java.util.List;

/**
 * One slide of a lesson.
 *
 * @param index 0-based position in the deck
 * @param title the slide's first heading, else the lesson's title
 * @param markdown the slide's Markdown without its speaker notes and directive lines
 * @param notes the speaker notes (Markdown after {@code Note:}), "" when there are none
 * @param minutes the minutes set by {@code [time: N]}, or null
 * @param directives the slide's directives in source order (a {@link Directive.Timing} among them)
 */
public record Slide(
        int index, String title, String markdown, String notes, Integer minutes, List<Directive> directives) {
    public Slide {
        notes = notes == null ? "" : notes;
        directives = List.copyOf(directives);
    }

    /** The directives of one kind, e.g. {@code slide.directives(Directive.QuizPoll.class)}. */
    public <T extends Directive> List<T> directives(Class<T> kind) {
        return directives.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
