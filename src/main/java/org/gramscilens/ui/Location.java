package org.gramscilens.ui;

/**
 * A place in the reader. {@code id} is a lesson id, glossary term id, reference key or search query;
 * {@code anchor} a heading id; {@code highlight} text to mark and scroll to (a search hit).
 */
public record Location(Kind kind, String id, String anchor, String highlight) {

    public enum Kind {
        LESSON,
        GLOSSARY,
        REFERENCES,
        SEARCH,
        PROBLEMS,
        QUIZ,
        REVIEW,
        PROGRESS,
        MAP,
        EXERCISE
    }

    public static Location lesson(String id) {
        return new Location(Kind.LESSON, id, null, null);
    }

    public static Location lesson(String id, String anchor, String highlight) {
        return new Location(Kind.LESSON, id, anchor, highlight);
    }

    public static Location glossary(String termId) {
        return new Location(Kind.GLOSSARY, termId, null, null);
    }

    public static Location references(String key) {
        return new Location(Kind.REFERENCES, key, null, null);
    }

    public static Location search(String query) {
        return new Location(Kind.SEARCH, query, null, null);
    }

    /** A module's quiz. */
    public static Location quiz(String moduleId) {
        return new Location(Kind.QUIZ, moduleId, null, null);
    }

    /** The concept map: the whole map ({@code lessonId} null) or one lesson's part of it. */
    public static Location map(String lessonId) {
        return new Location(Kind.MAP, lessonId, null, null);
    }

    /** A build-the-map exercise. */
    public static Location exercise(String id) {
        return new Location(Kind.EXERCISE, id, null, null);
    }

    public static Location review() {
        return new Location(Kind.REVIEW, null, null, null);
    }

    public static Location progress() {
        return new Location(Kind.PROGRESS, null, null, null);
    }

    public static Location problems() {
        return new Location(Kind.PROBLEMS, null, null, null);
    }

    /** The same place without scroll target or highlight: two visits to it are one history entry. */
    public boolean samePage(Location other) {
        return other != null && kind == other.kind && java.util.Objects.equals(id, other.id);
    }

    /** For settings: "lesson:ID#anchor", "glossary:ID", "references:KEY", "search:QUERY". */
    public String encode() {
        String base = kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + (id == null ? "" : id);
        return anchor == null ? base : base + "#" + anchor;
    }

    public static Location decode(String s) {
        if (s == null || !s.contains(":")) {
            return null;
        }
        String kind = s.substring(0, s.indexOf(':'));
        String rest = s.substring(s.indexOf(':') + 1);
        String anchor = null;
        if (!kind.equals("search") && rest.contains("#")) {
            anchor = rest.substring(rest.indexOf('#') + 1);
            rest = rest.substring(0, rest.indexOf('#'));
        }
        try {
            Kind k = Kind.valueOf(kind.toUpperCase(java.util.Locale.ROOT));
            return new Location(k, rest.isEmpty() ? null : rest, anchor, null);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
