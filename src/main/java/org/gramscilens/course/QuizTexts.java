package org.gramscilens.course;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gramscilens.markdown.syntax.Citation;
import org.gramscilens.markdown.syntax.Citations;
import org.gramscilens.quiz.FormattedText;
import org.gramscilens.quiz.Question;
import org.gramscilens.quiz.QuestionTexts;

/** What a question's texts cite: its text, every answer and its feedback, read from the question model. */
final class QuizTexts {
    private static final Pattern BRACKETS = Pattern.compile("\\[([^\\[\\]]*)\\]");

    private QuizTexts() {}

    static Set<String> citedKeys(Question q) {
        Set<String> keys = new LinkedHashSet<>();
        for (FormattedText text : QuestionTexts.all(q)) {
            Matcher m = BRACKETS.matcher(text.text());
            while (m.find()) {
                for (Citation c : Citations.parse(m.group(1))) {
                    keys.add(c.key());
                }
            }
        }
        return keys;
    }
}
