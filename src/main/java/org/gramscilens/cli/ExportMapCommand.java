package org.gramscilens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.gramscilens.course.BundledCourse;
import org.gramscilens.course.Course;
import org.gramscilens.course.CourseLoader;
import org.gramscilens.course.CourseNotFoundException;
import org.gramscilens.course.Lesson;
import org.gramscilens.course.Module;
import org.gramscilens.course.Problem;
import org.gramscilens.files.AtomicWrite;
import org.gramscilens.map.ConceptMap;
import org.gramscilens.map.ConceptMapLoader;
import org.gramscilens.map.CxlWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code export map [--lesson ID | --module ID] --to cxl [-o FILE]}: writes the course's concept map, or the
 * part taught in one lesson or module, as CXL for CmapTools. Problems in concept-map.yaml are printed to
 * standard error as {@code path:line: message} and what could be read is still written. PNG needs the
 * app's renderer, so on the command line it is refused with exit status 2.
 */
@Command(
        name = "map",
        description = "Export the course's concept map (whole, or one lesson's or module's part) for CmapTools.",
        footer = {
            "",
            "Formats: cxl (CmapTools' XML form) and png (needs a display, like the app).",
            "Exit status: 0 written, 1 the map had problems (what could be read is still written) or nothing to"
                    + " export, 2 wrong arguments."
        })
public final class ExportMapCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--lesson", paramLabel = "ID", description = "Only the part of the map taught in this lesson.")
    private String lesson;

    @Option(names = "--module", paramLabel = "ID", description = "Only the part of the map taught in this module.")
    private String module;

    @Option(
            names = "--to",
            required = true,
            paramLabel = "FORMAT",
            description = "Output format: cxl (CmapTools) or png (a picture, as the app draws it).")
    private String to;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write here instead of standard output.")
    private Path output;

    @Option(names = "--content", paramLabel = "DIR", description = "Course folder (default: the bundled course).")
    private Path content;

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help and exit.")
    private boolean help;

    @Override
    public Integer call() {
        String name = spec.qualifiedName();
        PrintWriter err = spec.commandLine().getErr();
        String format = to.toLowerCase(Locale.ROOT);
        if (!format.equals("cxl") && !format.equals("png")) {
            throw usage("unknown format '" + to + "': use cxl or png");
        }
        if (format.equals("png") && output == null) {
            throw usage("a PNG needs a file: add -o FILE.png");
        }
        if (lesson != null && module != null) {
            throw usage("give --lesson or --module, not both");
        }
        Path folder = courseFolder();
        if (folder == null) {
            err.println(name + ": the bundled course was not found; give a course folder with --content DIR");
            err.flush();
            return 1;
        }
        Course course;
        try {
            course = new CourseLoader().load(folder);
        } catch (CourseNotFoundException e) {
            throw usage(e.getMessage());
        }
        ConceptMapLoader.Result result = ConceptMapLoader.load(course);
        if (!result.present()) {
            err.println(name + ": " + folder + " has no " + ConceptMapLoader.FILE + "; there is no map to export");
            err.flush();
            return 1;
        }
        for (Problem p : result.problems()) {
            err.println(folder.resolve(p.file()).toString().replace('\\', '/') + (p.line() > 0 ? ":" + p.line() : "")
                    + ": " + p.message());
        }
        ConceptMap map = result.map();
        String title = map.title() != null ? map.title() : course.info().title();
        if (lesson != null) {
            Lesson l = course.lesson(lesson)
                    .orElseThrow(() -> usage("no lesson '" + lesson + "' in the course; lessons: "
                            + course.lessons()
                                    .filter(x -> !x.broken())
                                    .map(Lesson::id)
                                    .collect(Collectors.joining(", "))));
            map = map.forLesson(lesson);
            title = title + ": " + l.title();
        } else if (module != null) {
            Module m = course.modules().stream()
                    .filter(x -> x.id().equals(module))
                    .findFirst()
                    .orElseThrow(() -> usage("no module '" + module + "' in the course; modules: "
                            + course.modules().stream().map(Module::id).collect(Collectors.joining(", "))));
            map = map.forModule(module);
            title = title + ": " + m.title();
        }
        if (map.isEmpty()) {
            err.println(name + ": " + (lesson != null ? "lesson '" + lesson + "'" : "module '" + module + "'")
                    + " has no concepts in the map; nothing written");
            err.flush();
            return 1;
        }
        int status = result.problems().isEmpty() ? 0 : 1;
        if (format.equals("png")) {
            try {
                ((LensCommand) spec.root().userObject()).gui().writeMapPng(map, output);
            } catch (IOException | RuntimeException e) {
                err.println(name + ": cannot write " + output + ": " + e.getMessage());
                err.flush();
                return 1;
            }
            spec.commandLine()
                    .getOut()
                    .println("wrote a picture of " + map.concepts().size() + " concepts and "
                            + map.propositions().size() + " propositions to " + output);
            spec.commandLine().getOut().flush();
            err.flush();
            return status;
        }
        String cxl = CxlWriter.write(map, title);
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(cxl);
            out.flush();
        } else {
            try {
                AtomicWrite.writeString(output, cxl);
            } catch (IOException e) {
                err.println(name + ": " + e.getMessage());
                err.flush();
                return 1;
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("wrote " + map.concepts().size() + " concepts and "
                    + map.propositions().size() + " propositions to " + output);
            out.flush();
        }
        err.flush();
        return status;
    }

    /** --content here, else a --content given to an enclosing command ({@code gramsci-lens --content DIR export map}), else the bundled course. */
    private Path courseFolder() {
        if (content != null) {
            return content;
        }
        for (CommandSpec s = spec.parent(); s != null; s = s.parent()) {
            OptionSpec option = s.findOption("--content");
            if (option != null && option.getValue() instanceof Path p) {
                return p;
            }
        }
        return BundledCourse.locate().orElse(null);
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
