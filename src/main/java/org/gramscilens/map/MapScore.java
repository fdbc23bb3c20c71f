package org.gramscilens.map;

import java.util.List;

/**
 * A marked attempt: a judgement per learner link (in the order drawn), then one per missing proposition.
 * {@link #fraction()} is what the progress store records as the attempt's score.
 */
public record MapScore(String exerciseId, List<Judgement> judgements) {

    public MapScore {
        judgements = List.copyOf(judgements);
    }

    /** How many propositions the learner had to find (the scaffold excluded). */
    public int expected() {
        return (int) judgements.stream().filter(Judgement::counts).count();
    }

    public int count(Verdict verdict) {
        return (int) judgements.stream().filter(j -> j.verdict() == verdict).count();
    }

    public int correct() {
        return count(Verdict.CORRECT);
    }

    /** Right pair with the phrase or the direction (or both) wrong. */
    public int partial() {
        return count(Verdict.RIGHT_PAIR_WRONG_PHRASE) + count(Verdict.RIGHT_PAIR_WRONG_DIRECTION);
    }

    public int extra() {
        return count(Verdict.EXTRA);
    }

    public int missing() {
        return count(Verdict.MISSING);
    }

    public double points() {
        return judgements.stream().mapToDouble(Judgement::credit).sum();
    }

    /** Points over expected, from 0 to 1; 1 when there was nothing to find. */
    public double fraction() {
        int expected = expected();
        return expected == 0 ? 1 : points() / expected;
    }
}
