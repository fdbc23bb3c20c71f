package org.gramscilens.quiz;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;

/**
 * Reads Moodle XML ({@code qformat_xml}) so lecturers can bring questions exported from Moodle. It reads
 * what Moodle's importer reads for the types the model has, with Moodle's defaults, and reports (then
 * skips) what Moodle would refuse or the model cannot hold: other question types (calculated,
 * drag-and-drop ...), a question without a name, weights not on Moodle's list, unusable numbers.
 * Text in {@code _____} form becomes a {@link MissingWord} question, as in GIFT.
 */
public final class MoodleXmlReader {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    /** A question the reader has to skip. */
    private static final class Skip extends Exception {
        private final SourcePosition position;

        Skip(SourcePosition position, String message) {
            super(message, null, false, false);
            this.position = position;
        }
    }

    public ParseResult read(Path file) throws IOException {
        return read(
                Files.readString(file, StandardCharsets.UTF_8), file.toString().replace('\\', '/'));
    }

    public ParseResult read(String xml, String path) {
        List<GiftProblem> problems = new ArrayList<>();
        XmlNode root;
        String text = xml.startsWith("\uFEFF") ? xml.substring(1) : xml;
        GiftProblem forbidden = forbiddenCharacter(text, path);
        if (forbidden != null) {
            problems.add(forbidden);
            return new ParseResult(List.of(), problems);
        }
        try {
            root = XmlNode.parse(text);
        } catch (RuntimeException e) {
            // The JDK's parser can fail on its own error messages (MissingResourceException): never escape.
            problems.add(GiftProblem.at(path, SourcePosition.NONE, "not well-formed XML (" + e + ")"));
            return new ParseResult(List.of(), problems);
        } catch (XMLStreamException e) {
            SourcePosition at = XmlNode.position(e.getLocation());
            String message =
                    e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", "");
            problems.add(GiftProblem.at(path, at, "not well-formed XML: " + message));
            return new ParseResult(List.of(), problems);
        }
        if (!root.name.equals("quiz")) {
            problems.add(GiftProblem.at(
                    path, root.position, "a Moodle XML file starts with <quiz>, not <" + root.name + ">"));
            return new ParseResult(List.of(), problems);
        }
        List<Question> questions = new ArrayList<>();
        String category = "";
        for (XmlNode q : root.children("question")) {
            String type = q.attribute("type", "");
            if (type.equals("category")) {
                category = q.textAt("", "category", "text");
                continue;
            }
            try {
                questions.add(MissingWord.wrapIfBlank(question(q, type, category)));
            } catch (Skip e) {
                problems.add(GiftProblem.at(path, e.position, e.getMessage()));
            }
        }
        List<Question> withIds = QuestionIds.assign(
                questions,
                (q, earlier) -> problems.add(GiftProblem.warningAt(
                        path,
                        q.source(),
                        "the question at line " + earlier.source().line() + " has the same "
                                + (q.info().extras().idNumber().isEmpty() ? "name" : "idnumber") + " '" + earlier.id()
                                + "', so this one's progress is stored as '" + q.id()
                                + "': give each question its own name or idnumber")));
        return new ParseResult(withIds, problems);
    }

    private static Question question(XmlNode q, String type, String category) throws Skip {
        Question read = modelled(q, type, category);
        return read.withInfo(read.info().withExtras(MoodleXmlExtras.read(q, type)));
    }

    private static Question modelled(XmlNode q, String type, String category) throws Skip {
        return switch (type) {
            case "multichoice" -> multichoice(q, info(q, category));
            case "truefalse" -> trueFalse(q, info(q, category));
            case "shortanswer" -> shortAnswer(q, info(q, category));
            case "numerical" -> numerical(q, info(q, category));
            case "matching", "match" -> matching(q, info(q, category));
            case "essay" -> new Essay(info(q, category));
            case "description" -> new Description(info(q, category));
            case "cloze", "multianswer" -> cloze(q, info(q, category));
            case "" -> throw new Skip(q.position, "<question> has no type attribute");
            default -> throw new Skip(q.position, refused(q, type));
        };
    }

    /** Why a question of a type this app does not read is left out, naming it by its name and line. */
    private static String refused(XmlNode q, String type) {
        String what = switch (type) {
            case "calculated", "calculatedsimple", "calculatedmulti" ->
                "a calculated question (its numbers come from" + " formulas and data sets Moodle fills in)";
            case "ddwtos", "ddimageortext", "ddmarker" -> "a drag-and-drop question";
            case "gapselect" -> "a select-missing-words question";
            case "ordering" -> "an ordering question";
            case "random", "randomsamatch" ->
                "a random question (Moodle picks it from a category when the quiz starts)";
            default -> "a '" + type + "' question";
        };
        return "question '" + GiftText.phpTrim(q.textAt("(no name)", "name", "text")) + "' at line " + q.position.line()
                + " is " + what
                + ", which Gramsci Lens cannot show, so it is left out; it reads multichoice, truefalse,"
                + " shortanswer, numerical, matching, essay, description and cloze questions";
    }

    private static Question cloze(XmlNode q, QuestionInfo info) throws Skip {
        ClozeSyntax.Parsed parsed = ClozeSyntax.parse(info.text().text());
        if (!parsed.problems().isEmpty()) {
            throw new Skip(
                    q.position,
                    "cloze question '" + GiftText.phpTrim(q.textAt("(no name)", "name", "text")) + "' is left out: "
                            + String.join("; ", parsed.problems()));
        }
        String name = GiftText.phpTrim(q.textAt("", "name", "text"));
        QuestionInfo read =
                info.withText(new FormattedText(parsed.text(), info.text().format()));
        return new Cloze(QuestionIds.isGeneratedFor(name, parsed.text()) ? read.withTitle("") : read, parsed.gaps());
    }

    private static QuestionInfo info(XmlNode q, String category) throws Skip {
        XmlNode nameText = q.child("name") == null ? null : q.child("name").child("text");
        if (nameText == null) {
            throw new Skip(q.position, "the question has no <name><text>, which Moodle requires");
        }
        String name = GiftText.phpTrim(nameText.text());
        FormattedText text = rich(q.child("questiontext"), TextFormat.HTML);
        TextFormat fmt = formatOf(q.child("questiontext"), TextFormat.HTML);
        String title = QuestionIds.isGeneratedFor(name, text.text()) ? "" : name;
        return new QuestionInfo("", title, category, text, rich(q.child("generalfeedback"), fmt), q.position);
    }

    private static TextFormat formatOf(XmlNode node, TextFormat defaultFormat) {
        return node == null || !node.attributes.containsKey("format")
                ? defaultFormat
                : TextFormat.fromXmlName(node.attribute("format", ""));
    }

    private static FormattedText rich(XmlNode node, TextFormat defaultFormat) {
        if (node == null) {
            return FormattedText.EMPTY;
        }
        return new FormattedText(node.textAt("", "text"), formatOf(node, defaultFormat));
    }

    private static TextFormat questionFormat(XmlNode q) {
        return formatOf(q.child("questiontext"), TextFormat.HTML);
    }

    /** Moodle's trans_single(): "false", "0" and "" are false, anything else true. */
    private static boolean yes(String value) {
        String v = value.trim();
        return !(v.equals("false") || v.isEmpty() || v.equals("0"));
    }

    private static Question multichoice(XmlNode q, QuestionInfo info) throws Skip {
        TextFormat fmt = questionFormat(q);
        List<Choice> choices = new ArrayList<>();
        for (XmlNode a : q.children("answer")) {
            FormattedText text = new FormattedText(a.textAt("", "text"), formatOf(a, fmt));
            if (text.isEmpty()) {
                continue; // Moodle drops blank answers when it saves the question.
            }
            choices.add(new Choice(text, weight(a), rich(a.child("feedback"), fmt)));
        }
        if (choices.size() < 2) {
            throw new Skip(q.position, "a multiple-choice question needs at least 2 answers; found " + choices.size());
        }
        return yes(q.textAt("true", "single")) ? new MultipleChoice(info, choices) : new MultipleAnswer(info, choices);
    }

    private static Question trueFalse(XmlNode q, QuestionInfo info) {
        TextFormat fmt = questionFormat(q);
        boolean answer = true;
        FormattedText trueFeedback = FormattedText.EMPTY;
        FormattedText falseFeedback = FormattedText.EMPTY;
        boolean first = true;
        for (XmlNode a : q.children("answer")) {
            String text = a.textAt("", "text");
            // Old exports used translated words; Moodle then assumes true comes first.
            boolean isTrue = text.equals("true") || (!text.equals("false") && first);
            boolean full = a.attribute("fraction", "0").trim().equals("100");
            if (isTrue) {
                answer = full;
                trueFeedback = rich(a.child("feedback"), fmt);
            } else {
                answer = !full;
                falseFeedback = rich(a.child("feedback"), fmt);
            }
            first = false;
        }
        return new TrueFalse(info, answer, trueFeedback, falseFeedback);
    }

    private static Question shortAnswer(XmlNode q, QuestionInfo info) throws Skip {
        TextFormat fmt = questionFormat(q);
        List<AcceptedAnswer> answers = new ArrayList<>();
        for (XmlNode a : q.children("answer")) {
            String text = a.textAt("", "text");
            if (!text.isEmpty()) {
                answers.add(new AcceptedAnswer(text, weight(a), rich(a.child("feedback"), fmt)));
            }
        }
        if (answers.isEmpty()) {
            throw new Skip(q.position, "a short-answer question needs at least one answer");
        }
        String usecase = q.textAt("0", "usecase");
        return new ShortAnswer(info, answers, usecase.equals("1") || usecase.equals("true"));
    }

    private static Question numerical(XmlNode q, QuestionInfo info) throws Skip {
        TextFormat fmt = questionFormat(q);
        List<NumericAnswer> answers = new ArrayList<>();
        for (XmlNode a : q.children("answer")) {
            String value = a.textAt("", "text");
            double weight = weight(a);
            FormattedText feedback = rich(a.child("feedback"), fmt);
            if (value.isEmpty() || value.equals("*")) {
                answers.add(NumericAnswer.any(weight, feedback));
            } else {
                answers.add(new NumericAnswer(
                        number(a, value, "answer"),
                        number(a, a.textAt("0", "tolerance"), "tolerance"),
                        weight,
                        feedback));
            }
        }
        if (answers.isEmpty()) {
            throw new Skip(q.position, "a numerical question needs at least one answer");
        }
        return new Numerical(info, answers);
    }

    /**
     * The first character XML 1.0 forbids anywhere (controls other than tab, newline and carriage return,
     * lone surrogates, U+FFFE and U+FFFF), at its line and column; null if there is none. Checked before the
     * JDK's parser sees the text, because inside a DOCTYPE it throws MissingResourceException (issue 15 D16).
     */
    private static GiftProblem forbiddenCharacter(String text, String path) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean surrogatePair = Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            boolean bad = c < 0x20 && c != '\t' && c != '\n' && c != '\r'
                    || c == 0xFFFE
                    || c == 0xFFFF
                    || Character.isSurrogate(c) && !surrogatePair;
            if (bad) {
                return new GiftProblem(
                        path,
                        line,
                        column,
                        String.format(
                                java.util.Locale.ROOT,
                                "not well-formed XML: the character U+%04X is not allowed in XML",
                                (int) c));
            }
            if (surrogatePair) {
                i++;
            }
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return null;
    }

    private static BigDecimal number(XmlNode at, String text, String what) throws Skip {
        if (!NUMBER.matcher(text).matches()) {
            throw new Skip(at.position, "bad number: the " + what + " '" + text + "' is not a number");
        }
        try {
            return QuizNumbers.parse(text);
        } catch (QuizNumbers.OutOfRange e) {
            throw new Skip(at.position, "bad number: the " + what + " " + e.getMessage());
        }
    }

    private static Question matching(XmlNode q, QuestionInfo info) throws Skip {
        TextFormat fmt = questionFormat(q);
        List<MatchPair> pairs = new ArrayList<>();
        for (XmlNode s : q.children("subquestion")) {
            FormattedText left = new FormattedText(s.textAt("", "text"), formatOf(s, fmt));
            String right = s.textAt("", "answer", "text");
            if (left.isEmpty() && right.isEmpty()) {
                continue; // Moodle ignores a pair left wholly blank.
            }
            if (right.isEmpty()) {
                throw new Skip(s.position, "the matching item '" + left.text() + "' has no answer");
            }
            pairs.add(new MatchPair(left, right));
        }
        if (pairs.stream().filter(p -> !p.isDistractor()).count() < 2) {
            throw new Skip(q.position, "a matching question needs at least 2 pairs with a left-hand item");
        }
        return new Matching(info, pairs);
    }

    /** An answer's {@code fraction} attribute in percent, which must be one of Moodle's grades. */
    private static double weight(XmlNode answer) throws Skip {
        String raw = answer.attribute("fraction", "0").trim();
        double percent;
        try {
            percent = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            throw new Skip(answer.position, "bad weight: fraction=\"" + raw + "\" is not a number");
        }
        OptionalDouble canonical = MoodleGrades.canonical(percent);
        if (canonical.isEmpty()) {
            throw new Skip(answer.position, "bad weight: " + MoodleGrades.notAllowedMessage(percent));
        }
        return canonical.getAsDouble();
    }
}
