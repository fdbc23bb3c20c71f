package org.gramscilens.course;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads a course folder (see docs/content-format.md) into a {@link Course}. Bad content never stops
 * the load: each problem is recorded with its file and line, a lesson that cannot be read becomes a
 * broken entry, and the rest of the course opens.
 */
public final class CourseLoader {
    public static final String COURSE_FILE = "course.yaml";

    public Course load(Path folder) throws CourseNotFoundException {
        Path root = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new CourseNotFoundException(root, "Course folder not found: " + root);
        }
        if (!Files.isRegularFile(root.resolve(COURSE_FILE))) {
            throw new CourseNotFoundException(
                    root,
                    "Not a course folder: " + root + " has no " + COURSE_FILE
                            + ". Choose the folder that contains course.yaml (see docs/content-format.md).");
        }
        List<Problem> problems = new ArrayList<>();
        Path courseFile = Path.of(COURSE_FILE);
        YamlTree courseYaml = readYaml(root, courseFile, problems);
        JsonNode top = courseYaml == null ? null : courseYaml.root();
        CourseInfo info = new CourseInfo(
                textOr(
                        top,
                        "title",
                        root.getFileName() == null
                                ? "Course"
                                : root.getFileName().toString()),
                YamlTree.text(top, "subtitle"),
                YamlTree.texts(top, "authors"),
                YamlTree.text(top, "licence"),
                YamlTree.text(top, "language"));
        if (top != null && YamlTree.text(top, "title") == null) {
            problems.add(new Problem(courseFile, 1, "course.yaml has no 'title'; add title: \"...\""));
        }

        List<Module> modules = new ArrayList<>();
        JsonNode moduleList = top == null ? null : top.get("modules");
        if (top != null && (moduleList == null || !moduleList.isArray() || moduleList.isEmpty())) {
            problems.add(new Problem(
                    courseFile,
                    line(courseYaml, moduleList, 1),
                    "course.yaml lists no modules; add 'modules:' with '- id: <folder under modules/>' entries"));
        } else if (moduleList != null) {
            for (JsonNode entry : moduleList) {
                Module m = loadModule(root, courseYaml, entry, problems);
                if (m != null) {
                    modules.add(m);
                }
            }
        }
        Map<String, Reference> references = ReferenceReader.read(root, problems);
        Map<String, GlossaryTerm> glossary = GlossaryReader.read(root, problems);
        return new Course(root, info, modules, references, glossary, problems);
    }

    private Module loadModule(Path root, YamlTree yaml, JsonNode entry, List<Problem> problems) {
        Path courseFile = Path.of(COURSE_FILE);
        int at = yaml.line(entry);
        String id = entry.isTextual() ? entry.asText() : YamlTree.text(entry, "id");
        if (id == null || id.isBlank()) {
            problems.add(
                    new Problem(courseFile, at, "module entry has no 'id'; write '- id: <folder under modules/>'"));
            return null;
        }
        String title = entry.isTextual() ? id : textOr(entry, "title", id);
        var refused = CoursePaths.refusal(id);
        if (refused.isPresent() || id.contains("/") || id.contains("\\")) {
            Problem p = new Problem(
                    courseFile,
                    at,
                    "module id '" + id + "' must be a folder name under modules/: "
                            + refused.orElse("no slashes allowed"));
            problems.add(p);
            return new Module(id, title, List.of(brokenLesson(id, courseFile, p)), null);
        }
        Path dir = root.resolve("modules").resolve(id);
        Path relDir = Path.of("modules", id);
        if (!Files.isDirectory(dir)) {
            Problem p = new Problem(
                    courseFile,
                    at,
                    "module folder " + relDir.toString().replace('\\', '/')
                            + " is missing; create it with a lesson.md or remove the entry");
            problems.add(p);
            return new Module(id, title, List.of(brokenLesson(id, relDir, p)), null);
        }
        Optional<String> linkedOut = CoursePaths.outside(root, dir);
        if (linkedOut.isPresent()) {
            Problem p = new Problem(
                    courseFile, at, "module folder " + relDir.toString().replace('\\', '/') + " " + linkedOut.get());
            problems.add(p);
            return new Module(id, title, List.of(brokenLesson(id, relDir, p)), null);
        }
        List<Path> files = lessonFiles(dir);
        if (files.isEmpty()) {
            Problem p = new Problem(relDir.resolve("lesson.md"), 0, "missing file: the module has no lesson.md");
            problems.add(p);
            return new Module(id, title, List.of(brokenLesson(id, p.file(), p)), quizOf(dir, relDir));
        }
        List<Lesson> lessons = new ArrayList<>();
        for (Path f : files) {
            Optional<String> fileOutside = CoursePaths.outside(root, f);
            if (fileOutside.isPresent()) {
                Problem p = new Problem(root.relativize(f), 0, "lesson file " + fileOutside.get());
                problems.add(p);
                lessons.add(brokenLesson(id, p.file(), p));
                continue;
            }
            Lesson lesson = LessonReader.read(root, root.relativize(f), id);
            if (lesson.broken()) {
                problems.add(lesson.error());
            }
            lessons.add(lesson);
        }
        return new Module(id, title, lessons, quizOf(dir, relDir));
    }

    private static Path quizOf(Path dir, Path relDir) {
        for (String name : new String[] {Module.QUIZ_FILE, Module.MOODLE_QUIZ_FILE}) {
            Path quiz = dir.resolve(name);
            if (Files.isRegularFile(quiz)
                    && CoursePaths.outside(dir.getParent().getParent(), quiz).isEmpty()) {
                return relDir.resolve(name);
            }
        }
        return null;
    }

    /** lesson.md first, then the folder's other Markdown files in name order. */
    private static List<Path> lessonFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p))
                    .sorted((a, b) -> {
                        boolean am = a.getFileName().toString().equals("lesson.md");
                        boolean bm = b.getFileName().toString().equals("lesson.md");
                        return am == bm
                                ? a.getFileName()
                                        .toString()
                                        .compareTo(b.getFileName().toString())
                                : am ? -1 : 1;
                    })
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    static Lesson brokenLesson(String moduleId, Path file, Problem problem) {
        String name = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        return new Lesson("broken:" + file, moduleId, name, null, null, null, null, null, file, "", 1, problem);
    }

    private static String textOr(JsonNode obj, String field, String fallback) {
        String t = YamlTree.text(obj, field);
        return t == null || t.isBlank() ? fallback : t;
    }

    private static int line(YamlTree yaml, JsonNode node, int fallback) {
        int l = yaml.line(node);
        return l > 0 ? l : fallback;
    }

    /** Reads a YAML file of the course; null (with a problem recorded) if missing or unparsable. */
    static YamlTree readYaml(Path root, Path relative, List<Problem> problems) {
        String text = readText(root, relative, problems);
        if (text == null) {
            return null;
        }
        try {
            return YamlTree.parse(text);
        } catch (YamlTree.YamlError e) {
            problems.add(new Problem(relative, e.line(), "YAML error: " + e.getMessage()));
            return null;
        }
    }

    /** The file's text, or null with a problem recorded. */
    static String readText(Path root, Path relative, List<Problem> problems) {
        try {
            return org.gramscilens.files.TextFiles.readUtf8(root.resolve(relative));
        } catch (NoSuchFileException e) {
            problems.add(new Problem(relative, 0, "missing file"));
        } catch (MalformedInputException e) {
            problems.add(new Problem(
                    relative,
                    e instanceof org.gramscilens.files.TextFiles.NotUtf8Exception n ? n.line() : 0,
                    e.getMessage()));
        } catch (IOException e) {
            problems.add(new Problem(relative, 0, "cannot read: " + e.getMessage()));
        }
        return null;
    }
}
