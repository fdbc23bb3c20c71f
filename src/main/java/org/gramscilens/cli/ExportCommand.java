package org.gramscilens.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code export lesson ID | course}: handouts as PDF or HTML (docs/seminar-and-handouts.md). A plain parent:
 * the work is in its subcommands, and others (a concept-map export) can be added beside them.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a handout of a lesson or of the whole course, as PDF or self-contained HTML.",
        subcommands = {ExportLessonCommand.class, ExportCourseCommand.class},
        footer = {"", "Exit status: 0 written, 1 failed (or lessons had to be left out), 2 wrong arguments."})
public final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    LensCommand lens;

    @Spec
    CommandSpec spec;

    /** The app's own --content, when export runs under gramsci-lens. */
    Path appContent() {
        return lens == null ? null : lens.content;
    }

    @Override
    public Integer call() {
        String name = spec.qualifiedName();
        spec.commandLine().getErr().println(name + ": say what to export: '" + name + " lesson ID' or '" + name
                + " course'");
        spec.commandLine().getErr().println("Try '" + name + " --help'.");
        return 2;
    }
}
