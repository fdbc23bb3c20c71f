package org.gramscilens;

import java.io.PrintWriter;
import org.gramscilens.cli.Cli;
import org.gramscilens.ui.DesktopGui;

/** Entry point: the command line decides between opening the app and running a subcommand. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        int code =
                Cli.run(args, new DesktopGui(), new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        if (code != Cli.GUI_RUNNING) {
            System.exit(code);
        }
    }
}
