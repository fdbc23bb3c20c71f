package org.gramscilens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.gramscilens.course.BundledCourse;
import org.gramscilens.course.Course;
import org.gramscilens.course.CourseLoader;
import org.gramscilens.course.CourseNotFoundException;
import org.gramscilens.handout.HandoutException;
import org.gramscilens.handout.HandoutExporter;
import org.gramscilens.markdown.syntax.MarkdownParser;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * What {@code export lesson} and {@code export course} have in common: finding the course, the format and
 * the exporter, writing the file and saying so. Exit status: 0 written, 1 failed (or written with lessons
 * left out), 2 wrong arguments.
 */
final class HandoutRun {
    /** The parts of a run: the loaded course, the format, and where to say things. */
    record Setup(
            Course course,
            HandoutExporter.Format format,
            HandoutExporter exporter,
            PrintWriter out,
            PrintWriter err,
            String name) {}

    /** Thrown to end a run with an exit status after its one-line message was printed. */
    static final class Exit extends Exception {
        final int code;

        Exit(int code) {
            super(null, null, false, false);
            this.code = code;
        }
    }

    private HandoutRun() {}

    static Setup setup(CommandSpec spec, ExportOptions options, Path appContent) throws Exit {
        CommandLine cl = spec.commandLine();
        PrintWriter err = cl.getErr();
        String name = spec.qualifiedName();
        HandoutExporter.Format format = (options.to != null
                        ? HandoutExporter.Format.parse(options.to)
                        : HandoutExporter.Format.of(options.output))
                .orElseThrow(() -> new ParameterException(
                        cl,
                        options.to != null
                                ? "unknown format '" + options.to + "': use --to pdf, html or slides-pdf"
                                : "cannot tell the format from '" + options.output
                                        + "': add --to pdf, html or slides-pdf"));
        Path folder = options.content != null
                ? options.content
                : appContent != null ? appContent : BundledCourse.locate().orElse(null);
        if (folder == null) {
            err.println(name + ": the bundled course was not found; give one with --content DIR");
            throw new Exit(1);
        }
        Course course;
        try {
            course = new CourseLoader().load(folder);
        } catch (CourseNotFoundException e) {
            err.println(name + ": " + e.getMessage());
            throw new Exit(2);
        }
        if (course.modules().isEmpty()) {
            // course.yaml could not be read or lists nothing: a handout would be an empty page.
            course.problems().stream()
                    .filter(p -> p.file().equals(Path.of(CourseLoader.COURSE_FILE)))
                    .forEach(p -> err.println(name + ": " + p));
            err.println(name + ": the course in " + folder + " has no modules to export, so no handout was written;"
                    + " fix course.yaml (gramsci-lens validate " + folder + " lists every problem)");
            throw new Exit(1);
        }
        HandoutExporter exporter = new HandoutExporter(new MarkdownParser());
        return new Setup(course, format, exporter, cl.getOut(), err, name);
    }

    /** Writes the handout and says where; 0, or 1 with the reason on one line. */
    static int write(Setup s, byte[] data, Path file) {
        try {
            HandoutExporter.write(data, file);
        } catch (HandoutException e) {
            s.err().println(s.name() + ": " + e.getMessage());
            return 1;
        }
        s.out()
                .println("wrote " + file + " (" + s.format().label() + ", "
                        + Math.max(1, Math.round(data.length / 1024.0)) + " KB)");
        return 0;
    }

    static int failed(Setup s, HandoutException e) {
        s.err().println(s.name() + ": " + e.getMessage());
        return 1;
    }
}
