package org.gramscilens.quiz;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads Moodle's GIFT format. The question type is decided exactly as Moodle's importer decides it:
 * no answer block is a description; an empty block an essay; a block starting with {@code #} numerical;
 * one containing {@code ~} multiple choice (multiple answer when it has no {@code =}); one with both
 * {@code =} and {@code ->} matching; {@code T}, {@code TRUE}, {@code F} or {@code FALSE} (before any
 * feedback) true/false; anything else short answer. A block inside the text makes a missing-word
 * question (see {@link MissingWord}).
 *
 * <p>Each question that cannot be read is reported as a {@link GiftProblem} at the exact line and
 * column, and left out; the rest of the file is still read. Where Moodle would quietly do something
 * odd with a slip — a stray brace, a title with no closing {@code ::}, a weight like {@code %5O%}, a
 * weight Moodle's importer refuses — the question is reported instead. Instances are stateless and
 * can be shared.
 */
public final class GiftParser {

    private static final Set<String> TRUE_FALSE = Set.of("T", "TRUE", "F", "FALSE");

    public ParseResult parse(Path file) throws IOException {
        return parse(
                org.gramscilens.files.TextFiles.readUtf8(file), file.toString().replace('\\', '/'));
    }

    /** Reads GIFT text; {@code path} is only used to name the file in problems. */
    public ParseResult parse(String content, String path) {
        List<Question> questions = new ArrayList<>();
        List<GiftProblem> problems = new ArrayList<>();
        String category = "";
        for (Chunk chunk : chunks(content)) {
            GiftSlice all = GiftText.of(chunk.lines()).all().trim();
            if (all.isEmpty()) {
                continue;
            }
            if (all.startsWith("$CATEGORY:")) {
                category = category(all, path, problems);
                continue;
            }
            try {
                Question q = question(all, category, (pos, msg) -> problems.add(GiftProblem.warningAt(path, pos, msg)));
                questions.add(q.withInfo(q.info()
                        .withExtras(q.info()
                                .extras()
                                .withIdAndTags(
                                        GiftComments.idNumber(chunk.comments()),
                                        GiftComments.tags(chunk.comments())))));
            } catch (GiftSyntaxException e) {
                problems.add(GiftProblem.at(path, e.position(), e.getMessage()));
            }
        }
        List<Question> withIds = QuestionIds.assign(
                questions,
                (q, earlier) -> problems.add(GiftProblem.warningAt(
                        path,
                        q.source(),
                        "the question at line " + earlier.source().line() + " has the same "
                                + (q.info().extras().idNumber().isEmpty() ? "title" : "id") + " '" + earlier.id()
                                + "', so this one's progress is stored as '" + q.id()
                                + "': give each question its own title, or an id with a // [id:...] comment")));
        problems.sort((a, b) ->
                a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(a.column(), b.column()));
        return new ParseResult(withIds, problems);
    }

    /**
     * Questions are separated by blank lines. Lines starting with {@code //} are comments; those in a
     * question's chunk may hold Moodle's {@code [id:...]} and {@code [tag:...]} (see {@link GiftComments}). Like Moodle,
     * each line is trimmed (so indentation is not kept; write {@code \n} for a line break).
     */
    private record Chunk(List<GiftText.Line> lines, String comments) {}

    private static List<Chunk> chunks(String content) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        String[] lines = text.split("\r\n|\r|\n", -1);
        List<Chunk> chunks = new ArrayList<>();
        List<GiftText.Line> current = new ArrayList<>();
        StringBuilder comments = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int start = 0;
            int end = line.length();
            while (start < end && GiftText.isBlank(line.charAt(start))) {
                start++;
            }
            while (end > start && GiftText.isBlank(line.charAt(end - 1))) {
                end--;
            }
            if (start == end) {
                if (!current.isEmpty()) {
                    chunks.add(new Chunk(current, comments.toString()));
                    current = new ArrayList<>();
                }
                comments.setLength(0);
            } else if (line.startsWith("//", start)) {
                comments.append(line, start, end).append('\n');
            } else {
                current.add(new GiftText.Line(i + 1, line, start, end));
            }
        }
        if (!current.isEmpty()) {
            chunks.add(new Chunk(current, comments.toString()));
        }
        return chunks;
    }

    private static String category(GiftSlice all, String path, List<GiftProblem> problems) {
        GiftSlice rest = all.sub("$CATEGORY:".length());
        int newline = rest.indexOf('\n');
        if (newline >= 0) {
            GiftSlice extra = rest.sub(newline + 1).trim();
            problems.add(GiftProblem.at(
                    path,
                    extra.start(),
                    "text after the $CATEGORY line is not read:"
                            + " leave a blank line between the category and the next question"));
            rest = rest.sub(0, newline);
        }
        return rest.finalText();
    }

    private static Question question(
            GiftSlice all, String category, java.util.function.BiConsumer<SourcePosition, String> warn)
            throws GiftSyntaxException {
        SourcePosition start = all.start();
        String title = "";
        GiftSlice rest = all;
        if (all.startsWith("::")) {
            int close = all.indexOf("::", 2);
            if (close < 0) {
                throw new GiftSyntaxException(
                        start, "the question title has no closing '::'" + " (write \\: for a colon in a title)");
            }
            title = all.sub(2, close).finalText();
            rest = all.sub(close + 2).trim();
        }

        int open = rest.indexOf('{');
        int close = rest.indexOf('}');
        checkBraces(rest, open, close);

        boolean description = open < 0;
        String rawText;
        if (description) {
            rawText = rest.text();
        } else if (close == rest.length() - 1) {
            rawText = rest.sub(0, open).text();
        } else {
            rawText = rest.sub(0, open).text()
                    + MissingWord.BLANK
                    + rest.sub(close + 1).text();
        }
        GiftAnswers.Tagged text = GiftAnswers.withFormat(rawText, TextFormat.MOODLE);
        TextFormat fmt = text.format();

        GiftSlice block =
                description ? rest.sub(0, 0) : rest.sub(open + 1, close).trim();
        int gf = block.lastIndexOf("####");
        String generalFeedback = gf < 0 ? "" : block.sub(gf + 4).text();
        GiftSlice answers = gf < 0 ? block : block.sub(0, gf).trim();

        QuestionInfo info = new QuestionInfo(
                "",
                title,
                category,
                text.formatted(),
                GiftAnswers.withFormat(generalFeedback, fmt).formatted(),
                start);
        SourcePosition blockStart = description ? start : rest.position(open);
        Question q;
        if (description) {
            q = new Description(info);
        } else if (answers.isEmpty()) {
            q = new Essay(info);
        } else if (answers.isMarker(0, '#')) {
            q = GiftAnswers.numerical(info, fmt, answers, blockStart);
        } else if (answers.indexOf('~') >= 0) {
            q = GiftAnswers.multipleChoice(info, fmt, answers, blockStart, warn);
        } else if (answers.indexOf('=') >= 0 && answers.indexOf("->") >= 0) {
            q = GiftAnswers.matching(info, fmt, answers, blockStart);
        } else if (isTrueFalse(answers)) {
            q = GiftAnswers.trueFalse(info, fmt, answers);
        } else {
            q = GiftAnswers.shortAnswer(info, fmt, answers);
        }
        return MissingWord.wrapIfBlank(q);
    }

    /** Moodle looks only at the text before the first {@code #}: {@code {TRUE#not quite#right}}. */
    private static boolean isTrueFalse(GiftSlice answers) {
        int hash = answers.indexOf('#');
        GiftSlice value = hash > 0 ? answers.sub(0, hash).trim() : answers;
        return TRUE_FALSE.contains(value.text());
    }

    private static void checkBraces(GiftSlice rest, int open, int close) throws GiftSyntaxException {
        if (open < 0 && close < 0) {
            return;
        }
        if (close >= 0 && (open < 0 || close < open)) {
            throw new GiftSyntaxException(
                    rest.position(close), "'}' without an opening '{'" + " (write \\} for a literal brace)");
        }
        if (close < 0) {
            throw new GiftSyntaxException(rest.position(open), "unclosed '{': the answer block has no closing '}'");
        }
        int nested = rest.indexOf('{', open + 1);
        if (nested >= 0 && nested < close) {
            throw new GiftSyntaxException(
                    rest.position(nested), "'{' inside an answer block" + " (write \\{ for a literal brace)");
        }
        int reopen = rest.indexOf('{', close + 1);
        int reclose = rest.indexOf('}', close + 1);
        int again = reopen < 0 ? reclose : reclose < 0 ? reopen : Math.min(reopen, reclose);
        if (again >= 0) {
            throw new GiftSyntaxException(
                    rest.position(again),
                    "a second answer block: a question has one {...};" + " write \\{ and \\} for literal braces");
        }
    }
}
