package org.gramscilens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
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
 * written. Exit status: 0 clean, 1 if there were problems, 2 for wrong arguments.
 */
@Command(name = "convert",
        description = "Convert a quiz between GIFT, Moodle XML and the Gramsci Lens JSON form.",
        footer = {"", "Input format from the file name: .gift or .txt (GIFT), .xml (Moodle XML), .json.",
            "Exit status: 0 converted cleanly, 1 the input had problems (what could be read is still written"
                + " to -o OUT; nothing to standard output), 2 wrong arguments."})
public final class ConvertCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "The quiz file to read.")
    private Path input;

    @Option(names = "--to", required = true, paramLabel = "FORMAT",
            description = "Output format: gift, moodle-xml or json.")
    private String to;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write here instead of standard output.")
    private Path output;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
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
        QuizFormat target = QuizFormat.fromCliName(to).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "Unknown output format '" + to + "': use gift, moodle-xml or json"));
        QuizFormat source = QuizFormat.fromFileName(input).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "Cannot tell the format of '" + input + "' from its name: use .gift, .txt, .xml or .json"));
        String content;
        try {
            content = Files.readString(input, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ParameterException(spec.commandLine(), "No such file: " + input);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "Cannot read " + input + ": " + e.getMessage());
        }
        QuizConverter.Conversion result = converter.convert(content, input.toString(), source, target);
        PrintWriter err = spec.commandLine().getErr();
        for (GiftProblem p : result.problems()) {
            err.println(p);
        }
        err.flush();
        if (output == null && !result.problems().isEmpty()) {
            // Half a quiz on standard output would be piped on as if it were whole.
            err.println("convert: nothing written to standard output because of the problems above;"
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
                Files.writeString(output, result.output(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("convert: cannot write " + output + ": " + e.getMessage());
                err.flush();
                return 1;
            }
        }
        return result.problems().isEmpty() ? 0 : 1;
    }
}
