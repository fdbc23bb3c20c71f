package org.gramscilens.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real, small tmpfs for tests of a full disk: no simulation of the file system, the kernel says
 * "No space left on device". Mounting needs root (as on CI); elsewhere {@link #mount} is empty and
 * the test is skipped.
 */
public final class SmallDisk implements AutoCloseable {

    private final Path root;

    private SmallDisk(Path root) {
        this.root = root;
    }

    /** Mounts a 256 KB tmpfs on a new folder {@code dir/disk}. */
    public static Optional<SmallDisk> mount(Path dir) throws Exception {
        Path root = Files.createDirectories(dir.resolve("disk"));
        return run("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", root.toString()) == 0
                ? Optional.of(new SmallDisk(root))
                : Optional.empty();
    }

    public Path root() {
        return root;
    }

    /** Writes until the disk is full; deleting the returned file frees the space. */
    public Path fill() throws IOException {
        Path filler = root.resolve("filler");
        try (OutputStream out = Files.newOutputStream(filler)) {
            byte[] block = new byte[4096];
            for (int i = 0; i < 1_000; i++) {
                out.write(block);
                out.flush();
            }
        } catch (IOException full) {
            return filler;
        }
        throw new IllegalStateException("the 256 KB disk never filled up");
    }

    @Override
    public void close() throws Exception {
        run("umount", "-l", root.toString());
    }

    private static int run(String... command) throws Exception {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException noSuchCommand) {
            return -1;
        }
    }
}
