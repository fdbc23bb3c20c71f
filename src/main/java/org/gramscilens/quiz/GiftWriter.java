package org.gramscilens.quiz;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes questions as GIFT that {@link GiftParser} (and Moodle) read back as the same questions.
 * Special characters are escaped ({@code \~ \= \# \{ \} \: \\}, line breaks as {@code \n}); a format
 * tag is written where the format differs from the default, and also where the text itself begins with
 * something the parser would otherwise take for syntax (a {@code %50%} weight, a {@code [tag]}, a
 * {@code //} comment).
 *
 * <p>A few things GIFT cannot say at all (a case-sensitive short answer, a {@code ->} on the left of a
 * matching pair ...). {@link #limitations(Question)} lists them for a question; {@link #write} still
 * writes such a question as closely as it can.
 */
public final class GiftWriter {

    public String write(List<Question> questions) {
        StringBuilder out = new StringBuilder();
        String category = "";
        for (Question q : questions) {
            if (q.kind() == Question.Kind.CLOZE) {
                continue; // GIFT has no embedded answers; limitations() says so.
            }
            if (!q.category().equals(category)) {
                category = q.category();
                out.append("$CATEGORY: ").append(escape(category)).append("\n\n");
            }
            out.append(write(q)).append('\n');
        }
        return out.toString();
    }

    /** One question, without its category, ending with a line break. */
    public String write(Question question) {
        Question q = question instanceof MissingWord mw ? mw.underlying() : question;
        TextFormat fmt = q.text().format();
        String block = block(q, fmt);
        StringBuilder out = new StringBuilder(GiftComments.write(question.info().extras()));
        if (!q.title().isEmpty()) {
            out.append("::").append(escape(q.title())).append(":: ");
        }
        String text = q.text().text();
        boolean tag =
                fmt != TextFormat.MOODLE || looksLikeTag(text) || (q.title().isEmpty() && text.startsWith("//"));
        if (tag) {
            out.append('[').append(fmt.giftName()).append(']');
        }
        if (question instanceof MissingWord mw
                && !mw.textAfter().isEmpty()
                && mw.blankText().equals(MissingWord.BLANK)) {
            out.append(escape(mw.textBefore())).append(block).append(escape(mw.textAfter()));
        } else {
            out.append(escape(text));
            if (!block.isEmpty()) {
                out.append(text.isEmpty() && !tag ? "" : " ").append(block);
            }
        }
        return out.append('\n').toString();
    }

    private static String block(Question q, TextFormat fmt) {
        String gf = q.generalFeedback().isEmpty() ? "" : "####" + part(q.generalFeedback(), fmt);
        switch (q.kind()) {
            case DESCRIPTION:
                return "";
            case ESSAY:
                return "{" + gf + "}";
            case TRUE_FALSE:
                return trueFalse((TrueFalse) q, fmt, gf);
            case MULTIPLE_CHOICE:
                return choices(((MultipleChoice) q).choices(), true, fmt, gf);
            case MULTIPLE_ANSWER:
                return choices(((MultipleAnswer) q).choices(), false, fmt, gf);
            case SHORT_ANSWER:
                return shortAnswer((ShortAnswer) q, fmt, gf);
            case MATCHING:
                return matching((Matching) q, fmt, gf);
            case NUMERICAL:
                return numerical((Numerical) q, fmt, gf);
            default:
                throw new IllegalArgumentException("cannot write a " + q.kind() + " inside another question");
        }
    }

    private static String trueFalse(TrueFalse q, TextFormat fmt, String gf) {
        StringBuilder b = new StringBuilder("{").append(q.answer() ? "TRUE" : "FALSE");
        FormattedText wrong = q.wrongFeedback();
        FormattedText right = q.rightFeedback();
        if (!wrong.isEmpty()) {
            b.append('#').append(part(wrong, fmt));
        } else if (!right.isEmpty()) {
            b.append('#');
        }
        if (!right.isEmpty()) {
            b.append('#').append(part(right, fmt));
        }
        return b.append(gf).append('}').toString();
    }

    private static String choices(List<Choice> choices, boolean single, TextFormat fmt, String gf) {
        StringBuilder b = new StringBuilder("{\n");
        boolean equalsWritten = false;
        for (Choice c : choices) {
            String marker;
            if (single && c.weight() == 100 && !equalsWritten) {
                marker = "=";
                // One '=' is enough to make it single-answer; the '~' the others get keeps it multiple choice.
                equalsWritten = true;
            } else if (c.weight() == 0) {
                marker = "~";
            } else {
                marker = "~%" + MoodleGrades.format(c.weight()) + "%";
            }
            b.append('\t').append(marker).append(part(c.text(), fmt));
            if (!c.feedback().isEmpty()) {
                b.append('#').append(part(c.feedback(), fmt));
            }
            b.append('\n');
        }
        return close(b, gf);
    }

    private static String shortAnswer(ShortAnswer q, TextFormat fmt, String gf) {
        StringBuilder b = new StringBuilder("{\n");
        for (AcceptedAnswer a : q.answers()) {
            b.append("\t=");
            if (a.weight() != 100 || a.text().startsWith("%")) {
                b.append('%').append(MoodleGrades.format(a.weight())).append('%');
            }
            // The parser drops a leading format tag from short answers, so protect a text that starts with one.
            b.append(looksLikeTag(a.text()) ? "[moodle]" : "").append(escape(a.text()));
            if (!a.feedback().isEmpty()) {
                b.append('#').append(part(a.feedback(), fmt));
            }
            b.append('\n');
        }
        return close(b, gf);
    }

    private static String matching(Matching q, TextFormat fmt, String gf) {
        StringBuilder b = new StringBuilder("{\n");
        for (MatchPair p : q.pairs()) {
            b.append("\t=").append(p.isDistractor() ? "" : part(p.left(), fmt)).append(' ');
            b.append("-> ").append(escape(p.right())).append('\n');
        }
        return close(b, gf);
    }

    private static String numerical(Numerical q, TextFormat fmt, String gf) {
        StringBuilder b = new StringBuilder("{#\n");
        List<NumericAnswer> answers = q.answers();
        for (int i = 0; i < answers.size(); i++) {
            NumericAnswer a = answers.get(i);
            boolean otherwise = a.isAny() && a.weight() == 0 && i == answers.size() - 1 && i > 0;
            if (otherwise) {
                // GIFT's form for feedback on any other answer; Moodle stores it as '*' worth 0%.
                b.append("\t~");
            } else {
                b.append("\t=");
                if (a.weight() != 100) {
                    b.append('%').append(MoodleGrades.format(a.weight())).append('%');
                }
                if (a.isAny()) {
                    b.append('*');
                } else {
                    b.append(plain(a.value()));
                    if (a.tolerance().signum() != 0) {
                        b.append(':').append(plain(a.tolerance()));
                    }
                }
            }
            if (!a.feedback().isEmpty()) {
                b.append('#').append(part(a.feedback(), fmt));
            }
            b.append('\n');
        }
        return close(b, gf);
    }

    private static String close(StringBuilder b, String gf) {
        if (!gf.isEmpty()) {
            b.append('\t').append(gf).append('\n');
        }
        return b.append('}').toString();
    }

    /** A piece of text inside a question, with a format tag when it differs from the question's. */
    private static String part(FormattedText t, TextFormat questionFormat) {
        boolean tag = t.format() != questionFormat
                || looksLikeTag(t.text())
                || t.text().startsWith("%");
        return (tag ? "[" + t.format().giftName() + "]" : "") + escape(t.text());
    }

    private static boolean looksLikeTag(String text) {
        if (!text.startsWith("[")) {
            return false;
        }
        int close = text.indexOf(']');
        return close > 0 && TextFormat.fromGiftName(text.substring(1, close)).isPresent();
    }

    private static String plain(BigDecimal d) {
        return d.toPlainString();
    }

    /** Moodle's escaping: the special characters get a backslash, a line break becomes {@code \n}. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '~', '=', '#', '{', '}', ':' -> b.append('\\').append(c);
                case '\n' -> b.append("\\n");
                case '\r' -> {
                    if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                        b.append("\\n");
                    }
                }
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * What GIFT cannot hold of this question; empty when {@link #write} reproduces it exactly.
     */
    public List<String> limitations(Question question) {
        Objects.requireNonNull(question, "question");
        List<String> out = new ArrayList<>();
        Question q = question instanceof MissingWord mw ? mw.underlying() : question;
        switch (q.kind()) {
            case CLOZE ->
                out.add("GIFT has no embedded-answers (cloze) questions, so it is left out; convert to"
                        + " moodle-xml or json to keep it");
            case DESCRIPTION -> {
                if (q.title().isEmpty() && q.text().isEmpty()) {
                    out.add("a description with neither title nor text leaves nothing to write");
                }
            }
            case MULTIPLE_CHOICE -> {
                List<Choice> cs = ((MultipleChoice) q).choices();
                checkChoices(cs, out);
                if (cs.stream().noneMatch(c -> c.weight() == 100)) {
                    out.add("GIFT marks a single-answer question by an '=' answer worth 100%; none is");
                }
            }
            case MULTIPLE_ANSWER -> checkChoices(((MultipleAnswer) q).choices(), out);
            case SHORT_ANSWER -> checkShortAnswer((ShortAnswer) q, out);
            case MATCHING -> checkMatching((Matching) q, out);
            case NUMERICAL -> {
                List<NumericAnswer> as = ((Numerical) q).answers();
                if (as.isEmpty()) {
                    out.add("a numerical question needs at least one answer");
                }
                as.forEach(a -> checkWeight(a.weight(), out));
            }
            default -> {}
        }
        QuestionExtras extras = question.info().extras();
        List<String> left = new ArrayList<>();
        if (!extras.files().isEmpty()) {
            left.add("embedded files ("
                    + String.join(
                            ", ",
                            extras.files().stream()
                                    .map(QuestionExtras.MediaFile::name)
                                    .distinct()
                                    .toList()) + ")");
        }
        List<String> settings = extras.moodleElements().stream()
                .map(QuestionExtras.MoodleElement::name)
                .distinct()
                .toList();
        if (!settings.isEmpty()) {
            left.add("Moodle settings <" + String.join(">, <", settings) + ">");
        }
        if (!left.isEmpty()) {
            out.add("GIFT has no place for " + String.join(" and ", left) + ", so they are left out");
        }
        return out;
    }

    private static void checkChoices(List<Choice> choices, List<String> out) {
        if (choices.size() < 2) {
            out.add("a multiple-choice question needs at least 2 answers");
        }
        if (choices.stream().anyMatch(c -> c.text().isEmpty())) {
            out.add("an answer is empty");
        }
        choices.forEach(c -> checkWeight(c.weight(), out));
    }

    private static void checkShortAnswer(ShortAnswer q, List<String> out) {
        if (q.caseSensitive()) {
            out.add("GIFT cannot mark a short answer as case-sensitive; it will be read back as case-insensitive");
        }
        if (q.answers().isEmpty()) {
            out.add("a short-answer question needs at least one answer");
        }
        for (AcceptedAnswer a : q.answers()) {
            if (a.text().isEmpty()) {
                out.add("an answer is empty");
            }
            if (a.text().contains("->") || a.feedback().text().contains("->")) {
                out.add("'->' in a short answer or its feedback makes GIFT read the question as matching");
            }
            checkWeight(a.weight(), out);
        }
    }

    private static void checkMatching(Matching q, List<String> out) {
        if (q.pairs().size() < 2 || q.subquestions().size() < 2) {
            out.add("a matching question needs at least 2 pairs with a left-hand item");
        }
        for (MatchPair p : q.pairs()) {
            if (p.left().text().contains("->")) {
                out.add("GIFT cannot write '->' on the left of a matching pair");
            }
            if (p.right().isEmpty()) {
                out.add("a matching pair has an empty right-hand side");
            }
        }
    }

    private static void checkWeight(double weight, List<String> out) {
        if (MoodleGrades.canonical(weight).isEmpty()) {
            out.add(MoodleGrades.notAllowedMessage(weight));
        }
    }
}
