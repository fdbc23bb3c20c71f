package org.gramscilens.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code class report ...}: a lecturer's view of a class's xAPI statements. */
@Command(
        name = "class",
        mixinStandardHelpOptions = true,
        description = "A lecturer's view of the class (xAPI).",
        subcommands = ClassReportCommand.class)
public final class ClassCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
