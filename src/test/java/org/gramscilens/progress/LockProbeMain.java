package org.gramscilens.progress;

import java.nio.file.Path;

/**
 * Child process for {@link LockTest}: opens a profile and prints WRITABLE or READ_ONLY. With "hold"
 * it keeps the store open until its standard input is closed.
 */
public final class LockProbeMain {

    public static void main(String[] args) throws Exception {
        try (ProgressStore store = ProgressStore.open(Path.of(args[0]))) {
            System.out.println(store.isReadOnly() ? "READ_ONLY" : "WRITABLE");
            System.out.flush();
            if (args.length > 1 && args[1].equals("hold")) {
                while (System.in.read() >= 0) {
                    // hold the profile until the parent lets go
                }
            }
        }
    }
}
