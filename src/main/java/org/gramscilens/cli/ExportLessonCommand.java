package org.gramscilens.cli;

import java.util.concurrent.Callable;
import org.gramscilens.course.Lesson;
import org.gramscilens.handout.HandoutException;
import org.gramscilens.handout.HandoutOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code export lesson ID --to pdf|html -o FILE [--notes] [--content DIR]}. */
@Command(
        name = "lesson",
        mixinStandardHelpOptions = true,
        description = "Write a handout of one lesson: objectives, text, discussion questions, references, glossary.")
public final class ExportLessonCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ID", description = "The lesson's id (the 'id:' in its front matter).")
    String id;

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
        Lesson lesson = s.course().lesson(id).orElse(null);
        if (lesson == null) {
            String example =
                    s.course().firstLesson().map(l -> ", e.g. " + l.id()).orElse("");
            s.err()
                    .println(s.name() + ": no lesson with id '" + id + "' in "
                            + s.course().root() + " (the id is the 'id:' line of a lesson's front matter" + example
                            + ")");
            return 2;
        }
        try {
            byte[] data = s.exporter().lesson(s.course(), lesson, s.format(), new HandoutOptions(options.notes));
            return HandoutRun.write(s, data, options.output);
        } catch (HandoutException e) {
            return HandoutRun.failed(s, e);
        }
    }
}
