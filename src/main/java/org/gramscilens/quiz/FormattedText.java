package org.gramscilens.quiz;

import java.util.Objects;

/**
 * Text together with the format it is written in. An empty text has no meaningful format, so it is
 * always stored as {@link TextFormat#MOODLE}: two empty feedbacks are then equal whichever format
 * their question used.
 */
public record FormattedText(String text, TextFormat format) {

    public static final FormattedText EMPTY = new FormattedText("", TextFormat.MOODLE);

    public FormattedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
        if (text.isEmpty()) {
            format = TextFormat.MOODLE;
        }
    }

    public static FormattedText of(String text, TextFormat format) {
        return new FormattedText(text, format);
    }

    /** Text in GIFT's default format. */
    public static FormattedText moodle(String text) {
        return new FormattedText(text, TextFormat.MOODLE);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }
}
