package org.gramscilens.map;

import java.util.List;

/**
 * A map-building exercise: the learner links the given concepts with linking phrases from a bank.
 * See {@link ExerciseSheet} for what the learner is shown and {@link MapScorer} for the marking.
 *
 * @param concepts the concept ids offered (the loader expands {@code concepts: all})
 * @param scaffold ids of propositions drawn for the learner at the start; they are not marked
 * @param distractors extra linking phrases for the bank, besides the map-wide ones
 * @param line the entry's line in concept-map.yaml, 0 if unknown
 */
public record Exercise(
        String id, String title, List<String> concepts, List<String> scaffold, List<String> distractors, int line) {

    public Exercise {
        concepts = List.copyOf(concepts);
        scaffold = scaffold == null ? List.of() : List.copyOf(scaffold);
        distractors = distractors == null ? List.of() : List.copyOf(distractors);
    }
}
