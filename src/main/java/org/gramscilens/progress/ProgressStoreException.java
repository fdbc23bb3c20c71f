package org.gramscilens.progress;

/** The store could not do what was asked. The message says so in plain words, naming the file. */
public class ProgressStoreException extends RuntimeException {

    public ProgressStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public ProgressStoreException(String message) {
        super(message);
    }
}
