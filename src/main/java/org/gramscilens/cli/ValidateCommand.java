package org.gramscilens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gramscilens.map.ConceptMapCheck;
import org.gramscilens.slides.SlideCheck;
import org.gramscilens.course.CourseLoader;
import org.gramscilens.course.CourseNotFoundException;
import org.gramscilens.course.CourseValidator;
import org.gramscilens.course.LessonScanner;
import org.gramscilens.course.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code validate [DIR]}: one line per problem, exit 1 if any, else a summary and exit 0. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a course folder (default: the bundled course). Prints 'file:line: message' per problem.")
public final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "DIR", description = "The course folder.")
    Path dir;

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
            report = new CourseValidator(new CourseLoader(), new LessonScanner(parser),
                    List.of(new ConceptMapCheck(), new SlideCheck())).validate(folder);
        } catch (CourseNotFoundException e) {
            err.println("gramsci-lens validate: " + e.getMessage());
            return 1;
        }
        Path root = report.course().root();
        Path shown = dir != null ? dir : root;
        for (Problem p : report.problems()) {
            out.println(shown.resolve(p.file()).toString().replace('\\', '/')
                    + (p.line() > 0 ? ":" + p.line() : "") + ": " + p.message());
        }
        if (!report.ok()) {
            err.println(report.problems().size() + " problem" + (report.problems().size() == 1 ? "" : "s")
                    + " in " + shown);
            return 1;
        }
        out.println("ok " + report.summary());
        return 0;
    }
}
