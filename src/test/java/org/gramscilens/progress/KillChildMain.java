package org.gramscilens.progress;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Child process for {@link KillTest}: records answers as fast as it can and prints each id only once
 * the record call has returned. Prints COMPACTING / COMPACTED around the compactions it asks for, and
 * lets the journal grow past a small threshold so background compactions run too.
 *
 * <p>Arguments: profile folder, run number, journal bytes that trigger a background compaction.
 */
public final class KillChildMain {

    public static void main(String[] args) throws IOException {
        Path profile = Path.of(args[0]);
        String run = args[1];
        StoreOptions options = StoreOptions.defaults().withCompactAfterJournalBytes(Long.parseLong(args[2]));
        OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out));
        ProgressStore store = ProgressStore.open(profile, options);
        print(out, store.isReadOnly() ? "READ_ONLY " + store.readOnlyReason().orElse("") : "READY");
        for (int n = 0; ; n++) {
            String id = "r" + run + "-" + n;
            ObjectNode answer = Json.NODES.objectNode().put("choice", n % 4).put("note", "answer " + id);
            store.recordAttempt(id, "m" + (n % 5), answer, (n % 3) / 2.0, n);
            print(out, id);
            if (n % 25 == 0) {
                store.recordReflection("essay-" + run, "draft " + n);
                store.putReviewState(id, Json.NODES.objectNode().put("due", n));
            }
            if (n % 40 == 39) {
                print(out, "COMPACTING");
                store.compact();
                print(out, "COMPACTED");
            }
        }
    }

    private static void print(OutputStream out, String line) throws IOException {
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
