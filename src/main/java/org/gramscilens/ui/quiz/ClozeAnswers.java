package org.gramscilens.ui.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.gramscilens.quiz.Cloze;
import org.gramscilens.quiz.ClozeGap;
import org.gramscilens.quiz.Grade;
import org.gramscilens.quiz.Grader;
import org.gramscilens.quiz.Question;
import org.gramscilens.quiz.Response;
import org.gramscilens.review.CourseQuestion;

/** The response to a cloze question, gap by gap, and each gap's mark: what the quiz view shows per gap. */
final class ClozeAnswers {

    private static final Grader GRADER = new Grader();

    private ClozeAnswers() {}

    static Response.Gaps empty(Cloze c) {
        return new Response.Gaps(c.gaps().stream().map(Grader::emptyResponse).toList());
    }

    static Response.Gaps with(Response.Gaps gaps, int gap, Response part) {
        if (gap < 0 || gap >= gaps.parts().size() || part == null) {
            return gaps;
        }
        List<Response> parts = new ArrayList<>(gaps.parts());
        parts.set(gap, part);
        return new Response.Gaps(parts);
    }

    /** Each gap's mark for {@code r}; empty when the question is not a cloze question. */
    static List<Grade> grades(CourseQuestion q, Response r) {
        if (q == null || !(q.question() instanceof Cloze c) || !(r instanceof Response.Gaps g)) {
            return List.of();
        }
        return GRADER.gradeGaps(c, g);
    }

    /** Whether any gap has an answer. */
    static boolean isAnswered(Response.Gaps g) {
        return g.parts().stream().anyMatch(QuestionOptions::isAnswered);
    }

    /** The answers in words, gap by gap: "1: Berlin; 2: 3.1; 3: blue". */
    static String describe(Question question, Response.Gaps g, String none) {
        if (!(question instanceof Cloze c)) {
            return none;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < c.gaps().size(); i++) {
            ClozeGap gap = c.gaps().get(i);
            Response part = i < g.parts().size() ? g.parts().get(i) : null;
            List<String> choices =
                    gap.choices().stream().map(ch -> ch.text().text()).toList();
            out.add((i + 1) + ": " + QuestionOptions.fill(part, choices, none));
        }
        return out.stream().collect(Collectors.joining("; "));
    }
}
