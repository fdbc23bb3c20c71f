package org.gramscilens.ui.map;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.gramscilens.course.Course;
import org.gramscilens.course.Lesson;
import org.gramscilens.course.Problem;
import org.gramscilens.files.AtomicWrite;
import org.gramscilens.map.CourseMapFile;
import org.gramscilens.map.CxlReader;
import org.gramscilens.map.MapYamlWriter;

/**
 * "Save into course" for a CXL map on screen: writes it as the open course's concept-map.yaml, placed in
 * the course's first lesson (docs/concept-map-format.md), after asking before it replaces a map the course
 * has; the replaced file is kept as concept-map.yaml.bak ({@link CourseMapFile}). The dialog's ids are
 * {@code #map-save-confirm} and, for failures, the view's {@code #map-error-dialog}.
 */
final class ImportSaver {
    private final Course course;
    private final Consumer<String> done;
    private final ErrorSink error;

    /** Shows a failure: title and text. */
    interface ErrorSink {
        void show(String title, String text);
    }

    ImportSaver(Course course, Consumer<String> done, ErrorSink error) {
        this.course = course;
        this.done = done;
        this.error = error;
    }

    boolean possible() {
        return course != null && course.root() != null;
    }

    /** Asks first if the course has a map; true if the map was written. */
    boolean save(CxlReader.Imported imported, Path from, Window owner) {
        Optional<String> lesson = course.firstLesson().map(Lesson::id);
        if (lesson.isEmpty()) {
            error.show(MapMessages.get("save.failed.title"), MapMessages.get("save.nolesson"));
            return false;
        }
        Path root = course.root();
        if (CourseMapFile.exists(root) && !confirmed(imported, root, owner)) {
            return false;
        }
        MapYamlWriter.Written written = MapYamlWriter.write(imported.map(), lesson.get(), from, imported.fromThisApp());
        Path backup;
        try {
            backup = CourseMapFile.save(root, written.yaml());
        } catch (IOException e) {
            error.show(MapMessages.get("save.failed.title"), AtomicWrite.reason(e));
            return false;
        }
        String text = MapMessages.get(
                "save.done",
                CourseMapFile.file(root).getFileName(),
                imported.map().concepts().size(),
                imported.map().propositions().size(),
                lesson.get());
        if (backup != null) {
            text += " " + MapMessages.get("save.done.backup", backup.getFileName());
        }
        List<Problem> lost = imported.warnings().isEmpty() ? written.warnings() : imported.warnings();
        if (!lost.isEmpty()) {
            text += " "
                    + MapMessages.get(
                            "save.done.warnings",
                            imported.warnings().size() + written.warnings().size(),
                            lost.get(0).message());
        }
        done.accept(text);
        return true;
    }

    private static boolean confirmed(CxlReader.Imported imported, Path root, Window owner) {
        ButtonType replace = new ButtonType(MapMessages.get("save.confirm.replace"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(
                Alert.AlertType.CONFIRMATION,
                MapMessages.get(
                        "save.confirm.text",
                        imported.map().concepts().size(),
                        imported.map().propositions().size(),
                        CourseMapFile.file(root).getFileName() + CourseMapFile.BACKUP_SUFFIX),
                replace,
                ButtonType.CANCEL);
        alert.setTitle(MapMessages.get("save.confirm.title"));
        alert.setHeaderText(MapMessages.get("save.confirm.header"));
        alert.getDialogPane().setId("map-save-confirm");
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        if (owner != null) {
            alert.initOwner(owner);
            if (owner.getScene() != null) {
                alert.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            }
        }
        return alert.showAndWait().filter(replace::equals).isPresent();
    }
}
