package org.gramscilens.course;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gramscilens.markdown.syntax.Citation;
import org.gramscilens.markdown.syntax.Citations;
import org.gramscilens.quiz.GiftWriter;
import org.gramscilens.quiz.Question;

/** What a question's texts cite: its text, every answer and its feedback, as one GIFT rendering holds them all. */
final class QuizTexts {
    private static final Pattern BRACKETS = Pattern.compile("\\[([^\\[\\]]*)\\]");

    private QuizTexts() {
    }

    static Set<String> citedKeys(Question q) {
        String all = new GiftWriter().write(q).replace("\\:", ":");
        Set<String> keys = new LinkedHashSet<>();
        Matcher m = BRACKETS.matcher(all);
        while (m.find()) {
            for (Citation c : Citations.parse(m.group(1))) {
                keys.add(c.key());
            }
        }
        return keys;
    }
}
