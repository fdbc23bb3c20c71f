package org.gramscilens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gramscilens.course.CourseLoader;
import org.gramscilens.course.CourseNotFoundException;
import org.gramscilens.course.CourseValidator;
import org.gramscilens.course.LessonScanner;
import org.gramscilens.course.Problem;
import org.gramscilens.map.ConceptMapCheck;
import org.gramscilens.slides.SlideCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code validate [--strict] [DIR]}: one line per problem; exit 1 if any is an error (or, with {@code --strict},
 * if there is any warning), else a summary and exit 0.
 */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Check a course folder (default: the bundled course). Prints 'file:line: message' per error"
                    + " and 'file:line: warning: message' per warning (item-writing cues, claims without a basis).",
            "Exit 1 if there is any error; warnings alone exit 0 unless --strict."
        })
public final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "DIR", description = "The course folder.")
    Path dir;

    @Option(names = "--strict", description = "Treat warnings as errors (exit 1 if there is any).")
    boolean strict;

    @ParentCommand
    LensCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path folder = dir != null ? dir : parent.contentOrBundled();
        if (folder == null) {
            err.println("gramsci-lens validate: the bundled course was not found; name a folder: validate DIR");
            return 1;
        }
        CourseValidator.Report report;
        try {
            var parser = new org.gramscilens.markdown.syntax.MarkdownParser();
            report = new CourseValidator(
                            new CourseLoader(),
                            new LessonScanner(parser),
                            List.of(new ConceptMapCheck(), new SlideCheck()))
                    .validate(folder);
        } catch (CourseNotFoundException e) {
            err.println("gramsci-lens validate: " + e.getMessage());
            return 1;
        }
        Path root = report.course().root();
        Path shown = dir != null ? dir : root;
        for (Problem p : report.problems()) {
            out.println(shown.resolve(p.file()).toString().replace('\\', '/') + (p.line() > 0 ? ":" + p.line() : "")
                    + ": " + p.text());
        }
        long warnings = report.warnings();
        long errors = report.problems().size() - warnings;
        if (!report.ok(strict)) {
            long all = report.problems().size();
            err.println(all + " problem" + (all == 1 ? "" : "s")
                    + (warnings == 0
                            ? ""
                            : " (" + errors + " error" + (errors == 1 ? "" : "s") + ", " + warnings + " warning"
                                    + (warnings == 1 ? "" : "s") + (strict ? ", errors under --strict" : "") + ")")
                    + " in " + shown);
            return 1;
        }
        out.println("ok " + report.summary()
                + (warnings == 0 ? "" : ", " + warnings + " warning" + (warnings == 1 ? "" : "s")));
        return 0;
    }
}
