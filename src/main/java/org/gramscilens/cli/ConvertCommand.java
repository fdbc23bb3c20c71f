package org.gramscilens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gramscilens.course.Problem;
import org.gramscilens.course.Reference;
import org.gramscilens.course.ReferenceReader;
import org.gramscilens.files.AtomicWrite;
import org.gramscilens.quiz.ExportText;
import org.gramscilens.quiz.GiftProblem;
import org.gramscilens.quiz.QuizConverter;
import org.gramscilens.quiz.QuizFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code convert IN --to gift|moodle-xml|json [-o OUT]}: converts a quiz file. The input format comes
 * from the file name ({@code .gift}/{@code .txt}, {@code .xml}, {@code .json}). Problems are printed to
 * standard error one per line as {@code path:line:column: message}; whatever could be read is still
 * written. Warnings (something the target cannot hold, a citation with no reference) are printed as
 * {@code path:line:column: warning: message}. Exit status: 0 clean or only warnings, 1 if there were
 * errors (or warnings with {@code --strict}), 2 for wrong arguments.
 *
 * <p>GIFT cannot embed files: with {@code -o}, files embedded in Moodle XML questions are written to a
 * {@code media} folder beside the output and the texts link to {@code media/NAME} (a warning per question
 * says so); to standard output they are left out, with a warning.
 *
 * <p>Writing GIFT or Moodle XML turns this app's own markup into plain text Moodle shows as meant:
 * citations become author-date text from the course's {@code references.yaml}, glossary and lesson
 * links their link text. {@code --keep-markup} keeps it, for moving quizzes between copies of this app.
 */
@Command(
        name = "convert",
        description =
                "Convert a quiz between GIFT, Moodle XML and the Gramsci Lens JSON form, or a CmapTools map (.cxl) to a course's concept-map.yaml.",
        footer = {
            "",
            "Input format from the file name: .gift or .txt (GIFT), .xml (Moodle XML), .json;"
                    + " .cxl (a CmapTools map) converts --to yaml, a course's concept-map.yaml.",
            "Citations and glossary/lesson links become plain text in GIFT and Moodle XML unless --keep-markup.",
            "Exit status: 0 converted (perhaps with warnings), 1 the input had errors (what could be read is still"
                    + " written to -o OUT; nothing to standard output) or --strict and warnings, 2 wrong arguments."
        })
public final class ConvertCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "The quiz file (or CmapTools map, .cxl) to read.")
    private Path input;

    @Option(
            names = "--to",
            required = true,
            paramLabel = "FORMAT",
            description = "Output format: gift, moodle-xml or json; yaml for a CmapTools map.")
    private String to;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "OUT",
            description = "Write here instead of standard output.")
    private Path output;

    @Option(
            names = "--keep-markup",
            description = "Keep citations [@key] and glossary/lesson links as they are (for copies of this app).")
    private boolean keepMarkup;

    @Option(
            names = "--course",
            paramLabel = "DIR",
            description = "The course whose references.yaml resolves citations (default: the course holding IN).")
    private Path course;

    @Option(names = "--strict", description = "Exit 1 on warnings too (something the target format cannot hold).")
    private boolean strict;

    @Option(
            names = "--lesson",
            paramLabel = "ID",
            description = "CmapTools maps (.cxl) only: the lesson every concept and proposition is placed in"
                    + " (default: the first lesson of the course -o writes into, or of --course).")
    private String lesson;

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help and exit.")
    private boolean help;

    private final QuizConverter converter;

    public ConvertCommand() {
        this(new QuizConverter());
    }

    public ConvertCommand(QuizConverter converter) {
        this.converter = converter;
    }

    @Override
    public Integer call() {
        if (MapConversion.handles(input)) {
            return new MapConversion(spec).run(input, to, output, lesson, course, strict);
        }
        QuizFormat target = QuizFormat.fromCliName(to)
                .orElseThrow(() -> new ParameterException(
                        spec.commandLine(), "Unknown output format '" + to + "': use gift, moodle-xml or json"));
        QuizFormat source = QuizFormat.fromFileName(input)
                .orElseThrow(() -> new ParameterException(
                        spec.commandLine(),
                        "Cannot tell the format of '" + input + "' from its name: use .gift, .txt, .xml or .json"));
        String content;
        try {
            content = Files.readString(input, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ParameterException(spec.commandLine(), "No such file: " + input);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "Cannot read " + input + ": " + e.getMessage());
        }
        Path media = output == null ? null : output.toAbsolutePath().resolveSibling("media");
        QuizConverter.Conversion result = converter.convert(
                content, input.toString(), source, target, keepMarkup ? null : new ExportText(labels()), media);
        PrintWriter err = spec.commandLine().getErr();
        for (GiftProblem p : result.problems()) {
            err.println(p);
        }
        err.flush();
        boolean failed = result.problems().stream().anyMatch(p -> strict || !p.warning());
        if (output == null && failed) {
            // Half a quiz on standard output would be piped on as if it were whole.
            err.println("convert: nothing written to standard output because of the errors above;"
                    + " to keep what could be read, write it to a file with -o FILE");
            err.flush();
            return 1;
        }
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(result.output());
            out.flush();
        } else {
            try {
                AtomicWrite.writeString(output, result.output());
            } catch (IOException e) {
                err.println("convert: " + e.getMessage());
                err.flush();
                return 1;
            }
        }
        return failed ? 1 : 0;
    }

    /** Author-date labels from {@code --course}, else from the nearest folder above IN with a course.yaml. */
    private java.util.function.Function<String, String> labels() {
        Path root = course;
        for (Path dir = input.toAbsolutePath().getParent(); root == null && dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("course.yaml"))
                    && Files.isRegularFile(dir.resolve("references.yaml"))) {
                root = dir;
            }
        }
        if (root == null) {
            return key -> null;
        }
        List<Problem> ignored = new ArrayList<>();
        Map<String, Reference> refs = ReferenceReader.read(root, ignored);
        return key -> refs.containsKey(key) ? refs.get(key).shortLabel() : null;
    }
}
