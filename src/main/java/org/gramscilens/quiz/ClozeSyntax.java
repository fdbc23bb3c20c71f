package org.gramscilens.quiz;

import com.vladsch.flexmark.util.sequence.Escaping;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Moodle's embedded-answers syntax, as Moodle's {@code qtype_multianswer} reads it: a gap is
 * {@code {WEIGHT:TYPE:ANSWERS}}, the weight optional (1), the type one of Moodle's names
 * ({@code SHORTANSWER}/{@code SA}/{@code MW}, {@code SHORTANSWER_C}, {@code NUMERICAL}/{@code NM},
 * {@code MULTICHOICE}/{@code MC} and its {@code _V}, {@code _H}, {@code _S} kinds, {@code MULTIRESPONSE}/{@code MR}
 * ...), the answers separated by {@code ~}, each {@code =} (100%) or {@code %50%} then the answer then
 * {@code #feedback}. An answer ends at {@code ~ # }} unless a backslash or {@code &} stands before it
 * ({@code \}} and {@code \#} stand for the characters; HTML entities are decoded), feedback at {@code ~ }}
 * unless a backslash stands before it. A numerical answer is {@code value:tolerance} or {@code *}.
 * Multiple-response weights are scaled so the right ones add up to 100%, and with no {@code %} weight
 * anywhere each wrong one takes back one right one's share, as Moodle does.
 *
 * <p>Gaps Moodle would refuse to save are reported: a choice gap with fewer than 2 answers, a gap with
 * none, a gap with no answer worth 100% (any positive one for multiple response), a numerical answer
 * that is not a number, a weight outside -100..100, or a gap that does not end.
 */
public final class ClozeSyntax {

    private static final Pattern HEADER = Pattern.compile("\\{([0-9]*):([A-Z_]+):");
    private static final Pattern FRACTION = Pattern.compile("%(-?[0-9]+(?:[.,][0-9]*)?)%");
    private static final String NUMBER = "-?(?:[0-9]+[.,]?[0-9]*|[.,][0-9]+)(?:[eE][-+]?[0-9]+)?";
    private static final Pattern NUMERICAL = Pattern.compile("(" + NUMBER + ")(?::-?(" + NUMBER.substring(2) + "))?");

    private enum Sub {
        SHORT,
        SHORT_CASE,
        NUMBER,
        CHOICE,
        RESPONSE
    }

    private record Type(Sub sub, ClozeGap.Layout layout, boolean shuffle) {}

    private static final Map<String, Type> TYPES = types();

    private static Map<String, Type> types() {
        Map<String, Type> m = new java.util.HashMap<>();
        put(m, new Type(Sub.NUMBER, ClozeGap.Layout.TEXT, false), "NUMERICAL", "NM");
        put(m, new Type(Sub.SHORT, ClozeGap.Layout.TEXT, false), "SHORTANSWER", "SA", "MW");
        put(m, new Type(Sub.SHORT_CASE, ClozeGap.Layout.TEXT, false), "SHORTANSWER_C", "SAC", "MWC");
        put(m, new Type(Sub.CHOICE, ClozeGap.Layout.DROPDOWN, false), "MULTICHOICE", "MC");
        put(m, new Type(Sub.CHOICE, ClozeGap.Layout.VERTICAL, false), "MULTICHOICE_V", "MCV");
        put(m, new Type(Sub.CHOICE, ClozeGap.Layout.HORIZONTAL, false), "MULTICHOICE_H", "MCH");
        put(m, new Type(Sub.CHOICE, ClozeGap.Layout.DROPDOWN, true), "MULTICHOICE_S", "MCS");
        put(m, new Type(Sub.CHOICE, ClozeGap.Layout.VERTICAL, true), "MULTICHOICE_VS", "MCVS");
        put(m, new Type(Sub.CHOICE, ClozeGap.Layout.HORIZONTAL, true), "MULTICHOICE_HS", "MCHS");
        put(m, new Type(Sub.RESPONSE, ClozeGap.Layout.VERTICAL, false), "MULTIRESPONSE", "MR");
        put(m, new Type(Sub.RESPONSE, ClozeGap.Layout.HORIZONTAL, false), "MULTIRESPONSE_H", "MRH");
        put(m, new Type(Sub.RESPONSE, ClozeGap.Layout.VERTICAL, true), "MULTIRESPONSE_S", "MRS");
        put(m, new Type(Sub.RESPONSE, ClozeGap.Layout.HORIZONTAL, true), "MULTIRESPONSE_HS", "MRHS");
        return Map.copyOf(m);
    }

    private static void put(Map<String, Type> m, Type t, String... names) {
        for (String n : names) {
            m.put(n, t);
        }
    }

    private ClozeSyntax() {}

    /**
     * A text read for gaps.
     *
     * @param text     the text with {@code {#1}}, {@code {#2}} ... where the gaps were
     * @param gaps     the gaps, in order
     * @param problems what Moodle would refuse, one message per problem, naming the gap by number
     */
    public record Parsed(String text, List<ClozeGap> gaps, List<String> problems) {}

    /** Whether {@code text} holds at least one gap header ({@code {1:SHORTANSWER:}). */
    public static boolean hasGap(String text) {
        Matcher m = HEADER.matcher(text);
        while (m.find()) {
            if (TYPES.containsKey(m.group(2))) {
                return true;
            }
        }
        return false;
    }

    public static Parsed parse(String text) {
        StringBuilder out = new StringBuilder();
        List<ClozeGap> gaps = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Matcher m = HEADER.matcher(text);
        int copied = 0;
        int from = 0;
        while (from < text.length() && m.find(from)) {
            Type type = TYPES.get(m.group(2));
            if (type == null) {
                from = m.start() + 1;
                continue;
            }
            int number = gaps.size() + 1;
            int end = gapEnd(text, m.end());
            if (end < 0) {
                problems.add("gap " + number + " (" + shorten(text.substring(m.start())) + ") has no closing '}'");
                break;
            }
            String definition = text.substring(m.start(), end);
            int weight = m.group(1).isEmpty() ? 1 : weight(m.group(1));
            List<String> mine = new ArrayList<>();
            Question q = subQuestion(type, alternatives(text.substring(m.end(), end - 1)), mine);
            for (String p : mine) {
                problems.add("gap " + number + " (" + shorten(definition) + "): " + p);
            }
            if (q != null && weight >= 0) {
                gaps.add(new ClozeGap(definition, weight, type.layout(), type.shuffle(), q));
                out.append(text, copied, m.start())
                        .append("{#")
                        .append(gaps.size())
                        .append('}');
            } else {
                if (weight < 0) {
                    problems.add("gap " + number + ": the weight " + m.group(1) + " is too large");
                }
                gaps.add(null);
                out.append(text, copied, m.start())
                        .append("{#")
                        .append(gaps.size())
                        .append('}');
            }
            copied = end;
            from = end;
        }
        out.append(text.substring(copied));
        if (gaps.isEmpty() && problems.isEmpty()) {
            problems.add("the text has no gap such as {1:SHORTANSWER:=answer}");
        }
        return new Parsed(out.toString(), problems.isEmpty() ? List.copyOf(gaps) : List.of(), problems);
    }

    private static int weight(String digits) {
        return digits.length() > 6 ? -1 : Integer.parseInt(digits);
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    /** One answer as written: its weight mark ("=", "%50%" or none), text and feedback (null for none). */
    private record Alt(String mark, String answer, String feedback) {}

    /** Just past the '}' that closes the gap whose answers start at {@code start}; -1 if it never closes. */
    private static int gapEnd(String text, int start) {
        List<Alt> alts = new ArrayList<>();
        return scan(text, start, alts);
    }

    private static List<Alt> alternatives(String body) {
        List<Alt> alts = new ArrayList<>();
        scan(body + "}", 0, alts);
        return alts;
    }

    private static int scan(String text, int start, List<Alt> alts) {
        int n = text.length();
        int p = start;
        while (true) {
            String mark = "";
            if (p < n && text.charAt(p) == '=') {
                mark = "=";
                p++;
            } else if (p < n && text.charAt(p) == '%') {
                Matcher f = FRACTION.matcher(text).region(p, n);
                if (f.lookingAt()) {
                    mark = f.group();
                    p = f.end();
                }
            }
            if (p >= n) {
                return -1;
            }
            int a = p++;
            while (p < n && !("~#}".indexOf(text.charAt(p)) >= 0 && !escapedInAnswer(text, p))) {
                p++;
            }
            if (p >= n) {
                return -1;
            }
            String answer = text.substring(a, p);
            String feedback = null;
            if (text.charAt(p) == '#') {
                int f = ++p;
                while (p < n && !("~}".indexOf(text.charAt(p)) >= 0 && text.charAt(p - 1) != '\\')) {
                    p++;
                }
                if (p >= n) {
                    return -1;
                }
                feedback = text.substring(f, p);
            }
            alts.add(new Alt(mark, answer, feedback));
            if (text.charAt(p++) == '}') {
                return p;
            }
        }
    }

    private static boolean escapedInAnswer(String text, int p) {
        char before = text.charAt(p - 1);
        return before == '\\' || before == '&' || text.startsWith("&amp;", p - 5);
    }

    private static String decode(String raw) {
        return Escaping.unescapeHtml(raw).replace("\\}", "}").replace("\\#", "#");
    }

    private static Question subQuestion(Type type, List<Alt> alts, List<String> problems) {
        QuestionInfo none = QuestionInfo.of("", FormattedText.EMPTY);
        List<Double> percents = new ArrayList<>();
        boolean specific = false;
        for (Alt alt : alts) {
            double percent = 0;
            if (alt.mark().equals("=")) {
                percent = 100;
            } else if (!alt.mark().isEmpty()) {
                percent = Double.parseDouble(
                        alt.mark().substring(1, alt.mark().length() - 1).replace(',', '.'));
                specific = true;
            }
            if (percent < -100 || percent > 100) {
                problems.add("the weight " + alt.mark() + " is outside -100% to 100%");
                return null;
            }
            percents.add(percent);
        }
        long given =
                alts.stream().filter(a -> !decode(a.answer()).strip().isEmpty()).count();
        boolean choice = type.sub() == Sub.CHOICE || type.sub() == Sub.RESPONSE;
        if (choice && given < 2) {
            problems.add("a choice gap needs at least 2 answers");
        } else if (given == 0) {
            problems.add("the gap has no answer");
        }
        boolean full = type.sub() == Sub.RESPONSE
                ? percents.stream().anyMatch(w -> w > 0)
                : percents.stream().anyMatch(w -> w == 100);
        if (!full) {
            problems.add(
                    type.sub() == Sub.RESPONSE
                            ? "no answer has a positive weight"
                            : "no answer is worth 100% (mark one with '=' or %100%)");
        }
        if (type.sub() == Sub.RESPONSE) {
            scaleResponses(percents, specific);
        }
        List<Choice> choices = new ArrayList<>();
        List<AcceptedAnswer> accepted = new ArrayList<>();
        List<NumericAnswer> numbers = new ArrayList<>();
        for (int i = 0; i < alts.size(); i++) {
            Alt alt = alts.get(i);
            String answer = decode(alt.answer());
            FormattedText feedback = alt.feedback() == null
                    ? FormattedText.EMPTY
                    : FormattedText.of(decode(alt.feedback()), TextFormat.HTML);
            double w = percents.get(i);
            switch (type.sub()) {
                case CHOICE, RESPONSE ->
                    choices.add(new Choice(FormattedText.of(answer, TextFormat.HTML), w, feedback));
                case SHORT, SHORT_CASE -> accepted.add(new AcceptedAnswer(answer, w, feedback));
                case NUMBER -> {
                    NumericAnswer na = number(alt.answer(), w, feedback, problems);
                    if (na != null) {
                        numbers.add(na);
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return switch (type.sub()) {
            case CHOICE -> new MultipleChoice(none, choices);
            case RESPONSE -> new MultipleAnswer(none, choices);
            case SHORT -> new ShortAnswer(none, accepted, false);
            case SHORT_CASE -> new ShortAnswer(none, accepted, true);
            case NUMBER -> new Numerical(none, numbers);
        };
    }

    /** Moodle's scaling of multiple-response weights (the right ones add up to 100%). */
    private static void scaleResponses(List<Double> percents, boolean specific) {
        double total = percents.stream()
                        .filter(w -> w > 0)
                        .mapToDouble(Double::doubleValue)
                        .sum()
                / 100;
        if (total == 0) {
            return;
        }
        for (int i = 0; i < percents.size(); i++) {
            double w = percents.get(i);
            if (w > 0) {
                percents.set(i, w / total);
            } else if (!specific) {
                percents.set(i, Math.max(-100, -100 / total));
            }
        }
    }

    private static NumericAnswer number(String raw, double weight, FormattedText feedback, List<String> problems) {
        String t = raw.strip();
        if (t.equals("*")) {
            return NumericAnswer.any(weight, feedback);
        }
        Matcher m = NUMERICAL.matcher(t);
        if (!m.matches()) {
            problems.add("the answer '" + t + "' is not a number (nor * for any other answer)");
            return null;
        }
        try {
            BigDecimal value = QuizNumbers.parse(m.group(1).replace(',', '.'));
            BigDecimal tolerance = m.group(2) == null
                    ? BigDecimal.ZERO
                    : QuizNumbers.parse(m.group(2).replace(',', '.'));
            return new NumericAnswer(value, tolerance, weight, feedback);
        } catch (QuizNumbers.OutOfRange e) {
            problems.add("bad number: the answer " + e.getMessage());
            return null;
        }
    }
}
