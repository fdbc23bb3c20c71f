package org.gramscilens.quiz;

/**
 * One quiz question. The set of kinds is closed: each is a record holding its {@link QuestionInfo}
 * and what its kind needs. {@link #kind()} lets callers {@code switch} over the kinds (Java 17 has
 * no pattern matching in {@code switch} yet).
 */
public sealed interface Question
        permits MultipleChoice,
                MultipleAnswer,
                TrueFalse,
                ShortAnswer,
                Matching,
                Numerical,
                MissingWord,
                Essay,
                Description,
                Cloze {

    QuestionInfo info();

    /** The same question with other common fields (used to assign ids and to drop source positions). */
    Question withInfo(QuestionInfo info);

    Kind kind();

    default String id() {
        return info().id();
    }

    default String title() {
        return info().title();
    }

    default String category() {
        return info().category();
    }

    default FormattedText text() {
        return info().text();
    }

    default FormattedText generalFeedback() {
        return info().generalFeedback();
    }

    default SourcePosition source() {
        return info().source();
    }

    /** The same question without its source position, for comparing questions read from different files. */
    default Question withoutSource() {
        return withInfo(info().withSource(SourcePosition.NONE));
    }

    /** Whether the question is marked at all (essays and descriptions are not). */
    default boolean isGraded() {
        return kind() != Kind.ESSAY && kind() != Kind.DESCRIPTION;
    }

    enum Kind {
        MULTIPLE_CHOICE,
        MULTIPLE_ANSWER,
        TRUE_FALSE,
        SHORT_ANSWER,
        MATCHING,
        NUMERICAL,
        MISSING_WORD,
        ESSAY,
        DESCRIPTION,
        CLOZE
    }
}
