package org.gramscilens.quiz;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Marks responses the way Moodle's question types mark them, so a learner revising here gets the mark
 * Moodle would give:
 * <ul>
 *   <li>multiple choice: the weight of the chosen answer (negative weights give negative marks);</li>
 *   <li>multiple answer: the chosen weights added up, then held between 0 and 1;</li>
 *   <li>true/false: all or nothing;</li>
 *   <li>short answer: the first accepted answer that matches, ignoring case unless the question is
 *       case-sensitive, {@code *} matching any run of characters;</li>
 *   <li>numerical: the first answer whose interval (value ± tolerance) holds the number, the number read
 *       as Moodle reads it ({@code 1,822}, {@code 3,5}, {@code 1.8e3} ...);</li>
 *   <li>matching: the share of items matched correctly;</li>
 *   <li>missing word: as its underlying type; essays and descriptions are not marked;</li>
 *   <li>cloze (embedded answers): each gap marked as its own type, the fractions weighted by the gaps'
 *       weights and divided by their sum (Moodle's {@code qtype_multianswer}).</li>
 * </ul>
 */
public final class Grader {

    private static final Pattern EXPONENT = Pattern.compile("(?:e|E|(?:x|\\*|×)10(?:\\^|\\*\\*))([+-]?\\d+)");
    private static final Pattern NUMBER = Pattern.compile("^[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:e[-+]?\\d+)?");
    private static final Pattern STAR_RUN = Pattern.compile("(?<!\\\\)\\*+");

    /**
     * The mark for {@code response}; empty for questions that are not marked (essay, description).
     *
     * @throws IllegalArgumentException if the response is not the kind the question takes
     */
    public Optional<Grade> grade(Question question, Response response) {
        String right = rightAnswer(question);
        switch (question.kind()) {
            case ESSAY:
            case DESCRIPTION:
                return Optional.empty();
            case MISSING_WORD:
                return grade(((MissingWord) question).underlying(), response);
            case MULTIPLE_CHOICE:
                return Optional.of(single(
                        (MultipleChoice) question, expect(response, Response.SingleChoice.class, question), right));
            case MULTIPLE_ANSWER:
                return Optional.of(multiple(
                        (MultipleAnswer) question, expect(response, Response.MultipleChoices.class, question), right));
            case TRUE_FALSE:
                TrueFalse tf = (TrueFalse) question;
                boolean said =
                        expect(response, Response.TrueOrFalse.class, question).answer();
                return Optional.of(Grade.of(
                        said == tf.answer() ? 1 : 0, (said ? tf.trueFeedback() : tf.falseFeedback()).text(), right));
            case SHORT_ANSWER:
                return Optional.of(shortAnswer(
                        (ShortAnswer) question,
                        expect(response, Response.ShortText.class, question).text(),
                        right));
            case NUMERICAL:
                return Optional.of(numerical(
                        (Numerical) question,
                        expect(response, Response.NumberText.class, question).text(),
                        right));
            case MATCHING:
                return Optional.of(
                        matching((Matching) question, expect(response, Response.Matches.class, question), right));
            case CLOZE:
                return Optional.of(cloze((Cloze) question, expect(response, Response.Gaps.class, question), right));
            default:
                throw new IllegalStateException("unhandled kind " + question.kind());
        }
    }

    private static <R extends Response> R expect(Response response, Class<R> type, Question question) {
        if (!type.isInstance(response)) {
            throw new IllegalArgumentException(
                    "a " + question.kind() + " question takes a " + type.getSimpleName() + " response, not "
                            + (response == null ? "null" : response.getClass().getSimpleName()));
        }
        return type.cast(response);
    }

    private static Grade single(MultipleChoice q, Response.SingleChoice r, String right) {
        if (r.index() < 0 || r.index() >= q.choices().size()) {
            return Grade.of(0, "", right);
        }
        Choice c = q.choices().get(r.index());
        return Grade.of(c.fraction(), c.feedback().text(), right);
    }

    private static Grade multiple(MultipleAnswer q, Response.MultipleChoices r, String right) {
        double sum = 0;
        List<String> feedback = new ArrayList<>();
        for (int i = 0; i < q.choices().size(); i++) {
            if (r.indices().contains(i)) {
                Choice c = q.choices().get(i);
                sum += c.fraction();
                if (!c.feedback().isEmpty()) {
                    feedback.add(c.feedback().text());
                }
            }
        }
        return Grade.of(Math.max(0, Math.min(1, sum)), String.join("\n", feedback), right);
    }

    private static Grade shortAnswer(ShortAnswer q, String typed, String right) {
        String response = GiftText.phpTrim(Normalizer.normalize(typed, Normalizer.Form.NFC));
        if (response.isEmpty()) {
            return Grade.of(0, "", right);
        }
        for (AcceptedAnswer a : q.answers()) {
            if (a.text().equals("*") || matchesWildcard(a.text(), response, q.caseSensitive())) {
                return Grade.of(a.fraction(), a.feedback().text(), right);
            }
        }
        return Grade.of(0, "", right);
    }

    /**
     * Moodle's short-answer comparison: the whole response must match; a run of {@code *} matches any
     * characters and {@code \*} a literal asterisk; case is ignored unless {@code caseSensitive}.
     */
    public static boolean matchesWildcard(String pattern, String response, boolean caseSensitive) {
        String p = Normalizer.normalize(pattern, Normalizer.Form.NFC);
        String[] bits = STAR_RUN.split(p, -1);
        StringBuilder regex = new StringBuilder("^");
        for (int i = 0; i < bits.length; i++) {
            if (i > 0) {
                regex.append(".*");
            }
            String bit = bits[i].replace("\\*", "*");
            if (!bit.isEmpty()) {
                regex.append(Pattern.quote(bit));
            }
        }
        regex.append('$');
        int flags = caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        String r = GiftText.phpTrim(Normalizer.normalize(response, Normalizer.Form.NFC));
        return Pattern.compile(regex.toString(), flags).matcher(r).find();
    }

    private static Grade numerical(Numerical q, String typed, String right) {
        Optional<BigDecimal> value = parseNumber(typed);
        if (value.isEmpty()) {
            return Grade.of(0, "", right);
        }
        for (NumericAnswer a : q.answers()) {
            if (a.accepts(value.get())) {
                return Grade.of(a.fraction(), a.feedback().text(), right);
            }
        }
        return Grade.of(0, "", right);
    }

    /**
     * A typed number read as Moodle reads it: spaces dropped; {@code 1.8x10^3} and the like become
     * {@code 1.8e3}; commas are thousands separators when there is a point or more than one comma,
     * otherwise a decimal comma. Anything left after the number makes it unreadable (these questions have
     * no units).
     */
    public static Optional<BigDecimal> parseNumber(String typed) {
        String s = typed.replace(" ", "");
        s = EXPONENT.matcher(s).replaceAll("e$1");
        if (s.contains(".") || s.chars().filter(c -> c == ',').count() > 1) {
            s = s.replace(",", "");
        } else {
            s = s.replace(',', '.');
        }
        Matcher m = NUMBER.matcher(s);
        if (!m.find() || m.end() != s.length()) {
            return Optional.empty();
        }
        return QuizNumbers.typed(m.group());
    }

    private static Grade matching(Matching q, Response.Matches r, String right) {
        List<MatchPair> items = q.subquestions();
        if (items.isEmpty()) {
            return Grade.of(0, "", right);
        }
        int correct = 0;
        for (int i = 0; i < items.size(); i++) {
            String chosen = i < r.chosen().size() ? r.chosen().get(i) : null;
            if (items.get(i).right().equals(chosen)) {
                correct++;
            }
        }
        return Grade.of((double) correct / items.size(), "", right);
    }

    private Grade cloze(Cloze q, Response.Gaps r, String right) {
        List<Grade> grades = gradeGaps(q, r);
        double sum = 0;
        List<String> feedback = new ArrayList<>();
        for (int i = 0; i < grades.size(); i++) {
            sum += q.gaps().get(i).weight() * grades.get(i).fraction();
            if (!grades.get(i).feedback().isEmpty()) {
                feedback.add((i + 1) + ": " + grades.get(i).feedback());
            }
        }
        int total = q.totalWeight();
        return Grade.of(total == 0 ? 0 : sum / total, String.join("\n", feedback), right);
    }

    /**
     * Each gap's own mark, in order; a gap with no response (or one of the wrong kind, such as a progress
     * entry written before the question changed) is marked as unanswered.
     */
    public List<Grade> gradeGaps(Cloze q, Response.Gaps r) {
        List<Grade> grades = new ArrayList<>();
        for (int i = 0; i < q.gaps().size(); i++) {
            ClozeGap gap = q.gaps().get(i);
            Response part = i < r.parts().size() ? r.parts().get(i) : null;
            Response given =
                    part != null && part.getClass() == emptyResponse(gap).getClass() ? part : emptyResponse(gap);
            grades.add(grade(gap.question(), given).orElseThrow());
        }
        return grades;
    }

    /** What a gap takes when nothing has been given: no choice, no ticks, an empty text. */
    public static Response emptyResponse(ClozeGap gap) {
        return switch (gap.question().kind()) {
            case MULTIPLE_CHOICE -> Response.SingleChoice.none();
            case MULTIPLE_ANSWER -> new Response.MultipleChoices(java.util.Set.of());
            case NUMERICAL -> new Response.NumberText("");
            default -> new Response.ShortText("");
        };
    }

    /** The right answer in words, as shown after a response. */
    public String rightAnswer(Question question) {
        switch (question.kind()) {
            case MISSING_WORD:
                return rightAnswer(((MissingWord) question).underlying());
            case MULTIPLE_CHOICE:
                return best(((MultipleChoice) question).choices())
                        .map(c -> c.text().text())
                        .orElse("");
            case MULTIPLE_ANSWER:
                return ((MultipleAnswer) question)
                        .choices().stream()
                                .filter(c -> c.weight() > 0)
                                .map(c -> c.text().text())
                                .collect(Collectors.joining(", "));
            case TRUE_FALSE:
                return ((TrueFalse) question).answer() ? "True" : "False";
            case SHORT_ANSWER:
                return ((ShortAnswer) question)
                        .answers().stream()
                                .reduce((a, b) -> b.weight() > a.weight() ? b : a)
                                .map(a -> a.text().replace("\\*", "*"))
                                .orElse("");
            case NUMERICAL:
                return ((Numerical) question)
                        .answers().stream()
                                .filter(a -> !a.isAny())
                                .reduce((a, b) -> b.weight() > a.weight() ? b : a)
                                .map(Grader::describe)
                                .orElse("");
            case MATCHING:
                return ((Matching) question)
                        .subquestions().stream()
                                .map(p -> p.left().text() + " → " + p.right())
                                .collect(Collectors.joining("; "));
            case CLOZE:
                List<ClozeGap> gaps = ((Cloze) question).gaps();
                return java.util.stream.IntStream.range(0, gaps.size())
                        .mapToObj(i -> (i + 1) + ": " + rightAnswer(gaps.get(i).question()))
                        .collect(Collectors.joining("; "));
            default:
                return "";
        }
    }

    private static Optional<Choice> best(List<Choice> choices) {
        return choices.stream().reduce((a, b) -> b.weight() > a.weight() ? b : a);
    }

    private static String describe(NumericAnswer a) {
        String value = a.value().toPlainString();
        return a.tolerance().signum() == 0
                ? value
                : value + " ± " + a.tolerance().abs().toPlainString() + " ("
                        + a.min().toPlainString() + " to " + a.max().toPlainString() + ")";
    }
}
