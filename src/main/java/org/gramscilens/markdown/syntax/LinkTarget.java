package org.gramscilens.markdown.syntax;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where a Markdown link points, decided from its destination alone. No JavaFX: the validator can
 * check links with the same rules the renderer follows.
 */
public sealed interface LinkTarget {

    /** {@code lesson:ID} or {@code lesson:ID#anchor}; {@code anchor} is null without a {@code #}. */
    record Lesson(String lessonId, String anchor) implements LinkTarget {}

    /** A relative path to a lesson file, {@code ../02-x/lesson.md#anchor}: the course maps it to an id. */
    record LessonFile(String path, String anchor) implements LinkTarget {}

    /** {@code #anchor}: a heading of this lesson. */
    record Anchor(String anchor) implements LinkTarget {}

    /** {@code glossary:TERM-ID}. */
    record Glossary(String termId) implements LinkTarget {}

    /** {@code http:}, {@code https:} or {@code mailto:}. */
    record External(String url) implements LinkTarget {}

    /** Anything else: shown as text, never followed. */
    record Unsupported(String destination) implements LinkTarget {}

    /** Simple relative paths only: no scheme, no query, not absolute, plain path characters. */
    Pattern LESSON_FILE = Pattern.compile("(?!/)(?![A-Za-z]:)[\\p{L}\\p{N}._~/-]+\\.md");

    Pattern ID = Pattern.compile("[\\p{L}\\p{N}._-]+");

    static LinkTarget parse(String destination) {
        String url = destination == null ? "" : destination.strip();
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return url.length() > lower.indexOf("//") + 2 ? new External(url) : new Unsupported(url);
        }
        if (lower.startsWith("mailto:") && url.length() > 7) {
            return new External(url);
        }
        if (url.startsWith("#")) {
            return url.length() > 1 ? new Anchor(url.substring(1)) : new Unsupported(url);
        }
        if (lower.startsWith("glossary:")) {
            String id = url.substring("glossary:".length());
            return ID.matcher(id).matches() ? new Glossary(id) : new Unsupported(url);
        }
        int hash = url.indexOf('#');
        String path = hash < 0 ? url : url.substring(0, hash);
        String anchor = hash < 0 || hash == url.length() - 1 ? null : url.substring(hash + 1);
        if (lower.startsWith("lesson:")) {
            String id = path.substring("lesson:".length());
            return ID.matcher(id).matches() ? new Lesson(id, anchor) : new Unsupported(url);
        }
        if (LESSON_FILE.matcher(path).matches()) {
            return new LessonFile(path, anchor);
        }
        return new Unsupported(url);
    }
}
