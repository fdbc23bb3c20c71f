package org.gramscilens.progress;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * What a profile held at one moment: immutable, so the UI can read it on any thread. Lists are oldest
 * first. Records about questions, lessons or maps the course no longer has are included: views filter.
 * The JSON values of answers and payloads are shared with the store: do not modify them.
 */
public final class ProgressView {

    private final Snapshot s;
    private Map<String, List<QuizAttempt>> byQuestion;

    ProgressView(Snapshot snapshot) {
        this.s = snapshot;
    }

    public List<QuizAttempt> attempts() {
        return s.attempts();
    }

    public int attemptCount() {
        return s.attempts().size();
    }

    public List<QuizAttempt> attemptsForQuestion(String questionId) {
        return byQuestion().getOrDefault(questionId, List.of());
    }

    public List<QuizAttempt> attemptsForModule(String moduleId) {
        return filter(s.attempts(), a -> a.moduleId().equals(moduleId));
    }

    /** The most recent attempt at each question that has any, by question id. */
    public Map<String, QuizAttempt> latestAttempts() {
        Map<String, QuizAttempt> latest = new TreeMap<>();
        byQuestion().forEach((q, list) -> latest.put(q, list.get(list.size() - 1)));
        return Collections.unmodifiableMap(latest);
    }

    public Optional<QuizAttempt> latestAttempt(String questionId) {
        List<QuizAttempt> list = attemptsForQuestion(questionId);
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(list.size() - 1));
    }

    public List<LessonEvent> lessonEvents() {
        return s.lessonEvents();
    }

    /** Ids of lessons ever opened, in the order first opened. */
    public Set<String> lessonsOpened() {
        return lessonIds(LessonEvent.Kind.OPENED);
    }

    /** Ids of lessons ever finished, in the order first finished. */
    public Set<String> lessonsFinished() {
        return lessonIds(LessonEvent.Kind.FINISHED);
    }

    private Set<String> lessonIds(LessonEvent.Kind kind) {
        Set<String> ids = new LinkedHashSet<>();
        s.lessonEvents().stream().filter(e -> e.kind() == kind).forEach(e -> ids.add(e.lessonId()));
        return Collections.unmodifiableSet(ids);
    }

    /** Every reflection ever recorded. */
    public List<Reflection> reflections() {
        return s.reflections();
    }

    /** The reflections on one question, oldest first; the last is the current one. */
    public List<Reflection> reflectionHistory(String questionId) {
        return filter(s.reflections(), r -> r.questionId().equals(questionId));
    }

    /** The current (latest) reflection per question, by question id. */
    public Map<String, Reflection> latestReflections() {
        Map<String, Reflection> latest = new TreeMap<>();
        s.reflections().forEach(r -> latest.put(r.questionId(), r));
        return Collections.unmodifiableMap(latest);
    }

    public Optional<Reflection> latestReflection(String questionId) {
        return Optional.ofNullable(latestReflections().get(questionId));
    }

    public List<MapAttempt> mapAttempts() {
        return s.mapAttempts();
    }

    public List<MapAttempt> mapAttempts(String mapId) {
        return filter(s.mapAttempts(), m -> m.mapId().equals(mapId));
    }

    /** The spaced-review state of every question that has one, by question id (copies). */
    public Map<String, JsonNode> reviewStates() {
        Map<String, JsonNode> states = new TreeMap<>();
        s.reviewStates().forEach(r -> states.put(r.questionId(), r.state().deepCopy()));
        return Collections.unmodifiableMap(states);
    }

    public Optional<JsonNode> reviewState(String questionId) {
        return s.reviewStates().stream()
                .filter(r -> r.questionId().equals(questionId))
                .map(r -> (JsonNode) r.state().deepCopy())
                .findFirst();
    }

    /** The per-profile preferences, by name (copies). */
    public Map<String, JsonNode> settings() {
        Map<String, JsonNode> settings = new TreeMap<>();
        s.settings().stream()
                .filter(c -> !c.removed())
                .forEach(c -> settings.put(c.name(), c.value().deepCopy()));
        return Collections.unmodifiableMap(settings);
    }

    public Optional<JsonNode> setting(String name) {
        return Optional.ofNullable(settings().get(name));
    }

    private synchronized Map<String, List<QuizAttempt>> byQuestion() {
        if (byQuestion == null) {
            Map<String, List<QuizAttempt>> index = new LinkedHashMap<>();
            for (QuizAttempt a : s.attempts()) {
                index.computeIfAbsent(a.questionId(), k -> new ArrayList<>()).add(a);
            }
            index.replaceAll((k, v) -> List.copyOf(v));
            byQuestion = index;
        }
        return byQuestion;
    }

    private static <T> List<T> filter(List<T> list, Predicate<T> keep) {
        return list.stream().filter(keep).toList();
    }

    Snapshot snapshot() {
        return s;
    }
}
