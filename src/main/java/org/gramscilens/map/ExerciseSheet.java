package org.gramscilens.map;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * What a learner is given for an exercise: the concepts, the scaffold links already drawn, and a bank of
 * linking phrases (the phrases of the propositions to find, plus distractors), sorted so the order gives
 * nothing away. {@link #expected()} is what {@link MapScorer} marks against.
 *
 * <p>Distractors are the exercise's own, then the map's {@code distractor-phrases}, then phrases of other
 * propositions of the map (picked with a seed made from the exercise id), until there are at least
 * {@code max(3, expected / 3)}. A phrase that any expected proposition accepts is never a distractor.</p>
 */
public record ExerciseSheet(
        Exercise exercise,
        List<Concept> concepts,
        List<Proposition> scaffold,
        List<Proposition> expected,
        List<String> phraseBank) {

    public ExerciseSheet {
        concepts = List.copyOf(concepts);
        scaffold = List.copyOf(scaffold);
        expected = List.copyOf(expected);
        phraseBank = List.copyOf(phraseBank);
    }

    public static ExerciseSheet of(ConceptMap map, Exercise exercise) {
        Set<String> ids = Set.copyOf(exercise.concepts());
        List<Concept> concepts =
                map.concepts().stream().filter(c -> ids.contains(c.id())).toList();
        List<Proposition> among = map.propositionsAmong(ids);
        List<Proposition> scaffold =
                among.stream().filter(p -> exercise.scaffold().contains(p.id())).toList();
        List<Proposition> expected = among.stream()
                .filter(p -> !exercise.scaffold().contains(p.id()))
                .toList();
        return new ExerciseSheet(exercise, concepts, scaffold, expected, bank(map, exercise, expected));
    }

    private static List<String> bank(ConceptMap map, Exercise exercise, List<Proposition> expected) {
        Map<String, String> bank = new LinkedHashMap<>();
        expected.forEach(
                p -> bank.putIfAbsent(Phrases.normalise(p.phrase()), p.phrase().strip()));
        int wanted = Math.max(3, (int) Math.ceil(expected.size() / 3.0));
        int added = 0;
        List<String> candidates = new ArrayList<>(exercise.distractors());
        int authored = candidates.size();
        candidates.addAll(map.distractorPhrases());
        List<String> others = new ArrayList<>(map.propositions().stream()
                .filter(p -> !expected.contains(p))
                .map(Proposition::phrase)
                .distinct()
                .toList());
        SplittableRandom random = new SplittableRandom(exercise.id().hashCode());
        for (int i = others.size() - 1; i > 0; i--) {
            Collections.swap(others, i, random.nextInt(i + 1));
        }
        candidates.addAll(others);
        for (int i = 0; i < candidates.size() && (i < authored || added < wanted); i++) {
            String phrase = candidates.get(i);
            String key = Phrases.normalise(phrase);
            if (key.isEmpty() || bank.containsKey(key) || expected.stream().anyMatch(p -> p.accepts(phrase))) {
                continue;
            }
            bank.put(key, phrase.strip());
            added++;
        }
        return bank.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(Map.Entry::getValue)
                .toList();
    }
}
