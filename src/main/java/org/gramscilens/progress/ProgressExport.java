package org.gramscilens.progress;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;

/** A learner's progress in files they can take away: attempts as CSV, everything as JSON. */
public final class ProgressExport {

    static final String CSV_HEADER = "seq,recorded_at,question_id,module_id,score,time_taken_ms,answer";

    private ProgressExport() {}

    /**
     * One row per quiz attempt, oldest first, after a header row; RFC 4180 (comma-separated, CRLF,
     * fields with commas, quotes or line breaks quoted). {@code answer} is the answer as compact JSON.
     */
    public static void toCsv(ProgressStore store, Writer out) throws IOException {
        toCsv(store.view(), out);
    }

    public static void toCsv(ProgressView view, Writer out) throws IOException {
        out.write(CSV_HEADER);
        out.write("\r\n");
        StringBuilder row = new StringBuilder(256);
        for (QuizAttempt a : view.attempts()) {
            row.setLength(0);
            row.append(a.seq()).append(',').append(a.at()).append(',');
            field(row, a.questionId()).append(',');
            field(row, a.moduleId()).append(',');
            row.append(a.score()).append(',').append(a.timeTakenMs()).append(',');
            field(row, compact(a)).append("\r\n");
            out.write(row.toString());
        }
        out.flush();
    }

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

    private static String compact(QuizAttempt a) throws JsonProcessingException {
        return Json.MAPPER.writeValueAsString(a.answer());
    }

    private static StringBuilder field(StringBuilder row, String value) {
        boolean quote = value.indexOf(',') >= 0
                || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        if (!quote) {
            return row.append(value);
        }
        return row.append('"').append(value.replace("\"", "\"\"")).append('"');
    }
}
