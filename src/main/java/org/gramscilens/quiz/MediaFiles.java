package org.gramscilens.quiz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the files embedded in questions ({@code <file>} in Moodle XML) into a folder beside the quiz
 * and points the texts at them: {@code @@PLUGINFILE@@/logo.jpg} becomes {@code media/logo.jpg}. Used
 * when the target format cannot embed files (GIFT). Two different files with one name are kept apart
 * ({@code media/2-logo.jpg}); the same file used by two questions is written once.
 */
public final class MediaFiles {

    static final String PLUGINFILE = "@@PLUGINFILE@@/";

    /** The questions with their files moved out, and one note per question saying where they went. */
    public record Written(List<Question> questions, List<GiftProblem> notes) {}

    private MediaFiles() {}

    /**
     * @param folder     where to write the files (created when there is one)
     * @param linkPrefix how the texts refer to that folder, e.g. {@code media/}
     * @param path       the input file, to name in the notes
     */
    public static Written write(List<Question> questions, Path folder, String linkPrefix, String path)
            throws IOException {
        Map<String, byte[]> written = new HashMap<>();
        List<Question> out = new ArrayList<>();
        List<GiftProblem> notes = new ArrayList<>();
        for (Question q : questions) {
            List<QuestionExtras.MediaFile> files = q.info().extras().files();
            if (files.isEmpty()) {
                out.add(q);
                continue;
            }
            Map<String, String> links = new HashMap<>();
            for (QuestionExtras.MediaFile f : files) {
                byte[] bytes = f.bytes();
                String name = safeName(f.name());
                String target = name;
                for (int n = 2; written.containsKey(target) && !Arrays.equals(written.get(target), bytes); n++) {
                    target = n + "-" + name;
                }
                if (!written.containsKey(target)) {
                    Files.createDirectories(folder);
                    Files.write(folder.resolve(target), bytes);
                    written.put(target, bytes);
                }
                links.put(PLUGINFILE + encodedPath(f) + f.name(), linkPrefix + target);
                links.put(PLUGINFILE + f.name(), linkPrefix + target);
                links.put(
                        PLUGINFILE
                                + java.net.URLEncoder.encode(f.name(), java.nio.charset.StandardCharsets.UTF_8)
                                        .replace("+", "%20"),
                        linkPrefix + target);
            }
            Question moved =
                    QuestionTexts.map(q, t -> t.isEmpty() ? t : FormattedText.of(relink(t.text(), links), t.format()));
            out.add(moved.withInfo(moved.info().withExtras(moved.info().extras().withFiles(List.of()))));
            notes.add(GiftProblem.warningAt(
                    path,
                    q.source(),
                    "question '" + q.id() + "': its embedded files ("
                            + String.join(
                                    ", ",
                                    files.stream()
                                            .map(QuestionExtras.MediaFile::name)
                                            .toList()) + ") are written to "
                            + folder + " and its text links there; keep that folder beside the quiz"));
        }
        return new Written(out, notes);
    }

    private static String encodedPath(QuestionExtras.MediaFile f) {
        String p = f.path();
        return p.equals("/") ? "" : p.replaceAll("^/", "");
    }

    private static String relink(String text, Map<String, String> links) {
        String s = text;
        // Longer keys first, so a link with a sub-path is not cut short by the plain-name key.
        List<String> keys = new ArrayList<>(links.keySet());
        keys.sort((a, b) -> b.length() - a.length());
        for (String k : keys) {
            s = s.replace(k, links.get(k));
        }
        return s;
    }

    /** A file name that stays inside the folder: no path separators, no leading dots. */
    static String safeName(String name) {
        String s = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").replaceAll("^\\.+", "_");
        return s.isBlank() ? "file" : s;
    }
}
