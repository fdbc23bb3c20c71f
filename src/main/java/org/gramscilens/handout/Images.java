package org.gramscilens.handout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.gramscilens.course.CoursePaths;

/**
 * Images of a lesson as {@code data:} URIs, so a handout is one self-contained file. Only paths inside the
 * course folder are read ({@link CoursePaths}); the type comes from the file's first bytes, not its name.
 */
final class Images {
    private Images() {}

    /** The image at {@code destination} (relative to the lesson file) as a data URI, if it can be read. */
    static Optional<String> dataUri(Path courseRoot, Path lessonFile, String destination) {
        String path = destination.strip();
        Path base = courseRoot.resolve(lessonFile).getParent();
        Optional<Path> file = CoursePaths.content(courseRoot, base, path);
        if (file.isEmpty() || !Files.isRegularFile(file.get())) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(file.get());
            return mime(bytes, path)
                    .map(m -> "data:" + m + ";base64," + Base64.getEncoder().encodeToString(bytes));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** PNG, JPEG, GIF and WebP by their signatures; SVG by its markup. */
    static Optional<String> mime(byte[] b, String name) {
        if (starts(b, 0x89, 'P', 'N', 'G')) {
            return Optional.of("image/png");
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (starts(b, 'G', 'I', 'F', '8')) {
            return Optional.of("image/gif");
        }
        if (starts(b, 'R', 'I', 'F', 'F')
                && b.length > 12
                && b[8] == 'W'
                && b[9] == 'E'
                && b[10] == 'B'
                && b[11] == 'P') {
            return Optional.of("image/webp");
        }
        String head = new String(b, 0, Math.min(b.length, 1024), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        if (head.contains("<svg") || name.toLowerCase(Locale.ROOT).endsWith(".svg") && head.contains("<?xml")) {
            return Optional.of("image/svg+xml");
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] b, int... sig) {
        if (b.length < sig.length) {
            return false;
        }
        for (int i = 0; i < sig.length; i++) {
            if ((b[i] & 0xFF) != sig[i]) {
                return false;
            }
        }
        return true;
    }
}
