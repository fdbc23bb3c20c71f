package org.gramscilens.progress;

/** A file or a line of the store does not have the documented shape. The message says what is wrong. */
class FormatException extends Exception {

    FormatException(String message) {
        super(message);
    }

    FormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
