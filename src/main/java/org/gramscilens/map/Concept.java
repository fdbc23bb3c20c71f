package org.gramscilens.map;

/**
 * A node of the concept map.
 *
 * @param group the id of its {@link Group}, or null
 * @param lesson where it is taught: {@code lesson-id} or {@code lesson-id#heading-id}, or null
 * @param glossary the id of its glossary entry, or null
 * @param x authored centre x, or null to let the layout place it
 * @param y authored centre y, or null to let the layout place it
 * @param line the entry's line in concept-map.yaml (or the CXL file), 0 if unknown
 */
public record Concept(
        String id,
        String label,
        String definition,
        String group,
        String lesson,
        String glossary,
        Double x,
        Double y,
        int line) {

    public Concept(String id, String label) {
        this(id, label, null, null, null, null, null, null, 0);
    }

    /** True when both coordinates were authored, so the layout must keep them. */
    public boolean hasPosition() {
        return x != null && y != null;
    }

    /** The lesson id of {@link #lesson()}, without the heading. */
    public String lessonId() {
        return Anchors.lessonId(lesson);
    }

    public Concept at(double newX, double newY) {
        return new Concept(id, label, definition, group, lesson, glossary, newX, newY, line);
    }
}
