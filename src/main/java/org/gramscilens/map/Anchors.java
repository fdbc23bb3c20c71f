package org.gramscilens.map;

/** Lesson anchors, {@code lesson-id} or {@code lesson-id#heading-id}. */
final class Anchors {
    private Anchors() {}

    static String lessonId(String anchor) {
        if (anchor == null) {
            return null;
        }
        int hash = anchor.indexOf('#');
        return hash < 0 ? anchor : anchor.substring(0, hash);
    }

    /** The heading id, or null when the anchor names the whole lesson. */
    static String headingId(String anchor) {
        int hash = anchor == null ? -1 : anchor.indexOf('#');
        return hash < 0 ? null : anchor.substring(hash + 1);
    }
}
