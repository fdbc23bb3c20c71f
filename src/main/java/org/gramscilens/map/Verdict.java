package org.gramscilens.map;

/** How one link of a learner's map compares with the lecturer's map (see {@link MapScorer}). */
public enum Verdict {
    /** Same two concepts, same direction, and the phrase or one of its synonyms. */
    CORRECT,
    /** Same two concepts and direction, another phrase. */
    RIGHT_PAIR_WRONG_PHRASE,
    /** Same two concepts the other way round; {@link Judgement#phraseAccepted()} tells whether the phrase fits. */
    RIGHT_PAIR_WRONG_DIRECTION,
    /** Not in the map: shown for discussion, never penalised. */
    EXTRA,
    /** A proposition of the map among the exercise's concepts that the learner did not draw. */
    MISSING,
    /** A scaffold link the exercise drew for the learner: not marked. */
    GIVEN
}
