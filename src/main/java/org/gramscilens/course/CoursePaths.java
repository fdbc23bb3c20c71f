package org.gramscilens.course;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Resolves paths named by course content inside the course folder, refusing any that leave it.
 * Content is data from whoever wrote the course: it must not make the app read other files.
 */
public final class CoursePaths {
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*");

    private CoursePaths() {}

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
            return Optional.of("path '" + relative.replace("\0", "\\0")
                    + "' has a character not allowed in a file name (" + e.getReason() + "); rename it");
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
            return resolved.toAbsolutePath().normalize().startsWith(normalRoot)
                            && outside(root, resolved).isEmpty()
                    ? Optional.of(resolved)
                    : Optional.empty();
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

    /**
     * Resolves a path written in course content (an image, a linked file), the same way for the reader, the
     * handouts and {@code validate}: any {@code #fragment} or {@code ?query} is dropped, then the path is read
     * against {@code base} (the lesson's folder) if that file exists, else against {@code root}. Empty for absolute paths, URLs, drive letters, and anything that
     * leaves {@code root} (also through a symbolic link). Percent escapes ({@code %20}) are decoded.
     */
    public static Optional<Path> content(Path root, Path base, String src) {
        if (src == null || src.isBlank()) {
            return Optional.empty();
        }
        String path = src.strip();
        int cut = firstOf(path, '#', '?');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        path = percentDecode(path);
        if (path.isEmpty()) {
            return Optional.empty();
        }
        if (path.startsWith("/")
                || path.startsWith("\\")
                || SCHEME.matcher(path).matches()
                || path.contains("\\")) {
            return Optional.empty();
        }
        Path top = root.toAbsolutePath().normalize();
        Optional<Path> near = inside(top, base.toAbsolutePath().normalize(), path);
        if (near.isPresent() && Files.exists(near.get())) {
            return near;
        }
        return inside(top, top, path);
    }

    private static Optional<Path> inside(Path root, Path base, String path) {
        try {
            Path resolved = base.resolve(path).normalize();
            if (!resolved.startsWith(root)) {
                return Optional.empty();
            }
            if (Files.exists(resolved) && !resolved.toRealPath().startsWith(root.toRealPath())) {
                return Optional.empty();
            }
            return Optional.of(resolved);
        } catch (InvalidPathException | IOException e) {
            return Optional.empty();
        }
    }

    private static String percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < s.length()) {
            if (s.charAt(i) == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 3;
            } else {
                int cp = s.codePointAt(i);
                bytes.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    private static int firstOf(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
