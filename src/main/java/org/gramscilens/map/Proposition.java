package org.gramscilens.map;

import java.util.List;

/**
 * A link of the map read as a sentence: <em>from</em> <em>phrase</em> <em>to</em>
 * ("Medical leaders" "act as" "Cadres").
 *
 * @param lesson where the relation is taught: {@code lesson-id} or {@code lesson-id#heading-id}, or null
 * @param basis what it rests on: a reference (with pages), the deck, or the course's interpretation; null
 *              when the file gives none (the validator warns)
 * @param synonyms other linking phrases accepted as the same relation when a learner's map is scored
 * @param line the entry's line in concept-map.yaml (or the CXL file), 0 if unknown
 */
public record Proposition(
        String id, String from, String phrase, String to, String lesson, Basis basis, List<String> synonyms, int line) {

    public Proposition {
        synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
    }

    public Proposition(String id, String from, String phrase, String to) {
        this(id, from, phrase, to, null, null, List.of(), 0);
    }

    /** True when {@code candidate} is this proposition's phrase or one of its synonyms (see {@link Phrases}). */
    public boolean accepts(String candidate) {
        String c = Phrases.normalise(candidate);
        return c.equals(Phrases.normalise(phrase)) || synonyms.stream().anyMatch(s -> c.equals(Phrases.normalise(s)));
    }

    /** The key of the reference that supports it (the deck's key for the deck), or null. */
    public String source() {
        return basis == null ? null : basis.key();
    }

    public boolean touches(String conceptId) {
        return from.equals(conceptId) || to.equals(conceptId);
    }

    public String lessonId() {
        return Anchors.lessonId(lesson);
    }
}
