package org.gramscilens.review;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gramscilens.course.Course;
import org.gramscilens.course.Lesson;
import org.gramscilens.course.Module;
import org.gramscilens.quiz.GiftParser;
import org.gramscilens.quiz.GiftProblem;
import org.gramscilens.quiz.ParseResult;
import org.gramscilens.quiz.Question;

/**
 * Every question of a course, read from each module's {@code quiz.gift}, in course order. Reading never
 * throws: a file that cannot be read, and every question the parser refuses, becomes a
 * {@link GiftProblem} in {@link #problems()} (paths relative to the course folder), and the rest is kept.
 * When two modules use the same question id (the validator reports it), {@link #find(String)} returns the
 * first; progress is stored by id, so the two would share it.
 */
public final class CourseQuestions {

    private final Course course;
    private final Map<String, List<CourseQuestion>> byModule;
    private final Map<String, CourseQuestion> byId;
    private final List<CourseQuestion> all;
    private final List<GiftProblem> problems;

    private CourseQuestions(Course course, Map<String, List<CourseQuestion>> byModule, List<GiftProblem> problems) {
        this.course = course;
        this.byModule = Collections.unmodifiableMap(byModule);
        this.problems = List.copyOf(problems);
        List<CourseQuestion> everything = new ArrayList<>();
        Map<String, CourseQuestion> ids = new LinkedHashMap<>();
        for (List<CourseQuestion> list : byModule.values()) {
            for (CourseQuestion q : list) {
                everything.add(q);
                ids.putIfAbsent(q.id(), q);
            }
        }
        this.all = List.copyOf(everything);
        this.byId = Collections.unmodifiableMap(ids);
    }

    public static CourseQuestions load(Course course) {
        return load(course, new GiftParser());
    }

    public static CourseQuestions load(Course course, GiftParser parser) {
        Objects.requireNonNull(course, "course");
        Map<String, List<CourseQuestion>> byModule = new LinkedHashMap<>();
        List<GiftProblem> problems = new ArrayList<>();
        for (Module module : course.modules()) {
            if (module.quiz() == null) {
                continue;
            }
            String shown = module.quiz().toString().replace('\\', '/');
            ParseResult parsed;
            try {
                Path file = course.root().resolve(module.quiz());
                parsed = Module.readQuiz(org.gramscilens.files.TextFiles.readUtf8(file), file, shown, parser);
            } catch (IOException e) {
                problems.add(new GiftProblem(
                        shown,
                        0,
                        0,
                        "the quiz could not be read (" + e.getMessage() + "); its questions are left out"));
                continue;
            } catch (RuntimeException | StackOverflowError e) {
                // A parser defect must cost this one quiz, never every module's quiz, review and due count.
                problems.add(new GiftProblem(
                        shown,
                        0,
                        0,
                        "the quiz could not be read (internal error: " + e + "); its questions are left out"));
                continue;
            }
            problems.addAll(parsed.problems());
            Lesson lesson = module.lessons().stream()
                    .filter(l -> !l.broken())
                    .findFirst()
                    .orElse(null);
            List<CourseQuestion> questions = new ArrayList<>();
            for (Question q : parsed.questions()) {
                questions.add(new CourseQuestion(q, module, lesson));
            }
            byModule.put(module.id(), List.copyOf(questions));
        }
        return new CourseQuestions(course, byModule, problems);
    }

    public Course course() {
        return course;
    }

    /** Every question, module by module in course order, each module's in file order. */
    public List<CourseQuestion> all() {
        return all;
    }

    /** The questions of each module that has a quiz, in course order. */
    public Map<String, List<CourseQuestion>> byModule() {
        return byModule;
    }

    /** A module's questions in file order; empty if it has no quiz. */
    public List<CourseQuestion> forModule(String moduleId) {
        return byModule.getOrDefault(moduleId, List.of());
    }

    public Optional<CourseQuestion> find(String questionId) {
        return Optional.ofNullable(byId.get(questionId));
    }

    public boolean contains(String questionId) {
        return byId.containsKey(questionId);
    }

    /** What could not be read, as {@code path:line:column: message}. */
    public List<GiftProblem> problems() {
        return problems;
    }
}
