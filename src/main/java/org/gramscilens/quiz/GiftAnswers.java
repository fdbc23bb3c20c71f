package org.gramscilens.quiz;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Reads the inside of a GIFT answer block once its type is known, following Moodle's importer
 * (qformat_gift) rule by rule. Errors throw {@link GiftSyntaxException}; doubts that Moodle itself
 * only warns about go to the {@code warn} callback and the question is kept.
 */
final class GiftAnswers {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern WEIGHT = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private GiftAnswers() {}

    /** A piece of an answer block: the marker that opened it ({@code 0} for text before any marker). */
    private record Piece(char marker, SourcePosition at, GiftSlice content) {}

    /** Text with the format its {@code [tag]} named, or the default format. */
    record Tagged(String text, TextFormat format) {
        FormattedText formatted() {
            return new FormattedText(text, format);
        }
    }

    /** Moodle's parse_text_with_format: a leading {@code [html]}-style tag sets the format. */
    static Tagged withFormat(String raw, TextFormat defaultFormat) {
        String s = GiftText.phpTrim(raw);
        if (s.startsWith("[")) {
            int close = s.indexOf(']');
            if (close > 0) {
                var named = TextFormat.fromGiftName(s.substring(1, close));
                if (named.isPresent()) {
                    return new Tagged(GiftText.phpTrim(s.substring(close + 1)), named.get());
                }
            }
        }
        return new Tagged(s, defaultFormat);
    }

    static Question multipleChoice(
            QuestionInfo info,
            TextFormat fmt,
            GiftSlice answers,
            SourcePosition block,
            BiConsumer<SourcePosition, String> warn)
            throws GiftSyntaxException {
        boolean single = answers.indexOf('=') >= 0;
        List<Piece> pieces = split(answers, "~=");
        if (pieces.size() < 2) {
            throw new GiftSyntaxException(
                    block, "a multiple-choice question needs at least 2 answers; found " + pieces.size());
        }
        List<Choice> choices = new ArrayList<>();
        for (Piece p : pieces) {
            GiftSlice content = p.content().trim();
            double weight;
            if (p.marker() == '=') {
                if (weightToken(content) != null) {
                    throw new GiftSyntaxException(
                            content.start(),
                            "'=' already marks the answer worth 100%;" + " for partial credit write ~%50%answer");
                }
                weight = 100;
            } else if (plusSign(content)) {
                // Moodle's weight pattern has no '+': it reads no weight (0%) and keeps "%+50%" as answer text.
                warn.accept(
                        content.start(),
                        "Moodle reads '" + weightToken(content).text() + "' as part of the"
                                + " answer text, so this answer is worth 0%: write "
                                + weightToken(content).text().replace("+", "")
                                + " for partial credit");
                weight = 0;
            } else {
                Weighted w = parseWeight(content);
                weight = w == null ? 0 : w.weight();
                content = w == null ? content : w.rest().trim();
            }
            GiftSlice[] parts = splitFeedback(content);
            Tagged text = withFormat(parts[0].text(), fmt);
            if (text.text().isEmpty()) {
                throw new GiftSyntaxException(p.at(), "empty answer");
            }
            choices.add(new Choice(
                    text.formatted(), weight, withFormat(parts[1].text(), fmt).formatted()));
        }
        if (single) {
            return new MultipleChoice(info, choices);
        }
        double positive =
                choices.stream().mapToDouble(Choice::weight).filter(w -> w > 0).sum();
        if (Math.round(positive) != 100) {
            warn.accept(
                    block,
                    "the positive weights of this multiple-answer question add up to "
                            + MoodleGrades.format(Math.round(positive * 1000) / 1000.0) + "%, not 100%, so "
                            + (positive < 100
                                    ? "choosing every right answer does not earn full marks"
                                    : "full marks come without choosing every right answer")
                            + " (Moodle warns about this too)");
        }
        return new MultipleAnswer(info, choices);
    }

    static Question matching(QuestionInfo info, TextFormat fmt, GiftSlice answers, SourcePosition block)
            throws GiftSyntaxException {
        List<Piece> pieces = split(answers, "=");
        if (pieces.size() < 2) {
            throw new GiftSyntaxException(block, "a matching question needs at least 2 pairs; found " + pieces.size());
        }
        List<MatchPair> pairs = new ArrayList<>();
        for (Piece p : pieces) {
            GiftSlice content = p.content().trim();
            int arrow = content.indexOf("->");
            if (arrow < 0) {
                throw new GiftSyntaxException(
                        p.at(), "a matching pair needs '->' between its two sides" + " (=item -> match)");
            }
            String right = content.sub(arrow + 2).finalText();
            if (right.isEmpty()) {
                throw new GiftSyntaxException(
                        content.position(arrow), "nothing after '->': a matching pair needs" + " a right-hand side");
            }
            pairs.add(new MatchPair(
                    withFormat(content.sub(0, arrow).text(), fmt).formatted(), right));
        }
        long items = pairs.stream().filter(p -> !p.isDistractor()).count();
        if (items < 2) {
            throw new GiftSyntaxException(
                    block,
                    "a matching question needs at least 2 pairs with a left-hand"
                            + " item (extra answers written '= -> answer' do not count); found " + items);
        }
        return new Matching(info, pairs);
    }

    static Question trueFalse(QuestionInfo info, TextFormat fmt, GiftSlice answers) {
        int first = answers.indexOf('#');
        int second = first < 0 ? -1 : answers.indexOf('#', first + 1);
        String value = (first < 0 ? answers : answers.sub(0, first)).finalText();
        String wrong = first < 0
                ? ""
                : answers.sub(first + 1, second < 0 ? answers.length() : second).text();
        String right = second < 0 ? "" : answers.sub(second + 1).text();
        boolean answer = value.equals("T") || value.equals("TRUE");
        FormattedText rightFeedback = withFormat(right, fmt).formatted();
        FormattedText wrongFeedback = withFormat(wrong, fmt).formatted();
        return answer
                ? new TrueFalse(info, true, rightFeedback, wrongFeedback)
                : new TrueFalse(info, false, wrongFeedback, rightFeedback);
    }

    static Question shortAnswer(QuestionInfo info, TextFormat fmt, GiftSlice answers) throws GiftSyntaxException {
        List<AcceptedAnswer> accepted = new ArrayList<>();
        for (Piece p : split(answers, "=")) {
            GiftSlice content = p.content().trim();
            Weighted w = parseWeight(content);
            double weight = w == null ? 100 : w.weight();
            content = w == null ? content : w.rest().trim();
            GiftSlice[] parts = splitFeedback(content);
            // Moodle reads a format tag here too, then keeps only the text: short answers are plain.
            String text = withFormat(parts[0].text(), fmt).text();
            if (text.isEmpty()) {
                throw new GiftSyntaxException(p.at(), "empty answer");
            }
            accepted.add(new AcceptedAnswer(
                    text, weight, withFormat(parts[1].text(), fmt).formatted()));
        }
        return new ShortAnswer(info, accepted, false);
    }

    static Question numerical(QuestionInfo info, TextFormat fmt, GiftSlice answers, SourcePosition block)
            throws GiftSyntaxException {
        GiftSlice body = answers.sub(1);
        int tilde = body.indexOf('~');
        GiftSlice main = tilde < 0 ? body : body.sub(0, tilde);
        List<Piece> pieces = split(main, "=");
        if (pieces.isEmpty()) {
            throw new GiftSyntaxException(
                    block, "a numerical question needs at least one answer, such as {#42}" + " or {#41..43}");
        }
        List<NumericAnswer> result = new ArrayList<>();
        for (Piece p : pieces) {
            GiftSlice content = p.content().trim();
            Weighted w = parseWeight(content);
            double weight = w == null ? 100 : w.weight();
            content = w == null ? content : w.rest().trim();
            GiftSlice[] parts = splitFeedback(content);
            FormattedText feedback = withFormat(parts[1].text(), fmt).formatted();
            GiftSlice number = parts[0].trim();
            if (number.isEmpty()) {
                throw new GiftSyntaxException(p.at(), "empty answer");
            }
            result.add(numericAnswer(number, weight, feedback));
        }
        if (tilde >= 0) {
            GiftSlice other = body.sub(tilde + 1);
            int hash = other.indexOf('#');
            String feedback = hash < 0 ? "" : other.sub(hash + 1).text();
            result.add(NumericAnswer.any(0, withFormat(feedback, fmt).formatted()));
        }
        return new Numerical(info, result);
    }

    private static NumericAnswer numericAnswer(GiftSlice s, double weight, FormattedText feedback)
            throws GiftSyntaxException {
        int range = s.indexOf("..");
        if (range > 0) {
            BigDecimal min = number(s.sub(0, range), "number");
            BigDecimal max = number(s.sub(range + 2), "number");
            try {
                BigDecimal[] midHalf =
                        QuizNumbers.midpointAndHalfWidth(min, max, s.trim().text());
                return new NumericAnswer(midHalf[0], midHalf[1], weight, feedback);
            } catch (QuizNumbers.OutOfRange e) {
                throw new GiftSyntaxException(s.trim().start(), "bad number: " + e.getMessage());
            }
        }
        int colon = s.indexOf(':');
        GiftSlice value = colon > 0 ? s.sub(0, colon) : s;
        BigDecimal tolerance = colon > 0 ? number(s.sub(colon + 1), "tolerance") : BigDecimal.ZERO;
        if (value.trim().text().equals("*")) {
            return NumericAnswer.any(weight, feedback);
        }
        return new NumericAnswer(number(value, "number"), tolerance, weight, feedback);
    }

    private static BigDecimal number(GiftSlice s, String what) throws GiftSyntaxException {
        GiftSlice t = s.trim();
        String text = t.text();
        if (!NUMBER.matcher(text).matches()) {
            throw new GiftSyntaxException(
                    t.isEmpty() ? s.start() : t.start(),
                    "bad number: "
                            + (text.isEmpty() ? "the " + what + " is missing" : "'" + text + "' is not a " + what));
        }
        try {
            return QuizNumbers.parse(text);
        } catch (QuizNumbers.OutOfRange e) {
            throw new GiftSyntaxException(t.start(), "bad number: " + e.getMessage());
        }
    }

    private record Weighted(double weight, GiftSlice rest) {}

    /** The {@code %50%} at the start of {@code s}, if any: a percent sign, no blanks, a percent sign. */
    private static GiftSlice weightToken(GiftSlice s) {
        if (!s.startsWith("%")) {
            return null;
        }
        int close = s.indexOf('%', 1);
        if (close < 2) {
            return null;
        }
        for (int i = 1; i < close; i++) {
            if (GiftText.isBlank(s.charAt(i))) {
                return null;
            }
        }
        return s.sub(0, close + 1);
    }

    private static boolean plusSign(GiftSlice s) {
        GiftSlice token = weightToken(s);
        return token != null && token.text().startsWith("%+");
    }

    /**
     * Reads a leading weight. Moodle silently keeps a malformed one as answer text; we report it,
     * since {@code ~%5O%answer} is always a typing slip.
     */
    private static Weighted parseWeight(GiftSlice s) throws GiftSyntaxException {
        GiftSlice token = weightToken(s);
        if (token == null) {
            return null;
        }
        String inner = token.text().substring(1, token.length() - 1);
        if (inner.startsWith("+")) {
            throw new GiftSyntaxException(
                    token.start(),
                    "bad weight '" + token.text() + "': Moodle does not read" + " a '+' sign here; write "
                            + token.text().replace("+", ""));
        }
        if (!WEIGHT.matcher(inner).matches()) {
            throw new GiftSyntaxException(
                    token.start(), "bad weight '" + token.text() + "': write a percentage such as %50% or %-25%");
        }
        double percent = Double.parseDouble(inner);
        if (percent < -100 || percent > 100) {
            throw new GiftSyntaxException(
                    token.start(), "bad weight '" + token.text() + "': weights run from -100% to 100%");
        }
        OptionalDouble canonical = MoodleGrades.canonical(percent);
        if (canonical.isEmpty()) {
            throw new GiftSyntaxException(
                    token.start(), "bad weight '" + token.text() + "': " + MoodleGrades.notAllowedMessage(percent));
        }
        return new Weighted(canonical.getAsDouble(), s.sub(token.length()));
    }

    /** Answer and feedback: split at the first unescaped {@code #}. */
    private static GiftSlice[] splitFeedback(GiftSlice s) {
        int hash = s.indexOf('#');
        return hash < 0 ? new GiftSlice[] {s, s.sub(s.length())} : new GiftSlice[] {s.sub(0, hash), s.sub(hash + 1)};
    }

    /**
     * Splits at every unescaped marker character. Text before the first marker is kept as a piece of
     * its own when it is not blank, as Moodle keeps it (as a wrong answer, or the only answer).
     */
    private static List<Piece> split(GiftSlice s, String markers) {
        List<Piece> pieces = new ArrayList<>();
        int start = 0;
        char marker = 0;
        SourcePosition at = s.start();
        for (int i = 0; i <= s.length(); i++) {
            boolean isMarker = i < s.length() && markers.indexOf(s.charAt(i)) >= 0 && s.isMarker(i, s.charAt(i));
            if (i == s.length() || isMarker) {
                GiftSlice content = s.sub(start, i);
                if (marker != 0 || !content.trim().isEmpty()) {
                    pieces.add(new Piece(marker, marker == 0 ? content.trim().start() : at, content));
                }
                if (isMarker) {
                    marker = s.charAt(i);
                    at = s.position(i);
                    start = i + 1;
                }
            }
        }
        return pieces;
    }
}
