package org.gramscilens.map;

/**
 * The verdict on one link.
 *
 * @param drawn the learner's link, null for {@link Verdict#MISSING}
 * @param expected the map's proposition it was matched with, null for {@link Verdict#EXTRA}
 * @param phraseAccepted whether the learner's phrase is the map's phrase or a synonym
 */
public record Judgement(Verdict verdict, LearnerLink drawn, Proposition expected, boolean phraseAccepted) {

    /** Right pair, reversed, and a phrase the map does not accept either. */
    public boolean alsoWrongPhrase() {
        return verdict == Verdict.RIGHT_PAIR_WRONG_DIRECTION && !phraseAccepted;
    }

    /** The points this link earns (see {@link MapScorer} for the scale). */
    public double credit() {
        return switch (verdict) {
            case CORRECT -> MapScorer.FULL;
            case RIGHT_PAIR_WRONG_PHRASE -> MapScorer.HALF;
            case RIGHT_PAIR_WRONG_DIRECTION -> phraseAccepted ? MapScorer.HALF : MapScorer.QUARTER;
            case EXTRA, MISSING, GIVEN -> 0;
        };
    }

    /** Whether this judgement concerns one of the propositions the learner was asked to find. */
    public boolean counts() {
        return verdict != Verdict.EXTRA && verdict != Verdict.GIVEN;
    }
}
