package org.gramscilens.quiz;

/** A GIFT question that cannot be read; the parser reports it and goes on with the next question. */
final class GiftSyntaxException extends Exception {

    private final SourcePosition position;

    GiftSyntaxException(SourcePosition position, String message) {
        super(message, null, false, false);
        this.position = position;
    }

    SourcePosition position() {
        return position;
    }
}
