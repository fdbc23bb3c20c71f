package org.gramscilens.files;

/** Lets tests in other packages detach the log file they installed. */
public final class AppLogTestAccess {
    private AppLogTestAccess() {}

    public static void uninstall() {
        AppLog.uninstall();
    }
}
