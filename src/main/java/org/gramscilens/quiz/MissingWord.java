package org.gramscilens.quiz;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence with a gap: GIFT puts the answer block inside the text
 * ({@code Hegemony rests on {=consent ~force} as much as coercion.}). Moodle has no separate type for
 * this: it stores the underlying question (multiple choice, short answer ...) with {@code _____} where
 * the block was, and so do we. The record wraps that underlying question; its text is split at the
 * blank into {@link #textBefore()} and {@link #textAfter()}.
 *
 * <p>The rule, the same for every format: a multiple-choice, multiple-answer, short-answer, numerical
 * or true/false question whose text holds exactly one run of five or more underscores is a
 * missing-word question. A GIFT file that writes the blank itself ({@code The _____ of consent.{=cost}})
 * therefore means the same as one that puts the block in the gap.
 */
public record MissingWord(Question underlying) implements Question {

    /** What GIFT puts where the answer block was. */
    public static final String BLANK = "_____";

    private static final Pattern BLANK_RUN = Pattern.compile("_{5,}");
    private static final Set<Kind> UNDERLYING =
            EnumSet.of(Kind.MULTIPLE_CHOICE, Kind.MULTIPLE_ANSWER, Kind.SHORT_ANSWER, Kind.NUMERICAL, Kind.TRUE_FALSE);

    public MissingWord {
        Objects.requireNonNull(underlying, "underlying");
        if (!canWrap(underlying)) {
            throw new IllegalArgumentException("not a missing-word question: a " + underlying.kind()
                    + " question whose text has " + blankCount(underlying.text().text()) + " blanks");
        }
    }

    /** {@code question} as a missing-word question if its text has exactly one blank, else itself. */
    public static Question wrapIfBlank(Question question) {
        return canWrap(question) ? new MissingWord(question) : question;
    }

    public static boolean canWrap(Question question) {
        return UNDERLYING.contains(question.kind())
                && blankCount(question.text().text()) == 1;
    }

    /** Where the single blank is in {@code text}: {start, end}; empty unless there is exactly one. */
    public static Optional<int[]> blank(String text) {
        Matcher m = BLANK_RUN.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        int[] span = {m.start(), m.end()};
        return m.find() ? Optional.empty() : Optional.of(span);
    }

    private static int blankCount(String text) {
        return (int) BLANK_RUN.matcher(text).results().count();
    }

    public String textBefore() {
        String t = text().text();
        return t.substring(0, blank(t).orElseThrow()[0]);
    }

    public String textAfter() {
        String t = text().text();
        return t.substring(blank(t).orElseThrow()[1]);
    }

    /** The blank as written (Moodle XML may have more than five underscores). */
    public String blankText() {
        String t = text().text();
        int[] span = blank(t).orElseThrow();
        return t.substring(span[0], span[1]);
    }

    @Override
    public QuestionInfo info() {
        return underlying.info();
    }

    @Override
    public MissingWord withInfo(QuestionInfo newInfo) {
        return new MissingWord(underlying.withInfo(newInfo));
    }

    @Override
    public Kind kind() {
        return Kind.MISSING_WORD;
    }
}
