package org.gramscilens.markdown;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gramscilens.course.Course;
import org.gramscilens.course.GlossaryTerm;
import org.gramscilens.course.Lesson;
import org.gramscilens.course.Reference;

/**
 * The usual {@link RenderContext}: a lesson of a loaded course. Relative paths in the lesson are
 * looked up next to the lesson file first, then from the course folder, and never outside it.
 */
public record CourseRenderContext(Course course, Lesson lesson, LinkHandler links, boolean showSpeakerNotes)
        implements RenderContext {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*");

    @Override
    public Optional<Reference> reference(String key) {
        return course.reference(key);
    }

    @Override
    public Collection<GlossaryTerm> glossary() {
        return course.glossary().values();
    }

    @Override
    public Optional<Path> resolveImage(String src) {
        return resolveInside(course.root(), lessonFolder(), src).filter(Files::isRegularFile);
    }

    @Override
    public Optional<String> lessonIdForPath(String path) {
        Path root = course.root().toAbsolutePath().normalize();
        return resolveInside(course.root(), lessonFolder(), path)
                .map(file -> root.relativize(file.toAbsolutePath().normalize()))
                .flatMap(relative -> course.lessons()
                        .filter(l -> !l.broken() && l.file() != null && l.file().normalize().equals(relative))
                        .map(Lesson::id)
                        .findFirst());
    }

    private Path lessonFolder() {
        Path file = lesson == null || lesson.file() == null ? null : course.root().resolve(lesson.file());
        return file == null || file.getParent() == null ? course.root() : file.getParent();
    }

    /**
     * Resolves a relative path written in course content: against {@code base} if that file exists,
     * else against {@code root}. Empty for absolute paths, URLs, drive letters, and anything that
     * leaves {@code root} (also through a symbolic link). Percent escapes ({@code %20}) are decoded.
     */
    public static Optional<Path> resolveInside(Path root, Path base, String src) {
        if (src == null || src.isBlank()) {
            return Optional.empty();
        }
        String path = percentDecode(src.strip());
        if (path.startsWith("/") || path.startsWith("\\") || SCHEME.matcher(path).matches() || path.contains("\\")) {
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
}
