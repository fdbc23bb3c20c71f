package org.gramscilens.ui;

import java.io.File;
import java.nio.file.Path;
import javafx.concurrent.Task;
import javafx.scene.Cursor;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.gramscilens.course.Course;
import org.gramscilens.course.Lesson;
import org.gramscilens.handout.HandoutExporter;
import org.gramscilens.handout.HandoutOptions;
import org.gramscilens.markdown.syntax.MarkdownParser;
import org.gramscilens.ui.common.Messages;

/**
 * File → Export Handout: the lesson being read, or the whole course, as PDF or self-contained HTML (the
 * file name's ending decides), or as a 16:9 slide deck PDF (the chooser's "Slide deck" type). Writing a PDF takes seconds, so it runs in the background with the shell
 * showing it is busy, and ends with a message saying where the file is.
 */
final class HandoutExport {
    private HandoutExport() {}

    /** @param lesson the lesson to export, or null for the whole course */
    static void choose(Stage owner, Course course, Lesson lesson, MarkdownParser parser) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get(lesson == null ? "handout.courseTitle" : "handout.lessonTitle"));
        FileChooser.ExtensionFilter slides =
                new FileChooser.ExtensionFilter(Messages.get("handout.slidesPdf"), "*.pdf");
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter(Messages.get("handout.pdf"), "*.pdf"),
                        new FileChooser.ExtensionFilter(Messages.get("handout.html"), "*.html"),
                        slides);
        chooser.setInitialFileName((lesson == null ? "course" : lesson.id()) + ".pdf");
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            HandoutExporter.Format format = chooser.getSelectedExtensionFilter() == slides
                    ? HandoutExporter.Format.SLIDES_PDF
                    : formatOf(file.toPath());
            export(owner, course, lesson, parser, file.toPath(), format, null);
        }
    }

    private static HandoutExporter.Format formatOf(Path file) {
        return HandoutExporter.Format.of(file).orElse(HandoutExporter.Format.PDF);
    }

    /** Writes the handout in the background; {@code done} (may be null) runs on the FX thread afterwards. */
    static void export(Stage owner, Course course, Lesson lesson, MarkdownParser parser, Path file, Runnable done) {
        export(owner, course, lesson, parser, file, formatOf(file), done);
    }

    /** Writes the handout or slide deck ({@code format}) in the background, then runs {@code done}. */
    static void export(
            Stage owner,
            Course course,
            Lesson lesson,
            MarkdownParser parser,
            Path file,
            HandoutExporter.Format format,
            Runnable done) {
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                HandoutExporter exporter = new HandoutExporter(parser);
                byte[] data = lesson == null
                        ? exporter.course(course, format, HandoutOptions.DEFAULT)
                        : exporter.lesson(course, lesson, format, HandoutOptions.DEFAULT);
                HandoutExporter.write(data, file);
                return file;
            }
        };
        owner.getScene().setCursor(Cursor.WAIT);
        task.setOnSucceeded(
                e -> finish(owner, Alert.AlertType.INFORMATION, Messages.get("handout.written", file), done));
        task.setOnFailed(e -> finish(
                owner,
                Alert.AlertType.ERROR,
                Messages.get("handout.failed", file, task.getException().getMessage()),
                done));
        Thread t = new Thread(task, "handout-export");
        t.setDaemon(true);
        t.start();
    }

    private static void finish(Stage owner, Alert.AlertType type, String message, Runnable done) {
        owner.getScene().setCursor(null);
        Alert a = new Alert(type, message);
        a.initOwner(owner);
        a.getDialogPane().setId("handout-result");
        a.show();
        if (done != null) {
            done.run();
        }
    }
}
