package org.gramscilens.map;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.gramscilens.course.Course;
import org.gramscilens.course.CourseCheck;
import org.gramscilens.course.LessonScanner;
import org.gramscilens.course.Problem;

/**
 * Validates concept-map.yaml as part of {@code gramsci-lens validate}: what the loader reports (bad YAML,
 * missing fields, unknown or repeated ids, propositions naming unknown concepts, broken exercises) and
 * what needs the rest of the course: lesson anchors that lead nowhere, glossary ids and reference keys
 * that do not exist. A proposition without a basis (a reference, the deck, or the course's interpretation) is a
 * warning. A course without a map passes.
 */
public final class ConceptMapCheck implements CourseCheck {

    @Override
    public void check(Course course, Function<String, Optional<LessonScanner.Scan>> headings, List<Problem> out) {
        ConceptMapLoader.Result result = ConceptMapLoader.load(course);
        if (!result.present()) {
            return;
        }
        out.addAll(result.problems());
        ConceptMap map = result.map();
        for (Concept c : map.concepts()) {
            String what = "concept '" + c.id() + "'";
            anchorProblem(c.lesson(), headings)
                    .ifPresent(m -> out.add(problem(result.line("concept", c.line(), "lesson"), what + ": " + m)));
            if (c.glossary() != null && course.term(c.glossary()).isEmpty()) {
                out.add(problem(
                        result.line("concept", c.line(), "glossary"),
                        what + ": glossary id '" + c.glossary() + "' is not in glossary.yaml"));
            }
        }
        // Broken propositions too, so one run shows everything to fix.
        for (Proposition p : Stream.concat(map.propositions().stream(), map.brokenPropositions().stream())
                .sorted(Comparator.comparingInt(Proposition::line))
                .toList()) {
            String what = "proposition '" + p.id() + "'";
            anchorProblem(p.lesson(), headings)
                    .ifPresent(m -> out.add(problem(result.line("proposition", p.line(), "lesson"), what + ": " + m)));
            if (p.basis() == null) {
                out.add(
                        Problem.warning(
                                ConceptMapLoader.FILE,
                                p.line(),
                                what + " has no basis: add 'source: KEY'"
                                        + " (with pages, e.g. 'therborn1980, pp. 58-59'), 'source: deck, S5' or 'source: interpretation'"));
            } else if (p.source() != null && course.reference(p.source()).isEmpty()) {
                out.add(problem(
                        result.line("proposition", p.line(), "source"),
                        what + ": source '" + p.source() + "' is not in references.yaml"));
            }
        }
    }

    /** What is wrong with a {@code lesson-id[#heading-id]} anchor, if anything (null anchors are the loader's). */
    static Optional<String> anchorProblem(String anchor, Function<String, Optional<LessonScanner.Scan>> headings) {
        if (anchor == null) {
            return Optional.empty();
        }
        String lesson = Anchors.lessonId(anchor);
        Optional<LessonScanner.Scan> scan = headings.apply(lesson);
        if (scan.isEmpty()) {
            return Optional.of("lesson '" + lesson + "' does not exist");
        }
        String heading = Anchors.headingId(anchor);
        if (heading != null && !scan.get().hasHeading(heading)) {
            return Optional.of("lesson '" + lesson + "' has no heading with id '" + heading + "'");
        }
        return Optional.empty();
    }

    private static Problem problem(int line, String message) {
        return new Problem(ConceptMapLoader.FILE, line, message);
    }
}
