package org.gramscilens.xapi;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.gramscilens.course.Course;
import org.gramscilens.course.Lesson;
import org.gramscilens.course.Module;
import org.gramscilens.markdown.syntax.MarkdownParser;
import org.gramscilens.quiz.Question;
import org.gramscilens.review.CourseQuestion;
import org.gramscilens.review.CourseQuestions;
import org.gramscilens.review.DisplayText;

/**
 * What statements need to know about a course: its activity IRIs, its questions (for interaction
 * definitions) and the titles of its modules and lessons. The course id is the slug of the course title.
 */
public final class XapiCourse {

    private final ActivityIds ids;
    private final InteractionDefinitions definitions;
    private final Map<String, Question> questions = new java.util.LinkedHashMap<>(); // course order
    private final Map<String, String> questionModules = new HashMap<>();
    private final Map<String, String> titles = new HashMap<>();

    public XapiCourse(ActivityIds ids, InteractionDefinitions definitions) {
        this.ids = ids;
        this.definitions = definitions;
    }

    public static XapiCourse of(Course course, CourseQuestions questions, MarkdownParser parser) {
        DisplayText display = new DisplayText(course, parser);
        XapiCourse c = new XapiCourse(
                new ActivityIds(course.info().title()),
                new InteractionDefinitions(display::of, course.info().language()));
        for (Module m : course.modules()) {
            c.titles.put(c.ids.module(m.id()), m.title());
            for (Lesson l : m.lessons()) {
                c.titles.put(c.ids.lesson(l.id()), l.title());
            }
        }
        for (CourseQuestion q : questions.all()) {
            c.questions.putIfAbsent(q.id(), q.question());
            c.questionModules.putIfAbsent(q.id(), q.moduleId());
        }
        c.titles.put(c.ids.course(), course.info().title());
        return c;
    }

    public static XapiCourse of(Course course) {
        return of(course, CourseQuestions.load(course), new MarkdownParser());
    }

    public ActivityIds ids() {
        return ids;
    }

    public InteractionDefinitions definitions() {
        return definitions;
    }

    public Optional<Question> question(String id) {
        return Optional.ofNullable(questions.get(id));
    }

    public Map<String, Question> questions() {
        return java.util.Collections.unmodifiableMap(questions);
    }

    /** The questions of a module a learner answers with a grade (no descriptions, no essays), in course order. */
    public java.util.List<String> gradedQuestionsOf(String moduleId) {
        return questions.entrySet().stream()
                .filter(e -> moduleId.equals(questionModules.get(e.getKey())))
                .filter(e -> e.getValue().isGraded())
                .map(Map.Entry::getKey)
                .toList();
    }

    public Optional<String> moduleOf(String questionId) {
        return Optional.ofNullable(questionModules.get(questionId));
    }

    /** The title of a course, module or lesson activity, by IRI. */
    public Optional<String> title(String iri) {
        return Optional.ofNullable(titles.get(iri));
    }
}
