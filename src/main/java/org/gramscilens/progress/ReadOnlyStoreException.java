package org.gramscilens.progress;

/** A write was asked of a read-only store. The message gives the reason and what to do. */
public final class ReadOnlyStoreException extends ProgressStoreException {

    public ReadOnlyStoreException(String reason) {
        super("Not saved: this profile is open read-only. " + reason);
    }
}
