package org.gramscilens.ui.map;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.gramscilens.course.Course;
import org.gramscilens.map.ConceptMap;
import org.gramscilens.map.CxlException;
import org.gramscilens.map.CxlReader;
import org.gramscilens.map.CxlWriter;
import org.gramscilens.map.Layout;

/**
 * The concept-map page: a toolbar (filters by module and group, find, zoom, fit, reset, exports and
 * import), the {@link MapCanvas}, and the {@link ConceptPanel} with the chosen concept's definition.
 * Moved concepts are remembered through {@link MapViewActions#positions()}, per map part.
 *
 * <p>Importing a CXL file shows that map instead (nothing of it is remembered) until "Back to the course
 * map"; "Save into course" writes it as the course's concept-map.yaml ({@link ImportSaver}). A file that cannot be read gives an alert with the reader's message, never a stack trace.
 * Ids for tests: {@code #map-view}, {@code #map-find}, {@code #map-module}, {@code #map-group},
 * {@code #map-status}, {@code #map-error-dialog}; see also {@link MapCanvas} and {@link ConceptPanel}.</p>
 */
public final class MapView {
    private final Course course;
    private final ConceptMap courseMap;
    private final MapViewActions actions;
    private final String courseKey;
    private final BorderPane root = new BorderPane();
    private final MapToolbar toolbar;
    private final ChangeListener<Set<String>> onShown = (o, was, now) -> shownChanged(now);
    private final ChangeListener<String> onFound = (o, was, now) -> found(now);
    private MapCanvas canvas;
    private MapViewModel model;
    private String positionsKey;
    private Alert lastAlert;
    private final ImportSaver saver;
    private CxlReader.Imported shownImport;
    private Path shownImportFile;

    /** The whole course map; {@code course} gives the module filter (null: none). */
    public MapView(Course course, ConceptMap map, MapViewActions actions) {
        this(course, map, actions, "course", false);
    }

    private MapView(Course course, ConceptMap map, MapViewActions actions, String key, boolean lesson) {
        this.course = course;
        this.courseMap = Objects.requireNonNull(map, "map");
        this.actions = Objects.requireNonNull(actions, "actions");
        this.courseKey = key;
        root.getStyleClass().add("map-view");
        root.setId("map-view");
        root.getStylesheets()
                .add(MapView.class
                        .getResource("/org/gramscilens/ui/map/map.css")
                        .toExternalForm());
        root.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, this::key);
        saver = new ImportSaver(lesson ? null : course, this::saved, (title, text) -> error(title, null, text));
        toolbar = new MapToolbar(this, lesson);
        root.setTop(toolbar.node());
        root.setBottom(toolbar.statusBar());
        show(map, key, false);
    }

    /** The part of the map a lesson teaches ({@link ConceptMap#forLesson}), with its own remembered positions. */
    public static MapView forLesson(Course course, ConceptMap map, String lessonId, MapViewActions actions) {
        return new MapView(course, map.forLesson(lessonId), actions, "lesson/" + lessonId, true);
    }

    public Node node() {
        return root;
    }

    /** The canvas on screen now (a new one after an import). */
    public MapCanvas canvas() {
        return canvas;
    }

    public MapViewModel model() {
        return model;
    }

    MapToolbar toolbar() {
        return toolbar;
    }

    /** The last error alert shown (for tests); null if none. */
    Alert lastAlert() {
        return lastAlert;
    }

    /** Whether an imported map is on screen rather than the course's. */
    public boolean showingImport() {
        return positionsKey == null;
    }

    private void show(ConceptMap map, String key, boolean imported) {
        if (model != null) {
            model.shownProperty().removeListener(onShown);
            model.foundProperty().removeListener(onFound);
        }
        positionsKey = key;
        canvas = new MapCanvas(map);
        if (key != null) {
            canvas.applyPositions(actions.positions().load(key));
        }
        canvas.setOnConceptMoved(this::conceptMoved);
        model = new MapViewModel(imported ? null : course, map);
        model.shownProperty().addListener(onShown);
        model.foundProperty().addListener(onFound);
        toolbar.bind(model, imported);
        ConceptPanel panel = new ConceptPanel(
                canvas,
                actions.openLesson(),
                actions.openGlossary(),
                ref -> course == null
                        ? ref
                        : course.reference(ref).map(r -> r.shortLabel()).orElse(ref));
        if (map.isEmpty()) {
            Label empty = new Label(MapMessages.get(courseKey.startsWith("lesson/") ? "empty.lesson" : "empty"));
            empty.getStyleClass().add("map-empty");
            root.setCenter(empty);
            root.setRight(null);
        } else {
            root.setCenter(canvas);
            root.setRight(panel.node());
        }
        shownChanged(model.shownProperty().get());
    }

    // ---- commands (the toolbar delegates here) ----

    /** Ctrl +, Ctrl − and Ctrl 0 work wherever the focus is on the page (the canvas handles its own first). */
    private void key(javafx.scene.input.KeyEvent e) {
        if (!e.isShortcutDown()) {
            return;
        }
        switch (MapKeys.of(e)) {
            case ZOOM_IN -> zoomIn();
            case ZOOM_OUT -> zoomOut();
            case FIT -> fit();
            default -> {
                return;
            }
        }
        e.consume();
    }

    void fit() {
        canvas.fit();
    }

    void zoomIn() {
        canvas.zoomIn();
    }

    void zoomOut() {
        canvas.zoomOut();
    }

    void resetLayout() {
        canvas.resetPositions();
        if (positionsKey != null) {
            actions.positions().save(positionsKey, Map.of());
        }
    }

    void backToCourse() {
        show(courseMap, courseKey, false);
        toolbar.status(
                MapMessages.get(
                        "toolbar.shown",
                        canvas.model().shownProperty().get().size(),
                        courseMap.concepts().size()),
                false);
    }

    private void conceptMoved(String id, Point2D centre) {
        if (positionsKey != null) {
            actions.positions().save(positionsKey, canvas.movedPositions());
        }
    }

    private void shownChanged(Set<String> ids) {
        canvas.showOnly(ids);
        toolbar.status(
                MapMessages.get(
                        "toolbar.shown", ids.size(), canvas.map().concepts().size()),
                false);
    }

    private void found(String id) {
        if (id != null) {
            canvas.select(id);
            canvas.centreOn(id);
        }
    }

    // ---- files ----

    void chooseExportPng() {
        File f = chooser("export.png.title", "filter.png", "*.png", "concept-map.png")
                .showSaveDialog(window());
        if (f != null) {
            exportPng(f.toPath());
        }
    }

    void chooseExportCxl() {
        File f = chooser("export.cxl.title", "filter.cxl", "*.cxl", "concept-map.cxl")
                .showSaveDialog(window());
        if (f != null) {
            exportCxl(f.toPath());
        }
    }

    void chooseImportCxl() {
        File f = chooser("import.cxl.title", "filter.cxl", "*.cxl", null).showOpenDialog(window());
        if (f != null) {
            importCxl(f.toPath());
        }
    }

    /** Writes what is shown as a PNG at twice the screen resolution; a failure is reported in an alert. */
    public void exportPng(Path file) {
        try {
            MapPng.write(canvas, file);
            toolbar.status(MapMessages.get("export.done", file.getFileName()), false);
        } catch (IOException | RuntimeException e) {
            error(MapMessages.get("export.failed.title"), null, MapMessages.get("export.failed", file, message(e)));
        }
    }

    /** Writes what is shown as CXL for CmapTools, where the learner arranged it. */
    public void exportCxl(Path file) {
        try {
            CxlWriter.write(canvas.shownMap(), canvas.currentLayout(), courseMap.title(), file);
            toolbar.status(MapMessages.get("export.done", file.getFileName()), false);
        } catch (IOException | RuntimeException e) {
            error(MapMessages.get("export.failed.title"), null, MapMessages.get("export.failed", file, message(e)));
        }
    }

    /** Shows a CmapTools map; one that cannot be read gives an alert naming the file, line and fault. */
    public void importCxl(Path file) {
        CxlReader.Imported imported;
        try {
            imported = CxlReader.read(file);
        } catch (CxlException e) {
            error(MapMessages.get("import.failed.title"), MapMessages.get("import.failed.header"), e.getMessage());
            return;
        }
        shownImport = imported;
        shownImportFile = file;
        show(imported.map(), null, true);
        toolbar.imported(MapMessages.get("import.title", file.getFileName()));
        String done = MapMessages.get(
                "import.done",
                file.getFileName(),
                imported.map().concepts().size(),
                imported.map().propositions().size());
        if (!imported.warnings().isEmpty()) {
            done += " \u2014 "
                    + MapMessages.get(
                            "import.warnings",
                            imported.warnings().size(),
                            imported.warnings().get(0));
        }
        toolbar.status(done, !imported.warnings().isEmpty());
    }

    private void saved(String text) {
        toolbar.status(text, false);
    }

    /** Whether "Save into course" can be offered: the full map view of a course (not a lesson's part). */
    boolean canSaveIntoCourse() {
        return saver.possible();
    }

    /**
     * Writes the imported map on screen into the open course as its concept-map.yaml, after asking if that
     * replaces the course's map (whose file is kept as a backup). True if it was written.
     */
    public boolean saveImportIntoCourse() {
        if (shownImport == null || !showingImport() || !saver.possible()) {
            return false;
        }
        return saver.save(shownImport, shownImportFile, window());
    }

    /** Writes a whole map, placed as {@code layout} says, as a PNG at 2× (see {@link MapPng}); any thread. */
    public static void writePng(ConceptMap map, Layout layout, Path file) throws IOException {
        MapPng.write(map, layout, file);
    }

    /** Writes what {@code canvas} shows as a PNG at 2×. */
    public static void writePng(MapCanvas canvas, Path file) throws IOException {
        MapPng.write(canvas, file);
    }

    private FileChooser chooser(String title, String filter, String pattern, String initialName) {
        FileChooser fc = new FileChooser();
        fc.setTitle(MapMessages.get(title));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(MapMessages.get(filter), pattern));
        if (initialName != null) {
            fc.setInitialFileName(initialName);
        }
        return fc;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private void error(String title, String header, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle(title);
        alert.setHeaderText(header == null ? title : header);
        alert.setContentText(text);
        alert.getDialogPane().setId("map-error-dialog");
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        if (window() != null) {
            alert.initOwner(window());
            alert.getDialogPane().getStylesheets().setAll(root.getScene().getStylesheets());
        }
        lastAlert = alert;
        toolbar.status(text, true);
        alert.show();
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
