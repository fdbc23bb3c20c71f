package org.gramscilens.course;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gramscilens.quiz.Choice;
import org.gramscilens.quiz.GiftWriter;
import org.gramscilens.quiz.MissingWord;
import org.gramscilens.quiz.MultipleAnswer;
import org.gramscilens.quiz.MultipleChoice;
import org.gramscilens.quiz.Question;

/**
 * Item-writing and sourcing cues in a course's questions, reported as warnings:
 * <ul>
 *   <li>a single-answer question whose keyed option is 1.5 times as long as every distractor or longer, which
 *       lets a test-wise learner score without reading;</li>
 *   <li>a question whose negative marking differs from the rule most questions of its type follow;</li>
 *   <li>an author-date citation written out in plain text, "(Bohmer 2012)", that matches no reference.</li>
 * </ul>
 * One instance checks one course: {@link #check} each question, then {@link #finish} once.
 */
public final class QuizItemCheck {

    /** A keyed option this many times as long as the longest distractor, or more, is a cue. */
    public static final double LENGTH_CUE = 1.5;

    private static final Pattern TAGS = Pattern.compile("<[^>]*>|[*_`]");
    private static final Pattern AUTHOR_DATE = Pattern.compile(
            "\\(((?:[A-Z][\\p{L}'’-]+)(?:(?: and | & )[A-Z][\\p{L}'’-]+| et al\\.?)?),? (\\d{4})[a-z]?[,)]");

    private record Marking(Path file, int line, String id, Question.Kind kind, double ratio) {}

    private final Course course;
    private final List<Marking> markings = new ArrayList<>();

    public QuizItemCheck(Course course) {
        this.course = course;
    }

    /** Adds the warnings that concern {@code q} alone, and remembers its marking rule for {@link #finish}. */
    public void check(Path file, Question q, List<Problem> out) {
        int line = q.source() == null ? 0 : q.source().line();
        String what = "question '" + q.id() + "'";
        Optional<Lengths> lengths = lengths(q);
        if (lengths.isPresent() && lengths.get().cue()) {
            Lengths l = lengths.get();
            out.add(Problem.warning(
                    file,
                    line,
                    String.format(
                            Locale.ROOT,
                            "%s: the keyed option (%d characters) is"
                                    + " %.1f times as long as the longest distractor (%d); test-wise learners choose the longest:"
                                    + " shorten the key or write distractors of similar length",
                            what,
                            l.key(),
                            l.ratio(),
                            l.longestDistractor())));
        }
        penaltyRatio(q).ifPresent(r -> markings.add(new Marking(file, line, q.id(), q.kind(), r)));
        String all = new GiftWriter().write(q).replace("\\:", ":");
        Matcher m = AUTHOR_DATE.matcher(all);
        while (m.find()) {
            String author = m.group(1);
            int year = Integer.parseInt(m.group(2));
            if (!knownAuthorDate(author, year)) {
                out.add(Problem.warning(
                        file,
                        line,
                        what + " cites (" + author + " " + year + "), which matches no"
                                + " entry of references.yaml; cite with [@key] an entry that supports the point"));
            }
        }
    }

    /** Warns about each question whose negative marking differs from the most common rule for its type. */
    public void finish(List<Problem> out) {
        Map<Question.Kind, Map<Double, Integer>> counts = new LinkedHashMap<>();
        for (Marking m : markings) {
            counts.computeIfAbsent(m.kind(), k -> new LinkedHashMap<>()).merge(m.ratio(), 1, Integer::sum);
        }
        for (Marking m : markings) {
            double usual = counts.get(m.kind()).entrySet().stream()
                    .max((a, b) -> Integer.compare(a.getValue(), b.getValue()))
                    .orElseThrow()
                    .getKey();
            if (m.ratio() != usual) {
                out.add(Problem.warning(
                        m.file(),
                        m.line(),
                        String.format(
                                Locale.ROOT,
                                "question '%s': a wrong"
                                        + " answer costs %s of a right answer's credit, but most %s questions in this course"
                                        + " use %s; keep one negative-marking rule per question type",
                                m.id(),
                                percent(m.ratio()),
                                m.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                                percent(usual))));
            }
        }
    }

    /** Lengths of a single-answer question's key and distractors, in characters of plain text. */
    public record Lengths(int key, int longestDistractor) {
        /** The key is the longest option. */
        public boolean keyLongest() {
            return key > longestDistractor;
        }

        public double ratio() {
            return longestDistractor == 0 ? Double.POSITIVE_INFINITY : (double) key / longestDistractor;
        }

        public boolean cue() {
            return ratio() >= LENGTH_CUE;
        }
    }

    /** For a single-answer question with one full-credit option and at least one other: the option lengths. */
    public static Optional<Lengths> lengths(Question q) {
        Question base = q instanceof MissingWord mw ? mw.underlying() : q;
        if (!(base instanceof MultipleChoice mc)) {
            return Optional.empty();
        }
        List<Choice> keys = mc.choices().stream().filter(c -> c.weight() >= 100).toList();
        List<Choice> others =
                mc.choices().stream().filter(c -> c.weight() < 100).toList();
        if (keys.size() != 1 || others.isEmpty()) {
            return Optional.empty();
        }
        int longest = others.stream()
                .mapToInt(c -> plainLength(c.text().text()))
                .max()
                .orElse(0);
        return Optional.of(new Lengths(plainLength(keys.get(0).text().text()), longest));
    }

    static int plainLength(String text) {
        return TAGS.matcher(text).replaceAll("").strip().replaceAll("\\s+", " ").length();
    }

    /**
     * How much a wrong choice costs as a share of a right choice's credit: for a multiple-answer question the
     * largest penalty over the smallest positive weight, for a single-answer one the largest penalty over 100.
     * Empty for other kinds. Rounded to hundredths, so 33.333% and 33.33% are the same rule.
     */
    static Optional<Double> penaltyRatio(Question q) {
        Question base = q instanceof MissingWord mw ? mw.underlying() : q;
        List<Choice> choices;
        if (base instanceof MultipleChoice mc) {
            choices = mc.choices();
        } else if (base instanceof MultipleAnswer ma) {
            choices = ma.choices();
        } else {
            return Optional.empty();
        }
        double penalty = choices.stream()
                .mapToDouble(Choice::weight)
                .filter(w -> w < 0)
                .map(Math::abs)
                .max()
                .orElse(0);
        double credit = base instanceof MultipleChoice
                ? 100
                : choices.stream()
                        .mapToDouble(Choice::weight)
                        .filter(w -> w > 0)
                        .min()
                        .orElse(100);
        return Optional.of(Math.round(penalty / credit * 100) / 100.0);
    }

    private boolean knownAuthorDate(String author, int year) {
        String first = author.split(" and | & | et al")[0].strip();
        return course.references().values().stream()
                .filter(r -> r.year() != null && r.year() == year)
                .flatMap(r -> Stream.concat(r.authors().stream().limit(1), Stream.of(r.authorLabel())))
                .anyMatch(a -> Reference.family(a).equalsIgnoreCase(first) || a.startsWith(first));
    }

    private static String percent(double ratio) {
        return Math.round(ratio * 100) + "%";
    }
}
