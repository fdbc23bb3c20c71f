package org.gramscilens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gramscilens.xapi.ClassReport;
import org.gramscilens.xapi.ClassReportWriter;
import org.gramscilens.xapi.StatementFiles;
import org.gramscilens.xapi.XapiCourse;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code class report (--lrs URL --key K --secret S | --from DIR) [--since DATE] -o FILE.csv|.html}: the
 * class's results per question, mastery and shared reflections (docs/xapi.md). Exit status: 0 written,
 * 1 the statements could not be read or the file written, 2 wrong arguments.
 */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = "Class results from an LRS or a folder of statement files, as CSV or HTML.")
public final class ClassReportCommand implements Callable<Integer> {

    static final class Source {
        @ArgGroup(exclusive = false)
        Lrs lrs;

        @Option(
                names = "--from",
                required = true,
                paramLabel = "DIR",
                description = "A folder of statement files (export progress --to xapi), or one file.")
        Path from;
    }

    static final class Lrs {
        @Option(names = "--lrs", required = true, paramLabel = "URL", description = "The LRS's xAPI endpoint.")
        String url;

        @Option(names = "--key", required = true, paramLabel = "K")
        String key;

        @Option(names = "--secret", required = true, paramLabel = "S")
        String secret;
    }

    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Source source;

    @Option(
            names = "--since",
            paramLabel = "DATE",
            description = "Only statements from this day (YYYY-MM-DD, UTC) or instant on.")
    private String since;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "FILE",
            description = "FILE.csv or FILE.html.")
    private Path output;

    @Option(names = "--content", paramLabel = "DIR", description = "The course (default: the bundled course).")
    private Path content;

    @Override
    public Integer call() {
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean html = name.endsWith(".html") || name.endsWith(".htm");
        if (!html && !name.endsWith(".csv")) {
            throw new ParameterException(
                    spec.commandLine(), "-o " + output + ": the file name must end in .csv or .html");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ClassReport report = new ClassReport(XapiCourse.of(XapiSupport.course(spec, content)), since());
        try {
            if (source.from != null) {
                report.add(StatementFiles.read(source.from));
            } else {
                report.addFrom(XapiSupport.client(spec, source.lrs.url, source.lrs.key, source.lrs.secret));
            }
            Path target = output.toAbsolutePath();
            Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                if (html) {
                    ClassReportWriter.html(report, w);
                } else {
                    ClassReportWriter.csv(report, w);
                }
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            out.println("class report: " + report.learnerCount() + " learners, "
                    + report.questions().size() + " questions, " + report.statementCount() + " statements; wrote "
                    + output);
            XapiSupport.flush(out, err);
            return 0;
        } catch (IOException e) {
            err.println("class report: " + e.getMessage());
            XapiSupport.flush(out, err);
            return 1;
        }
    }

    private Instant since() {
        if (since == null) {
            return null;
        }
        try {
            return since.length() == 10
                    ? LocalDate.parse(since).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(since);
        } catch (DateTimeParseException e) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--since '" + since + "': give a day (2025-03-04) or an instant (2025-03-04T10:00:00Z)");
        }
    }
}
