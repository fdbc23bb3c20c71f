package org.gramscilens.progress;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.gramscilens.ManualClock;

final class Fixtures {

    private Fixtures() {}

    static JsonNode json(String text) {
        try {
            return Json.MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static StoreOptions options() {
        return StoreOptions.defaults()
                .withClock(new ManualClock("2025-03-01T09:00:00Z", java.time.Duration.ofSeconds(1)));
    }

    /**
     * What a crash leaves behind: the profile's files as they are on disk right now, copied while the
     * store is still open (so no closing compaction has run, and the copy is not locked). Only valid
     * while no background compaction is running: the copy is not one atomic picture of the folder.
     */
    static Path crashCopy(Path profile, Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.walk(profile)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(profile.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return target;
    }

    static String read(Path file) throws IOException {
        return Files.readString(file);
    }
}
