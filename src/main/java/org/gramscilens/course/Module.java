package org.gramscilens.course;

import java.util.List;

/**
 * A module of the course: a folder {@code modules/<id>} with one or more lessons and, optionally, its
 * questions in {@code quiz.gift} (or, without one, in Moodle XML as {@code quiz.xml}).
 *
 * @param quiz the quiz file relative to the course folder, or null when the module has none
 */
public record Module(String id, String title, List<Lesson> lessons, java.nio.file.Path quiz) {
    public static final String QUIZ_FILE = "quiz.gift";
    /** A module without a quiz.gift may keep its questions in Moodle XML (cloze questions need it). */
    public static final String MOODLE_QUIZ_FILE = "quiz.xml";

    /** Reads a module's quiz file, GIFT or Moodle XML by its name. */
    public static org.gramscilens.quiz.ParseResult readQuiz(
            String content, java.nio.file.Path quiz, String shown, org.gramscilens.quiz.GiftParser gift) {
        return quiz.toString().endsWith(".xml")
                ? new org.gramscilens.quiz.MoodleXmlReader().read(content, shown)
                : gift.parse(content, shown);
    }

    public Module {
        lessons = List.copyOf(lessons);
    }
}
