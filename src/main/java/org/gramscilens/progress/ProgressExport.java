package org.gramscilens.progress;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;

/**
 * A learner's progress in a file they can take away: everything as JSON. (The CSV of answers, which needs the
 * course to show each answer as the app does, is {@code review.ProgressCsv}.)
 */
public final class ProgressExport {

    private ProgressExport() {}

    /**
     * Everything the profile holds, in the snapshot format of docs/progress-format.md: the same
     * document as {@code progress.json}, so an export can also be read back as a backup of this profile.
     */
    public static void toJson(ProgressStore store, Writer out) throws IOException {
        toJson(store.view(), Instant.now(), out);
    }

    public static void toJson(ProgressView view, Instant exportedAt, Writer out) throws IOException {
        SnapshotCodec.write(view.snapshot(), exportedAt, out);
        out.flush();
    }
}
