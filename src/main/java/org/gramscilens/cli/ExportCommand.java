package org.gramscilens.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code export lesson ID | course | map | progress}: handouts as PDF or HTML (docs/seminar-and-handouts.md),
 * the concept map as CmapTools CXL, a learner's progress as CSV or JSON. A plain parent.
 */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description =
                "Write handouts (PDF or self-contained HTML), the concept map (CXL) or a learner's progress (CSV, JSON).",
        subcommands = {
            ExportLessonCommand.class,
            ExportCourseCommand.class,
            ExportMapCommand.class,
            ExportProgressCommand.class
        },
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
        String choices = spec.subcommands().entrySet().stream()
                .filter(e -> !e.getKey().equals("help"))
                .map(e -> "'" + name + " " + e.getKey() + (e.getKey().equals("lesson") ? " ID" : "") + "'")
                .collect(java.util.stream.Collectors.joining(", "));
        spec.commandLine().getErr().println(name + ": say what to export: " + choices);
        spec.commandLine().getErr().println("Try '" + name + " --help'.");
        return 2;
    }
}
