package org.gramscilens.map;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gramscilens.course.Course;
import org.gramscilens.course.CourseLoader;
import org.gramscilens.course.CourseNotFoundException;
import org.gramscilens.course.Lesson;
import org.gramscilens.course.Module;
import org.gramscilens.course.Problem;
import org.gramscilens.course.YamlTree;

/**
 * Reads {@code concept-map.yaml} (docs/concept-map-format.md). Like the course readers it never throws
 * for bad content: each problem is recorded with its line, what can be drawn is kept, and a proposition
 * that cannot be drawn goes to {@link ConceptMap#brokenPropositions()}. Checks that need the rest of the
 * course (lesson anchors, glossary ids, reference keys) are {@link ConceptMapCheck}'s.
 */
public final class ConceptMapLoader {
    public static final Path FILE = Path.of("concept-map.yaml");

    private ConceptMapLoader() {}

    /** The map, the problems found reading it, and where each entry and field is in the file. */
    public static final class Result {
        private final ConceptMap map;
        private final List<Problem> problems;
        private final boolean present;
        private final Map<String, Integer> lines;

        Result(ConceptMap map, List<Problem> problems, boolean present, Map<String, Integer> lines) {
            this.map = map;
            this.problems = List.copyOf(problems);
            this.present = present;
            this.lines = lines;
        }

        public ConceptMap map() {
            return map;
        }

        public List<Problem> problems() {
            return problems;
        }

        /** False when the course has no concept-map.yaml (which is allowed). */
        public boolean present() {
            return present;
        }

        public boolean ok() {
            return problems.isEmpty();
        }

        /** The line of {@code field} of the concept or proposition whose entry starts at {@code entryLine}, else {@code entryLine}. */
        int line(String kind, int entryLine, String field) {
            return lines.getOrDefault(kind + "/" + entryLine + "/" + field, entryLine);
        }
    }

    /**
     * Reads the map of the course folder {@code courseRoot}. The course itself is read too, only to learn
     * which lesson belongs to which module ({@link ConceptMap#forModule}).
     */
    public static Result load(Path courseRoot) {
        Map<String, String> index = Map.of();
        if (Files.isRegularFile(courseRoot.resolve(FILE))) {
            try {
                index = lessonModules(new CourseLoader().load(courseRoot));
            } catch (CourseNotFoundException e) {
                // A map without a course: it still loads, only forModule has nothing to go on.
            }
        }
        return read(courseRoot, index);
    }

    /** Reads the map of a course already loaded. */
    public static Result load(Course course) {
        return read(course.root(), lessonModules(course));
    }

    /** Reads concept-map.yaml text (for tests and editors); problems name {@link #FILE}. */
    public static Result parse(String yaml) {
        return parse(yaml, Map.of());
    }

    static Map<String, String> lessonModules(Course course) {
        Map<String, String> index = new LinkedHashMap<>();
        for (Module m : course.modules()) {
            for (Lesson l : m.lessons()) {
                if (!l.broken()) {
                    index.putIfAbsent(l.id(), m.id());
                }
            }
        }
        return index;
    }

    private static Result read(Path root, Map<String, String> index) {
        Path file = root.resolve(FILE);
        if (!Files.exists(file)) {
            return new Result(ConceptMap.empty(), List.of(), false, Map.of());
        }
        String text;
        try {
            text = org.gramscilens.files.TextFiles.readUtf8(file);
        } catch (MalformedInputException e) {
            return failed(e.getMessage());
        } catch (IOException e) {
            return failed("cannot read: " + e.getMessage());
        }
        return parse(text, index);
    }

    private static Result failed(String message) {
        return new Result(ConceptMap.empty(), List.of(new Problem(FILE, 0, message)), true, Map.of());
    }

    static Result parse(String text, Map<String, String> index) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        YamlTree yaml;
        try {
            yaml = YamlTree.parse(text);
        } catch (YamlTree.YamlError e) {
            return new Result(
                    ConceptMap.empty(),
                    List.of(new Problem(FILE, e.line(), "YAML error: " + e.getMessage())),
                    true,
                    Map.of());
        }
        MapYamlReader reader = new MapYamlReader(yaml, FILE);
        ConceptMap map = reader.read().withLessonModules(index);
        return new Result(map, reader.problems(), true, reader.lines());
    }

    /** Keys a YAML entry may have, for the "unknown field" check that catches typos. */
    static final Map<String, List<String>> FIELDS = Map.of(
            "map", List.of("title", "groups", "concepts", "propositions", "exercises", "distractor-phrases"),
            "group", List.of("id", "label", "colour", "color"),
            "concept", List.of("id", "label", "definition", "group", "lesson", "glossary", "x", "y"),
            "proposition", List.of("id", "from", "phrase", "to", "lesson", "source", "synonyms"),
            "exercise", List.of("id", "title", "concepts", "scaffold", "distractors"));
}
