package org.gramscilens.xapi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gramscilens.files.AtomicWrite;

/**
 * Small files only their owner may read (the learner's pseudonym and sync position), written atomically
 * and owner-only through {@link AtomicWrite#writeOwnerOnly}.
 */
final class PrivateFiles {

    private PrivateFiles() {}

    static void write(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        AtomicWrite.writeOwnerOnly(target, bytes);
    }
}
