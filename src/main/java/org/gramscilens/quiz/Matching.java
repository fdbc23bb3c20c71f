package org.gramscilens.quiz;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/** Each left-hand item is matched with one of the right-hand answers. */
public record Matching(QuestionInfo info, List<MatchPair> pairs) implements Question {

    public Matching {
        Objects.requireNonNull(info, "info");
        pairs = List.copyOf(pairs);
    }

    /** The pairs a learner has to match, in order (the distractors left out). */
    public List<MatchPair> subquestions() {
        return pairs.stream().filter(p -> !p.isDistractor()).toList();
    }

    /** Every right-hand answer offered, each once, in order of first appearance. */
    public List<String> answerChoices() {
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        pairs.forEach(p -> seen.add(p.right()));
        return List.copyOf(seen);
    }

    @Override
    public Matching withInfo(QuestionInfo newInfo) {
        return new Matching(newInfo, pairs);
    }

    @Override
    public Kind kind() {
        return Kind.MATCHING;
    }
}
