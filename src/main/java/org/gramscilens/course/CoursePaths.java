package org.gramscilens.course;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Resolves paths named by course content inside the course folder, refusing any that leave it.
 * Content is data from whoever wrote the course: it must not make the app read other files.
 */
public final class CoursePaths {
    private CoursePaths() {
    }

    /** Why {@code relative} may not be used, or empty when it stays inside the folder. */
    public static Optional<String> refusal(String relative) {
        if (relative == null || relative.isBlank()) {
            return Optional.of("empty path");
        }
        String p = relative.replace('\\', '/');
        if (p.startsWith("/") || p.matches("^[A-Za-z]:.*") || p.startsWith("//")) {
            return Optional.of("absolute path '" + relative + "' is refused: use a path inside the course folder");
        }
        try {
            Path.of(p);
        } catch (InvalidPathException e) {
            return Optional.of("path '" + relative.replace("\0", "\\0") + "' has a character not allowed in a file name ("
                    + e.getReason() + "); rename it");
        }
        for (String part : p.split("/")) {
            if (part.equals("..")) {
                return Optional.of("path '" + relative + "' leaves the course folder ('..') and is refused: "
                        + "use a path inside the course folder");
            }
        }
        return Optional.empty();
    }

    /**
     * {@code relative} resolved against {@code base} (a folder inside {@code root}), if it stays inside
     * {@code root}: by its name, and, when it exists, by its real path (no symbolic link out).
     */
    public static Optional<Path> resolve(Path root, Path base, String relative) {
        if (refusal(relative).isPresent()) {
            return Optional.empty();
        }
        try {
            Path resolved = base.resolve(relative.replace('\\', '/')).normalize();
            Path normalRoot = root.toAbsolutePath().normalize();
            return resolved.toAbsolutePath().normalize().startsWith(normalRoot) && outside(root, resolved).isEmpty()
                    ? Optional.of(resolved) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /**
     * Why the existing file or folder {@code path} may not be read as course content: its real path
     * (after symbolic links) lies outside the course folder. Empty when it is inside, or does not exist.
     */
    public static Optional<String> outside(Path root, Path path) {
        try {
            if (!Files.exists(path)) {
                return Optional.empty();
            }
            Path real = path.toRealPath();
            if (real.startsWith(root.toRealPath())) {
                return Optional.empty();
            }
        } catch (IOException | InvalidPathException | SecurityException e) {
            return Optional.of("cannot be read (" + e.getClass().getSimpleName() + ") and is refused");
        }
        return Optional.of("is a link to outside the course folder and is refused: copy the file into the "
                + "course folder instead");
    }
}
