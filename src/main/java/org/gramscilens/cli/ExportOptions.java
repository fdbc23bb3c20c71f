package org.gramscilens.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options {@code export lesson} and {@code export course} share. */
public final class ExportOptions {
    @Option(
            names = "--to",
            paramLabel = "FORMAT",
            description = "pdf, html or slides-pdf (default: from the -o file name's extension).")
    String to;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "FILE",
            description = "The file to write.")
    Path output;

    @Option(
            names = "--notes",
            description =
                    "Include the speaker notes (boxed and labelled; with slides-pdf, a notes page after each slide).")
    boolean notes;

    @Option(
            names = "--content",
            paramLabel = "DIR",
            description = "Course folder (default: the app's --content, else the bundled course).")
    Path content;
}
