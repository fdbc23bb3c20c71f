package org.gramscilens.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.gramscilens.course.Module;
import org.gramscilens.progress.ProgressView;
import org.gramscilens.progress.QuizAttempt;
import org.gramscilens.progress.Reflection;
import org.gramscilens.quiz.Grade;

/**
 * How far a learner has got, module by module. The rule:
 * <ul>
 *   <li>a module's <b>mastery</b> is the share of its marked questions (essays and descriptions left out)
 *       whose <em>latest</em> attempt is fully right ({@code score >= 0.999}, Moodle's rule). A question
 *       never answered counts as not mastered; a question answered right and later wrong is not mastered
 *       until answered right again;</li>
 *   <li>attempts are attributed to the module whose quiz holds the question <em>now</em>, not the module
 *       recorded with the attempt, so moving a question between modules moves its history;</li>
 *   <li>attempts and reflections about questions the course no longer has are ignored here (the progress
 *       file keeps them);</li>
 *   <li>a module's <b>last activity</b> is its newest attempt or reflection.</li>
 * </ul>
 */
public final class Mastery {

    /** One attempt, for charts. */
    public record Point(Instant at, String questionId, double score) {}

    /** The attempts of one day (in the learner's time zone) and their mean score. */
    public record Day(LocalDate day, int attempts, double meanScore) {}

    /**
     * @param graded       marked questions in the module
     * @param answered     of those, how many have at least one attempt
     * @param mastered     of those, how many were fully right at their latest attempt
     * @param lastActivity newest attempt or reflection in the module, or null if none
     * @param attempts     every attempt at the module's questions, oldest first
     */
    public record ModuleMastery(
            String moduleId,
            String title,
            int graded,
            int answered,
            int mastered,
            Instant lastActivity,
            List<Point> attempts) {
        public ModuleMastery {
            attempts = List.copyOf(attempts);
        }

        /** {@code mastered / graded}, 0 for a module without marked questions. */
        public double share() {
            return graded == 0 ? 0 : (double) mastered / graded;
        }
    }

    private final List<ModuleMastery> modules;
    private final List<Point> attempts;

    private Mastery(List<ModuleMastery> modules, List<Point> attempts) {
        this.modules = List.copyOf(modules);
        this.attempts = List.copyOf(attempts);
    }

    public static Mastery of(CourseQuestions course, ProgressView progress) {
        Map<String, QuizAttempt> latest = progress.latestAttempts();
        Map<String, Reflection> reflections = progress.latestReflections();
        List<ModuleMastery> modules = new ArrayList<>();
        for (Module module : course.course().modules()) {
            List<CourseQuestion> questions = course.forModule(module.id());
            int graded = 0;
            int answered = 0;
            int mastered = 0;
            Instant last = null;
            List<Point> points = new ArrayList<>();
            for (CourseQuestion q : questions) {
                if (course.find(q.id()).orElse(null) != q) {
                    continue; // a duplicate id: its progress belongs to the first question with it
                }
                Reflection r = reflections.get(q.id());
                if (r != null) {
                    last = later(last, r.at());
                }
                if (!q.isGraded()) {
                    continue;
                }
                graded++;
                QuizAttempt a = latest.get(q.id());
                if (a == null) {
                    continue;
                }
                answered++;
                if (a.score() >= Grade.CORRECT_THRESHOLD) {
                    mastered++;
                }
                for (QuizAttempt each : progress.attemptsForQuestion(q.id())) {
                    points.add(new Point(each.at(), each.questionId(), each.score()));
                    last = later(last, each.at());
                }
            }
            if (!questions.isEmpty()) {
                points.sort(java.util.Comparator.comparing(Point::at));
                modules.add(new ModuleMastery(module.id(), module.title(), graded, answered, mastered, last, points));
            }
        }
        List<Point> all = new ArrayList<>();
        for (QuizAttempt a : progress.attempts()) {
            course.find(a.questionId())
                    .filter(CourseQuestion::isGraded)
                    .ifPresent(q -> all.add(new Point(a.at(), a.questionId(), a.score())));
        }
        return new Mastery(modules, all);
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    /** Every module with a quiz, in course order. */
    public List<ModuleMastery> modules() {
        return modules;
    }

    public Optional<ModuleMastery> module(String moduleId) {
        return modules.stream().filter(m -> m.moduleId().equals(moduleId)).findFirst();
    }

    /** Every attempt at a question the course has, in the order recorded. */
    public List<Point> attempts() {
        return attempts;
    }

    /** Mastered over marked questions across the whole course. */
    public double overall() {
        int graded = modules.stream().mapToInt(ModuleMastery::graded).sum();
        int mastered = modules.stream().mapToInt(ModuleMastery::mastered).sum();
        return graded == 0 ? 0 : (double) mastered / graded;
    }

    /** Attempts grouped by day in {@code zone}, oldest day first; days without attempts are left out. */
    public List<Day> byDay(ZoneId zone) {
        Map<LocalDate, double[]> sums = new TreeMap<>();
        for (Point p : attempts) {
            double[] s = sums.computeIfAbsent(LocalDate.ofInstant(p.at(), zone), d -> new double[2]);
            s[0]++;
            s[1] += p.score();
        }
        List<Day> days = new ArrayList<>();
        sums.forEach((day, s) -> days.add(new Day(day, (int) s[0], s[1] / s[0])));
        return days;
    }
}
