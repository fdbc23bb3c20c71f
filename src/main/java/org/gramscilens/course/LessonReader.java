package org.gramscilens.course;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads one lesson file: YAML front matter between '---' lines, then the Markdown body. */
final class LessonReader {
    private LessonReader() {}

    static Lesson read(Path root, Path relative, String moduleId) {
        List<Problem> problems = new ArrayList<>();
        String text = CourseLoader.readText(root, relative, problems);
        if (text == null) {
            return CourseLoader.brokenLesson(moduleId, relative, problems.get(0));
        }
        return parse(text, relative, moduleId);
    }

    static Lesson parse(String text, Path relative, String moduleId) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r?\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            return broken(
                    moduleId,
                    relative,
                    1,
                    "no front matter: the file must start with a '---' line, then id: and title:, then '---'");
        }
        int end = -1;
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.equals("---") || l.equals("...")) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return broken(moduleId, relative, 1, "front matter is not closed: add a '---' line after it");
        }
        String yaml = String.join("\n", java.util.Arrays.asList(lines).subList(1, end));
        YamlTree tree;
        try {
            tree = YamlTree.parse(yaml);
        } catch (YamlTree.YamlError e) {
            return broken(moduleId, relative, e.line() + 1, "front matter YAML error: " + e.getMessage());
        }
        JsonNode fm = tree.root();
        if (!fm.isObject()) {
            return broken(moduleId, relative, 2, "front matter must be 'key: value' lines (id:, title: ...)");
        }
        String id = YamlTree.text(fm, "id");
        String title = YamlTree.text(fm, "title");
        if (id == null || id.isBlank()) {
            return broken(moduleId, relative, 2, "front matter has no 'id:'; add a unique id such as 'id: cadres'");
        }
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            return broken(
                    moduleId,
                    relative,
                    1 + tree.line(fm.get("id")),
                    "lesson id '" + id + "' may use only letters, digits, '.', '_' and '-'");
        }
        if (title == null || title.isBlank()) {
            return broken(moduleId, relative, 2, "front matter has no 'title:'; add one");
        }
        Integer minutes = null;
        JsonNode m = fm.get("minutes");
        if (m != null && m.canConvertToInt()) {
            minutes = m.asInt();
        }
        String body = String.join("\n", java.util.Arrays.asList(lines).subList(end + 1, lines.length));
        return new Lesson(
                id,
                moduleId,
                title,
                YamlTree.text(fm, "summary"),
                YamlTree.texts(fm, "objectives"),
                YamlTree.texts(fm, "key-terms"),
                YamlTree.texts(fm, "discussion"),
                minutes,
                relative,
                body,
                end + 2,
                null);
    }

    /** What can still be read from a lesson whose front matter is broken: its id line and its body. */
    record Salvage(String id, String body, int bodyLine) {}

    private static final java.util.regex.Pattern ID_LINE =
            java.util.regex.Pattern.compile("^id:\\s*([\"']?)([A-Za-z0-9][A-Za-z0-9._-]*)\\1\\s*(#.*)?$");

    /**
     * The id and body of a lesson the reader refused, when its front matter still has a plain
     * {@code id:} line and a closing {@code ---}; so the validator can report the one real problem
     * instead of every link to that lesson as a link to nowhere.
     */
    static java.util.Optional<Salvage> salvage(Path root, Path relative) {
        String text;
        try {
            text = java.nio.file.Files.readString(root.resolve(relative));
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return java.util.Optional.empty();
        }
        String[] lines = text.replace("\uFEFF", "").split("\r?\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            return java.util.Optional.empty();
        }
        String id = null;
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.equals("---") || l.equals("...")) {
                if (id == null) {
                    return java.util.Optional.empty();
                }
                String body = String.join("\n", java.util.Arrays.asList(lines).subList(i + 1, lines.length));
                return java.util.Optional.of(new Salvage(id, body, i + 2));
            }
            java.util.regex.Matcher m = ID_LINE.matcher(lines[i]);
            if (m.matches() && id == null) {
                id = m.group(2);
            }
        }
        return java.util.Optional.empty();
    }

    private static Lesson broken(String moduleId, Path relative, int line, String message) {
        return CourseLoader.brokenLesson(moduleId, relative, new Problem(relative, line, message));
    }
}
