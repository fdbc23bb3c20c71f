package org.gramscilens.course;

import java.util.List;

/**
 * One entry of {@code glossary.yaml}.
 *
 * @param taughtIn lesson targets, each "lesson-id" or "lesson-id#heading-id"
 * @param line the entry's line in glossary.yaml, 0 if unknown
 */
public record GlossaryTerm(
        String id,
        String term,
        List<String> aliases,
        String definition,
        List<String> taughtIn,
        List<String> seeAlso,
        List<String> sources,
        int line) {

    public GlossaryTerm {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        taughtIn = taughtIn == null ? List.of() : List.copyOf(taughtIn);
        seeAlso = seeAlso == null ? List.of() : List.copyOf(seeAlso);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** The term followed by its aliases: every spelling to mark in lesson text. */
    public List<String> spellings() {
        var all = new java.util.ArrayList<String>();
        all.add(term);
        all.addAll(aliases);
        return all;
    }
}
