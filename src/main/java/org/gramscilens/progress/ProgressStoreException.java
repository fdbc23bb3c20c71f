package org.gramscilens.progress;

/** The store could not do what was asked. The message says so in plain words, naming the file. */
public class ProgressStoreException extends RuntimeException {

    public ProgressStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public ProgressStoreException(String message) {
        super(message);
    }

    /** A failure's reason for a message: never "null", which some exceptions carry instead of a text. */
    static String reason(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
