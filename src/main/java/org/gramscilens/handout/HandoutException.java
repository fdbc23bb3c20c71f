package org.gramscilens.handout;

/** A handout could not be made or written; the message is meant for the user. */
public final class HandoutException extends Exception {
    public HandoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
