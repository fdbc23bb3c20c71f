package org.gramscilens.course;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generated lessons and courses for the benchmarks: seeded, so every run reads the same text. The prose
 * mixes the course's vocabulary with headings, emphasis, lists, quotations, tables, citations and glossary
 * terms, in about the proportions of the bundled lessons.
 */
public final class SyntheticCourse {
    /** Glossary terms and reference keys of {@link #writeCourse}; lessons mention and cite them. */
    public static final List<String> TERMS = List.of("hegemony", "common sense", "cadre", "subaltern", "historic bloc");

    public static final List<String> REFERENCE_KEYS = List.of("therborn1980", "gramsci1971", "sassoon2000");

    private static final String[] WORDS = {
        "the",
        "of",
        "and",
        "to",
        "a",
        "in",
        "that",
        "is",
        "for",
        "as",
        "with",
        "by",
        "on",
        "not",
        "but",
        "which",
        "leadership",
        "medical",
        "doctors",
        "managers",
        "consent",
        "power",
        "service",
        "health",
        "policy",
        "change",
        "organisation",
        "clinicians",
        "patients",
        "practice",
        "authority",
        "networks",
        "influence",
        "reform",
        "professional",
        "state",
        "class",
        "culture",
        "ideas",
        "work",
        "trust",
        "market",
        "targets",
        "audit",
        "intellectuals",
        "organic",
        "traditional",
        "compromise",
        "conjuncture",
        "position",
        "war",
        "NHS",
        "management",
        "public",
        "new",
        "voice",
        "experience",
        "students",
        "seminar",
        "reading",
        "everyday",
        "institutions",
        "collective",
        "thinking",
        "pragmatic",
        "adaptability",
        "dynamism",
        "first-hand",
    };

    private SyntheticCourse() {}

    /**
     * A lesson body of about {@code chars} characters (Markdown, without front matter).
     *
     * @param terms glossary terms to mention now and then; {@code refKeys} references to cite
     */
    public static String lessonMarkdown(long seed, int chars, List<String> terms, List<String> refKeys) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder md = new StringBuilder(chars + 1_000);
        int section = 0;
        while (md.length() < chars) {
            md.append("## ")
                    .append(capitalised(words(random, 2 + random.nextInt(4))))
                    .append(" ")
                    .append(++section)
                    .append("\n\n");
            int blocks = 3 + random.nextInt(5);
            for (int b = 0; b < blocks && md.length() < chars; b++) {
                switch (random.nextInt(10)) {
                    case 0 -> list(md, random);
                    case 1 ->
                        md.append("> ")
                                .append(sentence(random, terms, refKeys))
                                .append("\n>\n> — ")
                                .append(capitalised(words(random, 2)))
                                .append(citation(random, refKeys))
                                .append("\n\n");
                    case 2 -> table(md, random);
                    default -> paragraph(md, random, terms, refKeys);
                }
            }
        }
        return md.toString();
    }

    /**
     * Writes a course of {@code lessons} one-lesson modules of about {@code charsPerLesson} characters each,
     * with a small glossary and bibliography, and returns {@code dir}. Lesson {@code i} also holds the
     * word {@code marker-i}, so a search can look for something that occurs once.
     */
    public static Path writeCourse(Path dir, int lessons, int charsPerLesson) throws IOException {
        Files.createDirectories(dir);
        StringBuilder course = new StringBuilder("title: \"Generated course\"\nmodules:\n");
        for (int i = 1; i <= lessons; i++) {
            String id = moduleId(i);
            course.append("  - id: ")
                    .append(id)
                    .append("\n    title: \"Module ")
                    .append(i)
                    .append("\"\n");
            Path lesson = dir.resolve("modules").resolve(id).resolve("lesson.md");
            Files.createDirectories(lesson.getParent());
            String body = lessonMarkdown(i, charsPerLesson, TERMS, REFERENCE_KEYS);
            Files.writeString(
                    lesson,
                    "---\nid: lesson-" + i + "\ntitle: \"Lesson " + i + ": "
                            + capitalised(words(new SplittableRandom(-i), 3)) + "\"\nsummary: \"Generated lesson " + i
                            + ".\"\n---\n\n" + body + "\nThis lesson carries the word marker-" + i + ".\n");
        }
        Files.writeString(dir.resolve(CourseLoader.COURSE_FILE), course);
        StringBuilder glossary = new StringBuilder("terms:\n");
        for (String t : TERMS) {
            glossary.append("  - id: ")
                    .append(t.replace(' ', '-'))
                    .append("\n    term: \"")
                    .append(capitalised(t))
                    .append("\"\n    definition: \"A generated definition of ")
                    .append(t)
                    .append(".\"\n");
        }
        Files.writeString(dir.resolve("glossary.yaml"), glossary);
        StringBuilder refs = new StringBuilder("references:\n");
        for (String k : REFERENCE_KEYS) {
            refs.append("  - key: ")
                    .append(k)
                    .append("\n    type: book\n    authors: [\"Author, ")
                    .append(capitalised(k.replaceAll("\\d", "")))
                    .append("\"]\n    year: ")
                    .append(k.replaceAll("\\D", ""))
                    .append("\n    title: \"A generated title\"\n");
        }
        Files.writeString(dir.resolve("references.yaml"), refs);
        return dir;
    }

    static String moduleId(int i) {
        return String.format(Locale.ROOT, "%04d-generated", i);
    }

    private static void paragraph(StringBuilder md, SplittableRandom random, List<String> terms, List<String> refKeys) {
        int sentences = 3 + random.nextInt(5);
        for (int s = 0; s < sentences; s++) {
            md.append(sentence(random, terms, refKeys)).append(' ');
        }
        md.setLength(md.length() - 1);
        md.append("\n\n");
    }

    private static String sentence(SplittableRandom random, List<String> terms, List<String> refKeys) {
        StringBuilder s = new StringBuilder(capitalised(words(random, 6 + random.nextInt(14))));
        if (!terms.isEmpty() && random.nextInt(3) == 0) {
            s.append(" and ").append(terms.get(random.nextInt(terms.size())));
        }
        if (random.nextInt(4) == 0) {
            s.append(" *").append(words(random, 2)).append('*');
        }
        if (random.nextInt(6) == 0) {
            s.append(" **").append(words(random, 1)).append("**");
        }
        s.append(random.nextInt(5) == 0 ? citation(random, refKeys) : "");
        return s.append('.').toString();
    }

    private static String citation(SplittableRandom random, List<String> refKeys) {
        if (refKeys.isEmpty()) {
            return "";
        }
        return " [@" + refKeys.get(random.nextInt(refKeys.size()))
                + (random.nextBoolean() ? ", p. " + (1 + random.nextInt(300)) : "") + "]";
    }

    private static void list(StringBuilder md, SplittableRandom random) {
        boolean ordered = random.nextBoolean();
        int items = 2 + random.nextInt(4);
        for (int i = 1; i <= items; i++) {
            md.append(ordered ? i + ". " : "- ")
                    .append(capitalised(words(random, 4 + random.nextInt(10))))
                    .append('\n');
        }
        md.append('\n');
    }

    private static void table(StringBuilder md, SplittableRandom random) {
        md.append("| ")
                .append(capitalised(words(random, 1)))
                .append(" | ")
                .append(capitalised(words(random, 1)))
                .append(" |\n|---|---|\n");
        for (int r = 0; r < 3; r++) {
            md.append("| ")
                    .append(words(random, 3))
                    .append(" | ")
                    .append(words(random, 5))
                    .append(" |\n");
        }
        md.append('\n');
    }

    private static String words(SplittableRandom random, int count) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            s.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.toString();
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
