package org.gramscilens.handout;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gramscilens.course.Course;
import org.gramscilens.course.GlossaryMatcher;
import org.gramscilens.course.Lesson;

/**
 * One export: which lessons it holds (so links between them become links inside the file), what the
 * lessons cite and which glossary terms they use (for the lists at the end), and how anchors are named.
 * Anchors of a lesson are prefixed with its id, so a whole-course handout has no clashes.
 */
final class HandoutScope {
    final Course course;
    final boolean speakerNotes;
    final GlossaryMatcher glossary;
    private final Set<String> lessonIds = new LinkedHashSet<>();
    private final Map<Path, String> lessonIdByFile = new HashMap<>();
    private final Map<String, Set<String>> headingIds = new HashMap<>();
    private final Set<String> citedKeys = new LinkedHashSet<>();
    private final Set<String> usedTerms = new LinkedHashSet<>();

    HandoutScope(Course course, List<Lesson> lessons, boolean speakerNotes, GlossaryMatcher glossary) {
        this.course = course;
        this.speakerNotes = speakerNotes;
        this.glossary = glossary;
        for (Lesson l : course.lessons().filter(l -> !l.broken()).toList()) {
            lessonIdByFile.putIfAbsent(course.root().resolve(l.file()).normalize(), l.id());
        }
        for (Lesson l : lessons) {
            lessonIds.add(l.id());
        }
    }

    boolean includes(String lessonId) {
        return lessonIds.contains(lessonId);
    }

    Optional<String> lessonIdForFile(Path absolute) {
        return Optional.ofNullable(lessonIdByFile.get(absolute.normalize()));
    }

    /** Records a lesson's heading ids once rendered, so links into it can be checked. */
    void headings(String lessonId, Set<String> ids) {
        headingIds.put(lessonId, ids);
    }

    boolean hasHeading(String lessonId, String headingId) {
        return headingIds.getOrDefault(lessonId, Set.of()).contains(headingId);
    }

    void cite(String key) {
        citedKeys.add(key);
    }

    void useTerm(String id) {
        usedTerms.add(id);
    }

    Set<String> citedKeys() {
        return citedKeys;
    }

    Set<String> usedTerms() {
        return usedTerms;
    }

    static String lessonAnchor(String lessonId) {
        return "lesson-" + Html.idPart(lessonId);
    }

    static String headingAnchor(String lessonId, String headingId) {
        return Html.idPart(lessonId) + "--" + Html.idPart(headingId);
    }

    static String referenceAnchor(String key) {
        return "ref-" + Html.idPart(key);
    }

    static String termAnchor(String termId) {
        return "term-" + Html.idPart(termId);
    }

    static String footnoteAnchor(String lessonId, int n) {
        return Html.idPart(lessonId) + "--fn-" + n;
    }

    static String footnoteRefAnchor(String lessonId, int n) {
        return Html.idPart(lessonId) + "--fnref-" + n;
    }
}
