package org.gramscilens.xapi;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Stable activity IRIs: {@code https://gramsci-lens.org/xapi/<course>/question/<id>} and so on. They depend
 * only on the course id and the question, lesson, module or map id, so statements from every learner's copy
 * of a course name the same activities, whatever machine or version sent them.
 */
public final class ActivityIds {

    public static final String BASE = "https://gramsci-lens.org/xapi/";

    private final String courseId;

    public ActivityIds(String courseId) {
        this.courseId = slug(courseId);
    }

    /** A course id from its title: accents folded, lower case, runs of anything else one hyphen. */
    public static String slug(String text) {
        String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "course" : slug;
    }

    public String courseId() {
        return courseId;
    }

    public String course() {
        return BASE + courseId;
    }

    public String module(String moduleId) {
        return course() + "/module/" + part(moduleId);
    }

    public String question(String questionId) {
        return course() + "/question/" + part(questionId);
    }

    public String lesson(String lessonId) {
        return course() + "/lesson/" + part(lessonId);
    }

    /** A module's quiz, as a whole: what a quiz-completed statement is about. */
    public String quiz(String moduleId) {
        return course() + "/quiz/" + part(moduleId);
    }

    public String map(String mapId) {
        return course() + "/map/" + part(mapId);
    }

    /** The question id in one of this course's question IRIs, or null if it is not one. */
    public String questionIdOf(String iri) {
        String prefix = course() + "/question/";
        return iri != null && iri.startsWith(prefix)
                ? java.net.URLDecoder.decode(iri.substring(prefix.length()), StandardCharsets.UTF_8)
                : null;
    }

    /** The module id in one of this course's module IRIs, or null if it is not one. */
    public String moduleIdOf(String iri) {
        String prefix = course() + "/module/";
        return iri != null && iri.startsWith(prefix)
                ? java.net.URLDecoder.decode(iri.substring(prefix.length()), StandardCharsets.UTF_8)
                : null;
    }

    private static String part(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
