package org.gramscilens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gramscilens.course.Course;
import org.gramscilens.course.CourseLoader;
import org.gramscilens.course.CourseNotFoundException;
import org.gramscilens.course.Lesson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code list lessons [--content DIR]}: the ids other commands take ({@code export lesson ID}), one lesson a
 * line as {@code id<TAB>title} in course order. A lesson that cannot be read goes to standard error as
 * {@code file:line: problem} and the exit status is 1.
 */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "List what a course holds: 'list lessons' prints each lesson's id and title.")
public final class ListCommand implements Callable<Integer> {
    @ParentCommand
    LensCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String name = spec.qualifiedName();
        spec.commandLine().getErr().println(name + ": say what to list: '" + name + " lessons'");
        spec.commandLine().getErr().println("Try '" + name + " --help'.");
        return 2;
    }

    @Command(
            name = "lessons",
            mixinStandardHelpOptions = true,
            description = "Print each lesson's id and title (tab-separated), in course order.",
            footer = {"", "Exit status: 0 listed, 1 the course is missing or a lesson cannot be read."})
    int lessons(
            @Option(
                            names = "--content",
                            paramLabel = "DIR",
                            description = "Course folder (default: the app's --content, else the bundled course).")
                    Path content) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path folder = content != null ? content : parent.contentOrBundled();
        if (folder == null) {
            err.println("gramsci-lens list: the bundled course was not found; name one with --content DIR");
            return 1;
        }
        Course course;
        try {
            course = new CourseLoader().load(folder);
        } catch (CourseNotFoundException e) {
            err.println("gramsci-lens list: " + e.getMessage());
            return 1;
        }
        boolean broken = false;
        for (Lesson l : course.lessons().toList()) {
            if (l.broken()) {
                broken = true;
                err.println(folder.resolve(l.error().file()).toString().replace('\\', '/')
                        + (l.error().line() > 0 ? ":" + l.error().line() : "") + ": "
                        + l.error().message());
            } else {
                out.println(l.id() + "\t" + l.title());
            }
        }
        out.flush();
        err.flush();
        return broken ? 1 : 0;
    }
}
