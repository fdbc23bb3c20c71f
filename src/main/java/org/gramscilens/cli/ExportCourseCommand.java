package org.gramscilens.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.gramscilens.course.Lesson;
import org.gramscilens.handout.HandoutException;
import org.gramscilens.handout.HandoutOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code export course --to pdf|html -o FILE [--notes] [--content DIR]}. A lesson that cannot be read is
 * named in the handout and on standard error, and the exit status is 1 though the file is written.
 */
@Command(
        name = "course",
        mixinStandardHelpOptions = true,
        description = "Write a handout of the whole course: title page, contents, every module, references, glossary.")
public final class ExportCourseCommand implements Callable<Integer> {
    @Mixin
    ExportOptions options;

    @ParentCommand
    ExportCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        HandoutRun.Setup s;
        try {
            s = HandoutRun.setup(spec, options, parent == null ? null : parent.appContent());
        } catch (HandoutRun.Exit e) {
            return e.code;
        }
        byte[] data;
        try {
            data = s.exporter().course(s.course(), s.format(), new HandoutOptions(options.notes));
        } catch (HandoutException e) {
            return HandoutRun.failed(s, e);
        }
        int code = HandoutRun.write(s, data, options.output);
        List<Lesson> broken = s.course().lessons().filter(Lesson::broken).toList();
        for (Lesson l : broken) {
            s.err().println(s.name() + ": left out " + l.error());
        }
        return code != 0 ? code : broken.isEmpty() ? 0 : 1;
    }
}
