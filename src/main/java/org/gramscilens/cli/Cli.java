package org.gramscilens.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Parses and runs a command line; wrong arguments give one line and a hint, exit 2, never a stack trace. */
public final class Cli {
    public static final int GUI_RUNNING = LensCommand.GUI_RUNNING;

    private Cli() {
    }

    public static CommandLine commandLine(Gui gui, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new LensCommand(gui));
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            String name = c.getCommandSpec().qualifiedName();
            c.getErr().println(name + ": " + ex.getMessage().lines().findFirst().orElse("bad arguments"));
            c.getErr().println("Try '" + name + " --help'.");
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            c.getErr().println(c.getCommandSpec().qualifiedName() + ": " + ex);
            return 1;
        });
        return cl;
    }

    /** Runs the command line; returns the exit code, or {@link #GUI_RUNNING} when the app window was opened. */
    public static int run(String[] args, Gui gui, PrintWriter out, PrintWriter err) {
        int code = commandLine(gui, out, err).execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
