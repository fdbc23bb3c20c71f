package org.gramscilens.quiz;

import java.util.Objects;

/**
 * What every question has, whatever its kind.
 *
 * @param id              the stable id learner progress is stored under: the title when there is one,
 *                        otherwise one derived from the text (see {@link QuestionIds})
 * @param title           the GIFT {@code ::title::} or Moodle {@code <name>}; empty when none was given
 * @param category        the category path set by the last {@code $CATEGORY:}; empty before the first
 * @param text            the question text; a missing-word question shows its blank as {@code _____}
 * @param generalFeedback shown after any answer (GIFT {@code ####})
 * @param source          where the question starts in its file
 * @param extras          id number, tags and what Moodle has that this app does not use
 */
public record QuestionInfo(
        String id,
        String title,
        String category,
        FormattedText text,
        FormattedText generalFeedback,
        SourcePosition source,
        QuestionExtras extras) {

    public QuestionInfo(
            String id,
            String title,
            String category,
            FormattedText text,
            FormattedText generalFeedback,
            SourcePosition source) {
        this(id, title, category, text, generalFeedback, source, QuestionExtras.NONE);
    }

    public QuestionInfo {
        id = Objects.requireNonNullElse(id, "");
        title = Objects.requireNonNullElse(title, "");
        category = Objects.requireNonNullElse(category, "");
        text = Objects.requireNonNullElse(text, FormattedText.EMPTY);
        generalFeedback = Objects.requireNonNullElse(generalFeedback, FormattedText.EMPTY);
        source = Objects.requireNonNullElse(source, SourcePosition.NONE);
        extras = Objects.requireNonNullElse(extras, QuestionExtras.NONE);
    }

    /** Info with a title and text; the id is assigned when the question joins a file. */
    public static QuestionInfo of(String title, FormattedText text) {
        return new QuestionInfo("", title, "", text, FormattedText.EMPTY, SourcePosition.NONE);
    }

    public QuestionInfo withId(String newId) {
        return new QuestionInfo(newId, title, category, text, generalFeedback, source, extras);
    }

    public QuestionInfo withTitle(String newTitle) {
        return new QuestionInfo(id, newTitle, category, text, generalFeedback, source, extras);
    }

    public QuestionInfo withCategory(String newCategory) {
        return new QuestionInfo(id, title, newCategory, text, generalFeedback, source, extras);
    }

    public QuestionInfo withText(FormattedText newText) {
        return new QuestionInfo(id, title, category, newText, generalFeedback, source, extras);
    }

    public QuestionInfo withGeneralFeedback(FormattedText feedback) {
        return new QuestionInfo(id, title, category, text, feedback, source, extras);
    }

    public QuestionInfo withSource(SourcePosition newSource) {
        return new QuestionInfo(id, title, category, text, generalFeedback, newSource, extras);
    }

    public QuestionInfo withExtras(QuestionExtras newExtras) {
        return new QuestionInfo(id, title, category, text, generalFeedback, source, newExtras);
    }
}
