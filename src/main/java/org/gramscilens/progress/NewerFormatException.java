package org.gramscilens.progress;

/** The data was written by a newer Gramsci Lens than this one: it is left exactly as it is. */
final class NewerFormatException extends FormatException {

    NewerFormatException(String message) {
        super(message);
    }
}
