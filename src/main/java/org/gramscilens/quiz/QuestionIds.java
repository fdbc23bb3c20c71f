package org.gramscilens.quiz;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * The stable ids learner progress is stored under.
 *
 * <p>The rule: a question with an explicit id number (GIFT {@code // [id:...]}, Moodle XML
 * {@code <idnumber>}) has it as id. Otherwise a question with a title ({@code ::title::} in GIFT,
 * {@code <name>} in Moodle XML) has its title as id. A question without either gets {@code q-} followed
 * by the first 10 hex digits of the SHA-256 of its question text (UTF-8, as parsed: without the format
 * tag, trimmed, escapes resolved).
 *
 * <p>Two questions never share an id. When a title (or id number) is used again, the first question
 * keeps it and each later one gets the title, {@code ~} and its text's hash ({@code Grant~q-1a2b3c4d5e}),
 * which does not depend on where the question stands; should that still collide (same title, same
 * text), {@code -2}, {@code -3} ... in file order. The same suffixes separate untitled questions with
 * the same text. Duplicate titles are reported, as a warning: Moodle's own examples have them.
 *
 * <p>Why a hash of the text rather than category and position: inserting or moving a question must not
 * hand one question's progress to another. Editing an untitled question's text does give it a new id
 * (its progress starts again), which is the safe side; give questions titles or ids to keep ids through edits.
 */
public final class QuestionIds {

    private static final Pattern GENERATED = Pattern.compile("q-[0-9a-f]{10}(-[0-9]+)?");

    private QuestionIds() {}

    /** The id an untitled question with this text gets (before any {@code -2} suffix). */
    public static String fromText(String questionText) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(questionText.getBytes(StandardCharsets.UTF_8));
            return "q-" + HexFormat.of().formatHex(hash).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * Whether {@code name} is what {@link #assign} gives an untitled question with this text. Writers
     * put the id where Moodle needs a name; readers use this to see that there was no title.
     */
    public static boolean isGeneratedFor(String name, String questionText) {
        return GENERATED.matcher(name).matches() && name.startsWith(fromText(questionText));
    }

    /**
     * The questions with their ids set by the rule above, in the same order. A title or id number used
     * twice is reported to {@code duplicate} (the question, with its new id, and the earlier one that
     * kept the title).
     */
    public static List<Question> assign(List<Question> questions, BiConsumer<Question, Question> duplicate) {
        Map<String, Question> used = new HashMap<>();
        Map<String, Question> named = new HashMap<>();
        List<Question> out = new ArrayList<>(questions.size());
        for (Question q : questions) {
            String explicit = q.info().extras().idNumber();
            String name = explicit.isEmpty() ? q.title() : explicit;
            String hash = fromText(q.text().text());
            Question earlier = name.isEmpty() ? null : named.get(name);
            String base = name.isEmpty() ? hash : earlier == null ? name : name + "~" + hash;
            String id = base;
            for (int n = 2; used.containsKey(id); n++) {
                id = base + "-" + n;
            }
            Question withId = q.withInfo(q.info().withId(id));
            if (earlier != null) {
                duplicate.accept(withId, earlier);
            }
            if (!name.isEmpty()) {
                named.putIfAbsent(name, withId);
            }
            used.put(id, withId);
            out.add(withId);
        }
        return out;
    }
}
