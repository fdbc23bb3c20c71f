package org.gramscilens.review;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.gramscilens.progress.ProgressView;
import org.gramscilens.progress.QuizAttempt;
import org.gramscilens.progress.Reflection;
import org.gramscilens.quiz.Choice;
import org.gramscilens.quiz.Matching;
import org.gramscilens.quiz.MissingWord;
import org.gramscilens.quiz.MultipleAnswer;
import org.gramscilens.quiz.MultipleChoice;
import org.gramscilens.quiz.Question;

/**
 * A learner's answers and reflections as a spreadsheet reads them: one row each, oldest first, RFC 4180
 * (comma-separated, CRLF, a field with a comma, quote or line break in double quotes, quotes doubled).
 * Answers are written as the app shows them: a choice as its 1-based number and text ("2. Hegemony"),
 * several as "1. …; 3. …", a matching as "item → answer" pairs, typed text as typed. A question the course
 * no longer has keeps its answer as stored (letters for choices).
 */
public final class ProgressCsv {
    public static final String HEADER =
            "learner,recorded_at,module_id,question_id,question,kind,answer,score,time_taken_ms";

    private ProgressCsv() {}

    public static void write(ProgressView view, String learner, CourseQuestions questions, DisplayText text, Writer out)
            throws IOException {
        record Row(long seq, List<String> fields) {}
        List<Row> rows = new ArrayList<>();
        for (QuizAttempt a : view.attempts()) {
            Optional<CourseQuestion> q = questions.find(a.questionId());
            rows.add(new Row(
                    a.seq(),
                    List.of(
                            learner,
                            a.at().toString(),
                            a.moduleId(),
                            a.questionId(),
                            q.map(c -> text.of(c.question().text())).orElse(""),
                            "answer",
                            words(q.map(CourseQuestion::question).orElse(null), a.answer(), text),
                            number(a.score()),
                            Long.toString(a.timeTakenMs()))));
        }
        for (Reflection r : view.reflections()) {
            Optional<CourseQuestion> q = questions.find(r.questionId());
            rows.add(new Row(
                    r.seq(),
                    List.of(
                            learner,
                            r.at().toString(),
                            q.map(CourseQuestion::moduleId).orElse(""),
                            r.questionId(),
                            q.map(c -> text.of(c.question().text())).orElse(""),
                            "reflection",
                            r.text(),
                            "",
                            "")));
        }
        rows.sort(Comparator.comparingLong(Row::seq));
        out.write(HEADER);
        out.write("\r\n");
        StringBuilder line = new StringBuilder(256);
        for (Row row : rows) {
            line.setLength(0);
            for (int i = 0; i < row.fields().size(); i++) {
                if (i > 0) {
                    line.append(',');
                }
                field(line, row.fields().get(i));
            }
            out.write(line.append("\r\n").toString());
        }
        out.flush();
    }

    private static String number(double score) {
        return score == Math.rint(score) ? Long.toString((long) score) : Double.toString(score);
    }

    /** An answer in words, as the app shows it (see the class comment). */
    static String words(Question question, JsonNode answer, DisplayText text) {
        if (answer == null || answer.isNull()) {
            return "";
        }
        Question q = question instanceof MissingWord mw ? mw.underlying() : question;
        List<Choice> choices =
                q instanceof MultipleChoice mc ? mc.choices() : q instanceof MultipleAnswer ma ? ma.choices() : null;
        if (choices != null && (answer.isTextual() || answer.isArray())) {
            List<String> parts = new ArrayList<>();
            for (JsonNode letter : answer.isArray() ? answer : List.of(answer)) {
                int i = index(letter.asText());
                parts.add(
                        i >= 0 && i < choices.size()
                                ? (i + 1) + ". " + text.of(choices.get(i).text())
                                : letter.asText());
            }
            return String.join("; ", parts);
        }
        if (q instanceof Matching m && answer.isArray()) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < answer.size() && i < m.subquestions().size(); i++) {
                JsonNode chosen = answer.get(i);
                parts.add(text.of(m.subquestions().get(i).left()) + " \u2192 "
                        + (chosen.isNull() ? "\u2014" : chosen.asText()));
            }
            return String.join("; ", parts);
        }
        if (answer.isBoolean()) {
            return answer.booleanValue() ? "True" : "False";
        }
        if (answer.isValueNode()) {
            return answer.asText();
        }
        List<String> parts = new ArrayList<>();
        answer.forEach(n -> parts.add(n.isNull() ? "\u2014" : n.asText()));
        return String.join("; ", parts);
    }

    /** "A" is 0 (see {@link AnswerJson#letter}); "27" is 26; anything else -1. */
    private static int index(String letter) {
        if (letter.length() == 1 && letter.charAt(0) >= 'A' && letter.charAt(0) <= 'Z') {
            return letter.charAt(0) - 'A';
        }
        try {
            return Integer.parseInt(letter) - 1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void field(StringBuilder line, String value) {
        boolean quote = value.indexOf(',') >= 0
                || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        if (!quote) {
            line.append(value);
        } else {
            line.append('"').append(value.replace("\"", "\"\"")).append('"');
        }
    }
}
