package org.gramscilens.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads a quiz in one format and writes it in another. What could not be read is reported and left
 * out; what the target format cannot hold exactly (GIFT has no case-sensitive short answers, for one)
 * is reported too, so nothing is lost without a word.
 */
public final class QuizConverter {

    private final GiftParser giftParser;
    private final GiftWriter giftWriter;
    private final MoodleXmlReader xmlReader;
    private final MoodleXmlWriter xmlWriter;
    private final QuizJson json;

    public QuizConverter() {
        this(new GiftParser(), new GiftWriter(), new MoodleXmlReader(), new MoodleXmlWriter(), new QuizJson());
    }

    public QuizConverter(
            GiftParser giftParser,
            GiftWriter giftWriter,
            MoodleXmlReader xmlReader,
            MoodleXmlWriter xmlWriter,
            QuizJson json) {
        this.giftParser = Objects.requireNonNull(giftParser);
        this.giftWriter = Objects.requireNonNull(giftWriter);
        this.xmlReader = Objects.requireNonNull(xmlReader);
        this.xmlWriter = Objects.requireNonNull(xmlWriter);
        this.json = Objects.requireNonNull(json);
    }

    /** The output, and every problem met reading the input or writing the output. */
    public record Conversion(String output, List<Question> questions, List<GiftProblem> problems) {
        public Conversion {
            questions = List.copyOf(questions);
            problems = List.copyOf(problems);
        }
    }

    public ParseResult read(String content, String path, QuizFormat format) {
        return switch (format) {
            case GIFT -> giftParser.parse(content, path);
            case MOODLE_XML -> xmlReader.read(content, path);
            case JSON -> json.read(content, path);
        };
    }

    public String write(List<Question> questions, QuizFormat format) {
        return switch (format) {
            case GIFT -> giftWriter.write(questions);
            case MOODLE_XML -> xmlWriter.write(questions);
            case JSON -> json.write(questions);
        };
    }

    public Conversion convert(String content, String path, QuizFormat from, QuizFormat to) {
        return convert(content, path, from, to, null);
    }

    /**
     * Converts, first cleaning the texts with {@code exportText} when the target is another tool's
     * format (GIFT or Moodle XML); {@code null} keeps this app's markup, for copies of this app.
     */
    public Conversion convert(String content, String path, QuizFormat from, QuizFormat to, ExportText exportText) {
        return convert(content, path, from, to, exportText, null);
    }

    /**
     * As above; when converting to GIFT, which cannot embed files, and {@code mediaFolder} is given,
     * embedded files are written there and the texts link to them as {@code media/NAME}.
     */
    public Conversion convert(
            String content,
            String path,
            QuizFormat from,
            QuizFormat to,
            ExportText exportText,
            java.nio.file.Path mediaFolder) {
        ParseResult read = read(content, path, from);
        List<GiftProblem> problems = new ArrayList<>(read.problems());
        if (exportText != null && to != QuizFormat.JSON) {
            read = new ParseResult(exportText.clean(read.questions()), List.of());
            for (String key : exportText.unknownKeys()) {
                problems.add(GiftProblem.warningAt(
                        path,
                        SourcePosition.NONE,
                        "citation key '" + key
                                + "' is not in the course's references.yaml, so it is written as the key:"
                                + " add the reference or point --course at the course folder"));
            }
        }
        if (to == QuizFormat.GIFT && mediaFolder != null) {
            try {
                MediaFiles.Written media =
                        MediaFiles.write(read.questions(), mediaFolder, mediaFolder.getFileName() + "/", path);
                read = new ParseResult(media.questions(), List.of());
                problems.addAll(media.notes());
            } catch (java.io.IOException e) {
                problems.add(GiftProblem.at(
                        path,
                        SourcePosition.NONE,
                        "cannot write the embedded files to " + mediaFolder + ": " + e.getMessage()));
            }
        }
        if (to == QuizFormat.GIFT) {
            for (Question q : read.questions()) {
                for (String limitation : giftWriter.limitations(q)) {
                    problems.add(GiftProblem.warningAt(
                            path,
                            q.source(),
                            "question '" + q.id() + "' cannot be written exactly as GIFT: " + limitation));
                }
            }
        }
        return new Conversion(write(read.questions(), to), read.questions(), problems);
    }
}
