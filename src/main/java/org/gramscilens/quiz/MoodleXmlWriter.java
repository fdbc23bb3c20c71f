package org.gramscilens.quiz;

import java.math.BigDecimal;
import java.util.List;

/**
 * Writes questions in Moodle XML, the format Moodle's question bank imports ({@code qformat_xml}).
 * The element names and defaults are those Moodle's own exporter writes, so Moodle reads the file as
 * it reads its own: a {@code <question type="category">} whenever the category changes, then per
 * question {@code <name>}, {@code <questiontext format="...">} (in CDATA), {@code <generalfeedback>},
 * {@code <defaultgrade>}, {@code <penalty>}, {@code <hidden>} and what the type needs.
 *
 * <p>A missing-word question is written as its underlying type with {@code _____} in the text, as
 * Moodle stores it. An untitled question is named by its id, which {@link MoodleXmlReader} recognises.
 * Settings the model does not hold (shuffling, numbering, penalties) get Moodle's defaults for imported
 * questions. A {@link Cloze} question is written as Moodle's exporter writes one ({@code type="cloze"},
 * the gaps' definitions in the text).
 */
public final class MoodleXmlWriter {

    public String write(List<Question> questions) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
        String category = "";
        for (Question q : questions) {
            if (!q.category().equals(category)) {
                category = q.category();
                out.append("  <question type=\"category\">\n    <category>\n      <text>")
                        .append(escape(category))
                        .append("</text>\n    </category>\n  </question>\n\n");
            }
            question(out, q instanceof MissingWord mw ? mw.underlying() : q);
            out.append('\n');
        }
        return out.append("</quiz>\n").toString();
    }

    private static void question(StringBuilder out, Question q) {
        QuestionExtras extras = q.info().extras();
        out.append("  <question type=\"").append(moodleType(q)).append("\">\n");
        String name = q.title().isEmpty()
                ? (q.id().isEmpty() ? QuestionIds.fromText(q.text().text()) : q.id())
                : q.title();
        out.append("    <name>\n      <text>").append(escape(name)).append("</text>\n    </name>\n");
        FormattedText text = q instanceof Cloze c
                ? new FormattedText(c.embeddedText(), q.text().format())
                : q.text();
        rich(out, "    ", "questiontext", text, MoodleXmlExtras.files(extras, "questiontext", "    "));
        rich(
                out,
                "    ",
                "generalfeedback",
                q.generalFeedback(),
                MoodleXmlExtras.files(extras, "generalfeedback", "    "));
        boolean description = q.kind() == Question.Kind.DESCRIPTION;
        StringBuilder defaults = new StringBuilder();
        if (q.kind() != Question.Kind.CLOZE) { // Moodle adds up a cloze question's gap weights itself.
            defaults.append("    <defaultgrade>")
                    .append(description ? "0" : "1")
                    .append("</defaultgrade>\n");
        }
        defaults.append("    <penalty>").append(penalty(q)).append("</penalty>\n");
        defaults.append("    <hidden>0</hidden>\n");
        switch (q.kind()) {
            case MULTIPLE_CHOICE -> choices(defaults, out, ((MultipleChoice) q).choices(), true);
            case MULTIPLE_ANSWER -> choices(defaults, out, ((MultipleAnswer) q).choices(), false);
            case TRUE_FALSE -> trueFalse(out, (TrueFalse) q);
            case SHORT_ANSWER -> shortAnswer(out, (ShortAnswer) q);
            case NUMERICAL -> numerical(out, (Numerical) q);
            case MATCHING -> matching(defaults, out, (Matching) q);
            case ESSAY -> essay(defaults);
            default -> {}
        }
        out.append(withoutKept(defaults.toString(), extras));
        out.append(MoodleXmlExtras.elements(extras));
        out.append(MoodleXmlExtras.idAndTags(extras));
        out.append("  </question>\n");
    }

    /** Moodle's defaults, except those the question has its own value for. */
    private static String withoutKept(String defaults, QuestionExtras extras) {
        StringBuilder b = new StringBuilder();
        String element = null;
        for (String line : defaults.split("(?<=\n)")) {
            String trimmed = line.strip();
            if (element == null && trimmed.startsWith("<")) {
                String name = trimmed.substring(1).split("[ >/]", 2)[0];
                boolean closes = trimmed.endsWith("</" + name + ">") || trimmed.endsWith("/>");
                if (extras.element(name).isPresent()) {
                    element = closes ? null : name;
                    continue;
                }
            } else if (element != null) {
                if (trimmed.equals("</" + element + ">")) {
                    element = null;
                }
                continue;
            }
            b.append(line);
        }
        return b.toString();
    }

    /** The {@code type} attribute: Moodle's names, with matching spelled as its exporter spells it. */
    static String moodleType(Question q) {
        return switch (q.kind()) {
            case MULTIPLE_CHOICE, MULTIPLE_ANSWER -> "multichoice";
            case TRUE_FALSE -> "truefalse";
            case SHORT_ANSWER -> "shortanswer";
            case NUMERICAL -> "numerical";
            case MATCHING -> "matching";
            case ESSAY -> "essay";
            case DESCRIPTION -> "description";
            case CLOZE -> "cloze";
            case MISSING_WORD -> moodleType(((MissingWord) q).underlying());
        };
    }

    /** Moodle's defaults: a third off per wrong try; true/false imported from GIFT gets a full penalty. */
    private static String penalty(Question q) {
        return switch (q.kind()) {
            case TRUE_FALSE -> "1";
            case ESSAY, DESCRIPTION -> "0";
            default -> "0.3333333";
        };
    }

    private static void choices(StringBuilder defaults, StringBuilder out, List<Choice> choices, boolean single) {
        out.append("    <single>").append(single).append("</single>\n");
        defaults.append("    <shuffleanswers>true</shuffleanswers>\n");
        defaults.append("    <answernumbering>abc</answernumbering>\n");
        for (Choice c : choices) {
            out.append("    <answer fraction=\"")
                    .append(MoodleGrades.format(c.weight()))
                    .append("\" format=\"")
                    .append(c.text().format().xmlName())
                    .append("\">\n");
            out.append("      <text>").append(cdata(c.text().text())).append("</text>\n");
            rich(out, "      ", "feedback", c.feedback());
            out.append("    </answer>\n");
        }
    }

    private static void trueFalse(StringBuilder out, TrueFalse q) {
        answer(out, q.answer() ? "100" : "0", "true", q.trueFeedback(), "");
        answer(out, q.answer() ? "0" : "100", "false", q.falseFeedback(), "");
    }

    private static void shortAnswer(StringBuilder out, ShortAnswer q) {
        out.append("    <usecase>").append(q.caseSensitive() ? "1" : "0").append("</usecase>\n");
        for (AcceptedAnswer a : q.answers()) {
            answer(out, MoodleGrades.format(a.weight()), a.text(), a.feedback(), "");
        }
    }

    private static void numerical(StringBuilder out, Numerical q) {
        for (NumericAnswer a : q.answers()) {
            String value = a.isAny() ? "*" : plain(a.value());
            answer(
                    out,
                    MoodleGrades.format(a.weight()),
                    value,
                    a.feedback(),
                    "      <tolerance>" + plain(a.tolerance()) + "</tolerance>\n");
        }
    }

    private static void matching(StringBuilder defaults, StringBuilder out, Matching q) {
        defaults.append("    <shuffleanswers>true</shuffleanswers>\n");
        for (MatchPair p : q.pairs()) {
            out.append("    <subquestion format=\"")
                    .append(p.left().format().xmlName())
                    .append("\">\n");
            out.append("      <text>").append(cdata(p.left().text())).append("</text>\n");
            out.append("      <answer>\n        <text>")
                    .append(cdata(p.right()))
                    .append("</text>\n      </answer>\n");
            out.append("    </subquestion>\n");
        }
    }

    private static void essay(StringBuilder out) {
        out.append("    <responseformat>editor</responseformat>\n");
        out.append("    <responserequired>1</responserequired>\n");
        out.append("    <responsefieldlines>15</responsefieldlines>\n");
        out.append("    <attachments>0</attachments>\n");
        out.append("    <attachmentsrequired>0</attachmentsrequired>\n");
        out.append("    <graderinfo format=\"html\">\n      <text></text>\n    </graderinfo>\n");
        out.append("    <responsetemplate format=\"html\">\n      <text></text>\n    </responsetemplate>\n");
    }

    private static void answer(StringBuilder out, String fraction, String text, FormattedText feedback, String extra) {
        out.append("    <answer fraction=\"").append(fraction).append("\" format=\"moodle_auto_format\">\n");
        out.append("      <text>").append(cdata(text)).append("</text>\n");
        rich(out, "      ", "feedback", feedback);
        out.append(extra);
        out.append("    </answer>\n");
    }

    private static void rich(StringBuilder out, String indent, String element, FormattedText t) {
        rich(out, indent, element, t, "");
    }

    private static void rich(StringBuilder out, String indent, String element, FormattedText t, String files) {
        out.append(indent)
                .append('<')
                .append(element)
                .append(" format=\"")
                .append(t.format().xmlName())
                .append("\">\n");
        out.append(indent).append("  <text>").append(cdata(t.text())).append("</text>\n");
        files.lines().forEach(l -> out.append("  ").append(l).append('\n'));
        out.append(indent).append("</").append(element).append(">\n");
    }

    private static String plain(BigDecimal d) {
        return d.toPlainString();
    }

    /** Text in a CDATA section, split where the text itself contains {@code ]]>}. */
    static String cdata(String text) {
        if (text.isEmpty()) {
            return "";
        }
        return "<![CDATA[" + xmlChars(text).replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }

    static String escape(String text) {
        return xmlChars(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** XML 1.0 cannot carry most control characters, even escaped; they become U+FFFD. */
    private static String xmlChars(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = c == '\t'
                    || c == '\n'
                    || c == '\r'
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || Character.isSurrogate(c);
            if (!ok && b == null) {
                b = new StringBuilder(text.substring(0, i));
            }
            if (b != null) {
                b.append(ok ? c : '\uFFFD');
            }
        }
        return b == null ? text : b.toString();
    }
}
