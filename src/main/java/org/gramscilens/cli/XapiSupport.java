package org.gramscilens.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.gramscilens.course.BundledCourse;
import org.gramscilens.course.Course;
import org.gramscilens.course.CourseLoader;
import org.gramscilens.course.CourseNotFoundException;
import org.gramscilens.xapi.LrsClient;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** What the xAPI commands share: finding the course and making an LRS client from --lrs/--key/--secret. */
final class XapiSupport {

    private XapiSupport() {}

    static Course course(CommandSpec spec, Path content) {
        Path folder = content != null
                ? content
                : BundledCourse.locate()
                        .orElseThrow(() -> new ParameterException(
                                spec.commandLine(),
                                "No course found (looked in " + BundledCourse.candidates()
                                        + "); give one with --content DIR"));
        try {
            return new CourseLoader().load(folder);
        } catch (CourseNotFoundException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    static LrsClient client(CommandSpec spec, String lrs, String key, String secret) {
        URI uri;
        try {
            uri = URI.create(lrs);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--lrs '" + lrs + "' is not a URL: give the LRS's "
                            + "xAPI endpoint, e.g. https://lrs.example.org/data/xAPI/");
        }
        if (uri.getScheme() == null
                || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
            throw new ParameterException(spec.commandLine(), "--lrs '" + lrs + "' must start with http:// or https://");
        }
        return new LrsClient(uri, key, secret, Duration.ofSeconds(30));
    }

    static void flush(PrintWriter... writers) {
        for (PrintWriter w : writers) {
            w.flush();
        }
    }
}
