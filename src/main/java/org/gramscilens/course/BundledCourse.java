package org.gramscilens.course;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the bundled course: the {@code gramsci.content} system property (set by installers), else
 * {@code content/} in the working folder, else {@code content/} beside or above the running jar
 * (so {@code java -jar target/gramsci-lens.jar} works from the project root and from target/).
 */
public final class BundledCourse {
    private BundledCourse() {}

    public static List<Path> candidates() {
        List<Path> out = new ArrayList<>();
        String prop = System.getProperty("gramsci.content");
        if (prop != null && !prop.isBlank()) {
            out.add(Path.of(prop));
        }
        out.add(Path.of("content"));
        try {
            Path code = Path.of(BundledCourse.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            Path dir = Files.isDirectory(code) ? code : code.getParent();
            for (int up = 0; dir != null && up < 3; up++, dir = dir.getParent()) {
                out.add(dir.resolve("content"));
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // No code source (unusual class loaders): the working folder is all we can try.
        }
        return out;
    }

    public static Optional<Path> locate() {
        return candidates().stream()
                .filter(p -> Files.isRegularFile(p.resolve(CourseLoader.COURSE_FILE)))
                .map(p -> p.toAbsolutePath().normalize())
                .findFirst();
    }
}
