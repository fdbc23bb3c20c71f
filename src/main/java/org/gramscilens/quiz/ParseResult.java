package org.gramscilens.quiz;

import java.util.List;

/**
 * What reading a quiz file gave: the questions that could be read, in file order, and the problems
 * found. A question with an error is left out; the others are still there.
 */
public record ParseResult(List<Question> questions, List<GiftProblem> problems) {

    public ParseResult {
        questions = List.copyOf(questions);
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
