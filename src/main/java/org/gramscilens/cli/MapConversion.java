package org.gramscilens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.gramscilens.course.Course;
import org.gramscilens.course.CourseLoader;
import org.gramscilens.course.CourseNotFoundException;
import org.gramscilens.course.Lesson;
import org.gramscilens.course.Problem;
import org.gramscilens.files.AtomicWrite;
import org.gramscilens.map.CxlException;
import org.gramscilens.map.CxlReader;
import org.gramscilens.map.MapYamlWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The map branch of {@code convert}: {@code convert MAP.cxl --to yaml [-o concept-map.yaml] [--lesson ID]}
 * turns a CmapTools map into a course's concept-map.yaml. Every entry is placed in {@code --lesson}, else in
 * the first lesson of the course the output goes into (or {@code --course}). Warnings name the CXL file and
 * line and what was filled in or left out; exit 0 (1 with {@code --strict} and warnings, or when the file
 * cannot be read as a map at all), 2 for wrong arguments.
 */
final class MapConversion {
    private final CommandSpec spec;

    MapConversion(CommandSpec spec) {
        this.spec = spec;
    }

    static boolean handles(Path input) {
        return input.getFileName() != null
                && input.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".cxl");
    }

    int run(Path input, String to, Path output, String lesson, Path course, boolean strict) {
        if (!to.equalsIgnoreCase("yaml")) {
            throw usage("a CmapTools map converts to the course's concept-map.yaml: use --to yaml");
        }
        String anchor = lesson != null
                ? lesson
                : firstLesson(course, output)
                        .orElseThrow(() -> usage(
                                "every concept needs a lesson: give --lesson ID, or write into a course folder (-o DIR/concept-map.yaml)"
                                        + " or name one with --course DIR"));
        PrintWriter err = spec.commandLine().getErr();
        CxlReader.Imported imported;
        try {
            imported = CxlReader.read(input);
        } catch (CxlException e) {
            err.println("convert: " + e.getMessage());
            err.flush();
            return 1;
        }
        if (imported.map().concepts().isEmpty()) {
            err.println("convert: " + input + ": the map has no concepts; nothing written");
            err.flush();
            return 1;
        }
        MapYamlWriter.Written written = MapYamlWriter.write(imported.map(), anchor, input, imported.fromThisApp());
        int warnings = 0;
        for (Problem p : imported.warnings()) {
            err.println(Problem.warning(p.file(), p.line(), p.message()));
            warnings++;
        }
        for (Problem p : written.warnings()) {
            err.println(p);
            warnings++;
        }
        err.flush();
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(written.yaml());
            out.flush();
        } else {
            try {
                AtomicWrite.writeString(output, written.yaml());
            } catch (IOException e) {
                err.println("convert: " + e.getMessage());
                err.flush();
                return 1;
            }
            spec.commandLine()
                    .getOut()
                    .println("wrote " + imported.map().concepts().size() + " concepts and "
                            + imported.map().propositions().size() + " propositions to " + output + ", all in lesson '"
                            + anchor + "'"
                            + (warnings == 0 ? "" : " (" + warnings + " warning" + (warnings == 1 ? "" : "s") + ")"));
            spec.commandLine().getOut().flush();
        }
        return strict && warnings > 0 ? 1 : 0;
    }

    /** The first lesson of {@code course}, else of the course folder the output is written into. */
    private Optional<String> firstLesson(Path course, Path output) {
        Path root = course;
        if (root == null && output != null) {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null && Files.isRegularFile(parent.resolve(CourseLoader.COURSE_FILE))) {
                root = parent;
            }
        }
        if (root == null) {
            return Optional.empty();
        }
        try {
            Course loaded = new CourseLoader().load(root);
            return loaded.firstLesson().map(Lesson::id);
        } catch (CourseNotFoundException e) {
            throw usage(e.getMessage());
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
