package org.gramscilens.xapi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.gramscilens.progress.LessonEvent;
import org.gramscilens.progress.MapAttempt;
import org.gramscilens.progress.ProgressView;
import org.gramscilens.progress.QuizAttempt;
import org.gramscilens.progress.Reflection;
import org.gramscilens.quiz.Question;

/**
 * Turns progress store entries into xAPI 1.0.3 statements. A pure function of the entry, the actor and the
 * course: the same entry always gives the same statement and the same id, which is why the store's journal
 * line is all the queue needs to keep (docs/xapi.md). Review states and settings make no statement.
 *
 * <ul>
 *   <li>quiz attempt: {@code answered} the question (cmi.interaction), with score, success, response and
 *       duration;</li>
 *   <li>lesson opened: {@code experienced} the lesson; lesson finished: {@code completed} it;</li>
 *   <li>reflection: {@code commented} on the question, the text included only if the learner shares
 *       reflections;</li>
 *   <li>concept-map attempt: {@code answered} the map exercise, with its score;</li>
 *   <li>the answer that leaves no graded question of a module unanswered also makes a {@code completed}
 *       statement about the module's quiz ({@link #quizCompletions}).</li>
 * </ul>
 */
public final class StatementBuilder {

    public static final String PLATFORM = "Gramsci Lens";
    private static final String LESSON_TYPE = "http://adlnet.gov/expapi/activities/lesson";
    private static final String COURSE_TYPE = "http://adlnet.gov/expapi/activities/course";
    private static final String ASSESSMENT_TYPE = "http://adlnet.gov/expapi/activities/assessment";
    /** The entry type in a quiz completion's statement id (an answer's is "attempt"). */
    static final String QUIZ_COMPLETED = "quizCompleted";

    private static final String MODULE_TYPE = "http://adlnet.gov/expapi/activities/module";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final XapiCourse course;
    private final Actor actor;
    private final boolean shareReflections;

    public StatementBuilder(XapiCourse course, Actor actor, boolean shareReflections) {
        this.course = course;
        this.actor = actor;
        this.shareReflections = shareReflections;
    }

    /** Every statement for entries with a sequence number above {@code afterSeq}, in sequence order. */
    public List<Statement> after(ProgressView view, long afterSeq) {
        List<Statement> out = new ArrayList<>();
        view.attempts().stream().filter(a -> a.seq() > afterSeq).forEach(a -> out.add(attempt(a)));
        view.lessonEvents().stream().filter(e -> e.seq() > afterSeq).forEach(e -> out.add(lesson(e)));
        view.reflections().stream().filter(r -> r.seq() > afterSeq).forEach(r -> out.add(reflection(r)));
        view.mapAttempts().stream().filter(m -> m.seq() > afterSeq).forEach(m -> out.add(map(m)));
        quizCompletions(view).stream().filter(s -> s.seq() > afterSeq).forEach(out::add);
        // stable: a quiz completion comes after the answer that completed it, which has the same seq
        out.sort(Comparator.comparingLong(Statement::seq));
        return out;
    }

    public Statement attempt(QuizAttempt a) {
        Question q = course.question(a.questionId()).orElse(null);
        ObjectNode object = activity(course.ids().question(a.questionId()));
        ObjectNode definition = q != null ? course.definitions().definition(q) : minimalInteraction(a.questionId());
        object.set("definition", definition);
        ObjectNode result = NODES.objectNode();
        ObjectNode score = result.putObject("score");
        score.put("scaled", a.score());
        score.put("raw", a.score());
        score.put("min", 0);
        score.put("max", 1);
        if (q == null || q.isGraded()) {
            result.put("success", a.score() >= 1.0);
        }
        result.put("completion", true);
        String response = InteractionDefinitions.response(q, a.answer());
        if (response != null) {
            result.put("response", response);
        }
        result.put("duration", Duration.ofMillis(a.timeTakenMs()).toString());
        return statement(a.seq(), "attempt", a.at(), Verbs.ANSWERED, object, result, a.moduleId());
    }

    /**
     * A module's quiz is completed by the answer that first leaves none of its graded questions unanswered:
     * a {@code completed} statement about the quiz, with the seq of that answer (and its own id) and the
     * mean of the latest scores then as its score. Derived from the answers, so it needs no entry of its
     * own in the progress store and is the same however often it is built.
     */
    public List<Statement> quizCompletions(ProgressView view) {
        List<Statement> out = new ArrayList<>();
        java.util.Map<String, java.util.Map<String, Double>> latest = new java.util.HashMap<>();
        java.util.Set<String> completed = new java.util.HashSet<>();
        for (QuizAttempt a : view.attempts()) {
            if (completed.contains(a.moduleId())) {
                continue;
            }
            var scores = latest.computeIfAbsent(a.moduleId(), k -> new java.util.HashMap<>());
            scores.put(a.questionId(), a.score());
            List<String> required = course.gradedQuestionsOf(a.moduleId());
            if (!required.isEmpty() && scores.keySet().containsAll(required)) {
                completed.add(a.moduleId());
                double mean =
                        required.stream().mapToDouble(scores::get).average().orElse(0);
                out.add(quizCompleted(a, mean));
            }
        }
        return out;
    }

    private Statement quizCompleted(QuizAttempt a, double mean) {
        String moduleIri = course.ids().module(a.moduleId());
        ObjectNode object = activity(course.ids().quiz(a.moduleId()));
        ObjectNode def = object.putObject("definition");
        def.set("name", course.definitions().languageMap(course.title(moduleIri).orElse(a.moduleId())));
        def.put("type", ASSESSMENT_TYPE);
        ObjectNode result = NODES.objectNode();
        double scaled = Math.round(mean * 10_000) / 10_000.0;
        result.putObject("score")
                .put("scaled", scaled)
                .put("raw", scaled)
                .put("min", 0)
                .put("max", 1);
        result.put("completion", true);
        return statement(a.seq(), QUIZ_COMPLETED, a.at(), Verbs.COMPLETED, object, result, a.moduleId());
    }

    public Statement lesson(LessonEvent e) {
        String iri = course.ids().lesson(e.lessonId());
        ObjectNode object = activity(iri);
        ObjectNode def = object.putObject("definition");
        def.set("name", course.definitions().languageMap(course.title(iri).orElse(e.lessonId())));
        def.put("type", LESSON_TYPE);
        boolean finished = e.kind() == LessonEvent.Kind.FINISHED;
        ObjectNode result = null;
        if (finished) {
            result = NODES.objectNode();
            result.put("completion", true);
        }
        return statement(
                e.seq(), e.type(), e.at(), finished ? Verbs.COMPLETED : Verbs.EXPERIENCED, object, result, null);
    }

    public Statement reflection(Reflection r) {
        Question q = course.question(r.questionId()).orElse(null);
        ObjectNode object = activity(course.ids().question(r.questionId()));
        object.set("definition", q != null ? course.definitions().definition(q) : minimalInteraction(r.questionId()));
        ObjectNode result = null;
        if (shareReflections) {
            result = NODES.objectNode();
            result.put("response", r.text());
        }
        return statement(
                r.seq(),
                "reflection",
                r.at(),
                Verbs.COMMENTED,
                object,
                result,
                course.moduleOf(r.questionId()).orElse(null));
    }

    public Statement map(MapAttempt m) {
        ObjectNode object = activity(course.ids().map(m.mapId()));
        ObjectNode def = object.putObject("definition");
        def.set("name", course.definitions().languageMap(m.mapId()));
        def.put("type", InteractionDefinitions.INTERACTION_TYPE);
        def.put("interactionType", "other");
        ObjectNode result = NODES.objectNode();
        result.putObject("score").put("scaled", m.score());
        result.put("completion", true);
        return statement(m.seq(), "mapAttempt", m.at(), Verbs.ANSWERED, object, result, null);
    }

    /** The statement id for an entry of this learner: stable across resends, machines and versions. */
    public UUID statementId(long seq, String type) {
        return Uuid5.of(Uuid5.STATEMENT_NAMESPACE, actor.pseudonym() + "/" + seq + "/" + type);
    }

    private Statement statement(
            long seq, String type, Instant at, Verbs verb, ObjectNode object, ObjectNode result, String moduleId) {
        UUID id = statementId(seq, type);
        ObjectNode s = NODES.objectNode();
        s.put("id", id.toString());
        s.set("actor", actor.toJson());
        ObjectNode v = s.putObject("verb");
        v.put("id", verb.id());
        v.putObject("display").put("en-US", verb.display());
        s.set("object", object);
        if (result != null) {
            s.set("result", result);
        }
        ObjectNode context = s.putObject("context");
        context.put("platform", PLATFORM);
        context.put("language", course.definitions().language());
        ObjectNode activities = context.putObject("contextActivities");
        if (moduleId != null) {
            String moduleIri = course.ids().module(moduleId);
            ObjectNode parent = activities.putArray("parent").addObject();
            parent.put("objectType", "Activity");
            parent.put("id", moduleIri);
            ObjectNode def = parent.putObject("definition");
            def.set(
                    "name",
                    course.definitions().languageMap(course.title(moduleIri).orElse(moduleId)));
            def.put("type", MODULE_TYPE);
        }
        ObjectNode grouping = activities.putArray("grouping").addObject();
        grouping.put("objectType", "Activity");
        grouping.put("id", course.ids().course());
        grouping.putObject("definition").put("type", COURSE_TYPE);
        s.put("timestamp", at.toString());
        return new Statement(seq, id, s);
    }

    private static ObjectNode activity(String iri) {
        ObjectNode o = NODES.objectNode();
        o.put("objectType", "Activity");
        o.put("id", iri);
        return o;
    }

    private ObjectNode minimalInteraction(String questionId) {
        ObjectNode def = NODES.objectNode();
        def.set("name", course.definitions().languageMap(questionId));
        def.put("type", InteractionDefinitions.INTERACTION_TYPE);
        def.put("interactionType", "other");
        return def;
    }
}
