package org.gramscilens.map;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The course's concept map (docs/concept-map-format.md). Everything here can be drawn: propositions that
 * name a concept the map lacks are kept apart in {@link #brokenPropositions()}, explained by the loader's
 * problems.
 *
 * @param title a title for exports, or null
 * @param propositions the sound propositions, in file order
 * @param brokenPropositions propositions that cannot be drawn (unknown or missing concept, repeated id)
 * @param distractorPhrases map-wide wrong answers offered in every exercise's phrase bank
 * @param lessonModules lesson id to module id, known when loaded with its course; used by {@link #forModule}
 */
public record ConceptMap(
        String title,
        List<Group> groups,
        List<Concept> concepts,
        List<Proposition> propositions,
        List<Proposition> brokenPropositions,
        List<Exercise> exercises,
        List<String> distractorPhrases,
        Map<String, String> lessonModules) {

    public ConceptMap {
        groups = List.copyOf(groups);
        concepts = List.copyOf(concepts);
        propositions = List.copyOf(propositions);
        brokenPropositions = List.copyOf(brokenPropositions);
        exercises = List.copyOf(exercises);
        distractorPhrases = List.copyOf(distractorPhrases);
        lessonModules = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(lessonModules));
    }

    /** A map of just these concepts and propositions. */
    public ConceptMap(List<Concept> concepts, List<Proposition> propositions) {
        this(null, List.of(), concepts, propositions, List.of(), List.of(), List.of(), Map.of());
    }

    public static ConceptMap empty() {
        return new ConceptMap(List.of(), List.of());
    }

    public boolean isEmpty() {
        return concepts.isEmpty();
    }

    public Optional<Concept> concept(String id) {
        return concepts.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<Proposition> proposition(String id) {
        return propositions.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Group> group(String id) {
        return groups.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    public Optional<Exercise> exercise(String id) {
        return exercises.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** Concepts by id, in map order. */
    public Map<String, Concept> conceptsById() {
        Map<String, Concept> out = new LinkedHashMap<>();
        concepts.forEach(c -> out.put(c.id(), c));
        return out;
    }

    /** The propositions whose two concepts are both in {@code conceptIds}. */
    public List<Proposition> propositionsAmong(Collection<String> conceptIds) {
        Set<String> ids = Set.copyOf(conceptIds);
        return propositions.stream()
                .filter(p -> ids.contains(p.from()) && ids.contains(p.to()))
                .toList();
    }

    /** This map with the lesson-to-module index that {@link #forModule} needs. */
    public ConceptMap withLessonModules(Map<String, String> index) {
        return new ConceptMap(
                title, groups, concepts, propositions, brokenPropositions, exercises, distractorPhrases, index);
    }

    /** This map with other concept positions (for instance those a learner dragged). */
    public ConceptMap withConcepts(List<Concept> newConcepts) {
        return new ConceptMap(
                title,
                groups,
                newConcepts,
                propositions,
                brokenPropositions,
                exercises,
                distractorPhrases,
                lessonModules);
    }

    /**
     * The part of the map taught in a lesson: concepts and propositions anchored in it, plus the concepts
     * those propositions link (so every proposition can be drawn).
     */
    public ConceptMap forLesson(String lessonId) {
        return forLessons(Set.of(lessonId));
    }

    /** {@link #forLesson} for every lesson of a module; empty when the module is unknown to this map. */
    public ConceptMap forModule(String moduleId) {
        Set<String> lessons = new HashSet<>();
        lessonModules.forEach((lesson, module) -> {
            if (module.equals(moduleId)) {
                lessons.add(lesson);
            }
        });
        return forLessons(lessons);
    }

    public ConceptMap forLessons(Collection<String> lessonIds) {
        Set<String> lessons = Set.copyOf(lessonIds);
        Set<Proposition> props = new HashSet<>();
        propositions.stream().filter(p -> lessons.contains(p.lessonId())).forEach(props::add);
        Set<String> ids = new LinkedHashSet<>();
        concepts.stream().filter(c -> lessons.contains(c.lessonId())).forEach(c -> ids.add(c.id()));
        props.forEach(p -> {
            ids.add(p.from());
            ids.add(p.to());
        });
        return subset(c -> ids.contains(c.id()), props::contains);
    }

    /** A group's concepts and the propositions between them. */
    public ConceptMap forGroup(String groupId) {
        Set<String> ids = new HashSet<>();
        concepts.stream().filter(c -> groupId.equals(c.group())).forEach(c -> ids.add(c.id()));
        return forConcepts(ids);
    }

    /** These concepts and the propositions between them. */
    public ConceptMap forConcepts(Collection<String> conceptIds) {
        Set<String> ids = Set.copyOf(conceptIds);
        return subset(c -> ids.contains(c.id()), p -> ids.contains(p.from()) && ids.contains(p.to()));
    }

    private ConceptMap subset(Predicate<Concept> keepConcept, Predicate<Proposition> keepProposition) {
        List<Concept> cs = concepts.stream().filter(keepConcept).toList();
        Set<String> ids = new HashSet<>();
        cs.forEach(c -> ids.add(c.id()));
        List<Proposition> ps = propositions.stream()
                .filter(p -> keepProposition.test(p) && ids.contains(p.from()) && ids.contains(p.to()))
                .toList();
        List<Exercise> es =
                exercises.stream().filter(e -> ids.containsAll(e.concepts())).toList();
        return new ConceptMap(title, groups, cs, ps, List.of(), es, distractorPhrases, lessonModules);
    }
}
