package org.gramscilens.map;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Marks a learner's links against the lecturer's map, for one exercise.
 *
 * <p>Each learner link is matched with at most one proposition of the map among the exercise's concepts,
 * and each proposition with at most one link. Matching goes in rounds, best first, so an exact answer
 * anywhere is never spoilt by a near miss elsewhere:</p>
 * <ol>
 *   <li>same concepts, same direction, accepted phrase: {@link Verdict#CORRECT}, 1 point;</li>
 *   <li>a scaffold link drawn as given: {@link Verdict#GIVEN}, not marked;</li>
 *   <li>same concepts and direction, other phrase: {@link Verdict#RIGHT_PAIR_WRONG_PHRASE}, ½ point;</li>
 *   <li>same concepts reversed, accepted phrase: {@link Verdict#RIGHT_PAIR_WRONG_DIRECTION}, ½ point;</li>
 *   <li>same concepts reversed, other phrase: {@link Verdict#RIGHT_PAIR_WRONG_DIRECTION} with
 *       {@link Judgement#alsoWrongPhrase()}, ¼ point.</li>
 * </ol>
 * <p>Anything left over is {@link Verdict#EXTRA} (shown for discussion, no points lost); propositions
 * nobody matched are {@link Verdict#MISSING}. The score is points over the number of propositions to find,
 * so extra links never lower it. Phrases compare as {@link Phrases} says: case and spacing do not matter.</p>
 */
public final class MapScorer {
    public static final double FULL = 1;
    public static final double HALF = 0.5;
    public static final double QUARTER = 0.25;

    private MapScorer() {}

    public static MapScore score(ConceptMap map, Exercise exercise, List<LearnerLink> links) {
        return score(ExerciseSheet.of(map, exercise), links);
    }

    public static MapScore score(ExerciseSheet sheet, List<LearnerLink> links) {
        List<Proposition> expected = sheet.expected();
        Judgement[] verdicts = new Judgement[links.size()];
        boolean[] taken = new boolean[expected.size()];

        match(links, expected, taken, verdicts, Verdict.CORRECT, MapScorer::sameWay, true);
        boolean[] scaffoldTaken = new boolean[sheet.scaffold().size()];
        match(links, sheet.scaffold(), scaffoldTaken, verdicts, Verdict.GIVEN, MapScorer::sameWay, true);
        match(links, expected, taken, verdicts, Verdict.RIGHT_PAIR_WRONG_PHRASE, MapScorer::sameWay, false);
        match(links, expected, taken, verdicts, Verdict.RIGHT_PAIR_WRONG_DIRECTION, MapScorer::reversed, true);
        match(links, expected, taken, verdicts, Verdict.RIGHT_PAIR_WRONG_DIRECTION, MapScorer::reversed, false);

        List<Judgement> out = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            out.add(verdicts[i] != null ? verdicts[i] : new Judgement(Verdict.EXTRA, links.get(i), null, false));
        }
        for (int e = 0; e < expected.size(); e++) {
            if (!taken[e]) {
                out.add(new Judgement(Verdict.MISSING, null, expected.get(e), false));
            }
        }
        return new MapScore(sheet.exercise().id(), out);
    }

    /** One round: pairs still-unjudged links with still-free propositions that fit {@code pair} and the phrase rule. */
    private static void match(
            List<LearnerLink> links,
            List<Proposition> props,
            boolean[] taken,
            Judgement[] verdicts,
            Verdict verdict,
            BiPredicate<LearnerLink, Proposition> pair,
            boolean phraseAccepted) {
        for (int i = 0; i < links.size(); i++) {
            if (verdicts[i] != null) {
                continue;
            }
            LearnerLink link = links.get(i);
            for (int e = 0; e < props.size(); e++) {
                Proposition p = props.get(e);
                if (!taken[e] && pair.test(link, p) && p.accepts(link.phrase()) == phraseAccepted) {
                    taken[e] = true;
                    verdicts[i] = new Judgement(verdict, link, p, phraseAccepted);
                    break;
                }
            }
        }
    }

    private static boolean sameWay(LearnerLink link, Proposition p) {
        return link.from().equals(p.from()) && link.to().equals(p.to());
    }

    private static boolean reversed(LearnerLink link, Proposition p) {
        return link.from().equals(p.to()) && link.to().equals(p.from());
    }
}
