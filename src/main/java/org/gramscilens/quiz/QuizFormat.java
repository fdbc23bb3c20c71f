package org.gramscilens.quiz;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The quiz file formats the converter reads and writes. */
public enum QuizFormat {
    GIFT("gift"),
    MOODLE_XML("moodle-xml"),
    JSON("json");

    private final String cliName;

    QuizFormat(String cliName) {
        this.cliName = cliName;
    }

    /** The name used on the command line ({@code --to moodle-xml}). */
    public String cliName() {
        return cliName;
    }

    public static Optional<QuizFormat> fromCliName(String name) {
        for (QuizFormat f : values()) {
            if (f.cliName.equals(name.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The format a file name says: {@code .gift} or {@code .txt} (Moodle's GIFT export), {@code .xml}, {@code .json}. */
    public static Optional<QuizFormat> fromFileName(Path file) {
        Path name = file.getFileName();
        String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".gift") || n.endsWith(".txt")) {
            return Optional.of(GIFT);
        } else if (n.endsWith(".xml")) {
            return Optional.of(MOODLE_XML);
        } else if (n.endsWith(".json")) {
            return Optional.of(JSON);
        }
        return Optional.empty();
    }
}
