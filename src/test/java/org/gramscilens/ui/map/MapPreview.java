package org.gramscilens.ui.map;

import java.nio.file.Files;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.gramscilens.TestCourses;
import org.gramscilens.course.Course;
import org.gramscilens.course.CourseLoader;
import org.gramscilens.map.ConceptMap;
import org.gramscilens.map.ConceptMapLoader;
import org.gramscilens.map.ExerciseSheet;
import org.gramscilens.progress.ProgressStore;

/**
 * Shows a map view in a window, to look at (not a test):
 * {@code java -cp ... -Dtheme=dark -Dsize=770x520 -Dshot=out.png -Dmode=view|lesson|broken|reveal|exercise org.gramscilens.ui.map.MapPreview$Main [arg]}.
 */
public final class MapPreview extends Application {

    @Override
    public void start(Stage stage) throws Exception {
        Course course = new CourseLoader().load(TestCourses.bundled());
        ConceptMap map = ConceptMapLoader.load(course).map();
        String mode = System.getProperty("mode", "view");
        List<String> args = getParameters().getRaw();
        Parent root = switch (mode) {
            case "lesson" ->
                (Parent) MapView.forLesson(course, map, args.isEmpty() ? "cadres" : args.get(0), MapViewActions.none())
                        .node();
            case "broken" -> (Parent) new MapView(course, BundledMap.withBrokenLink(), MapViewActions.none()).node();
            case "reveal" -> {
                MapRevealPane pane = new MapRevealPane(map);
                int n = args.isEmpty() ? 5 : Integer.parseInt(args.get(0));
                for (int i = 0; i < n; i++) {
                    pane.revealNext();
                }
                yield (Parent) pane.node();
            }
            case "exercise" -> {
                ProgressStore store = ProgressStore.open(
                        Files.createTempDirectory("map-preview").resolve("p"));
                String id = args.isEmpty() ? "who-leads" : args.get(0);
                MapExerciseView ex = new MapExerciseView(
                        map, ExerciseSheet.of(map, map.exercise(id).orElseThrow()), store);
                if (args.size() > 1) {
                    MapExerciseFixture.demo(ex, args.get(1).equals("submit"));
                }
                yield (Parent) ex.node();
            }
            default -> {
                MapView v = new MapView(course, map, MapViewActions.none());
                if (!args.isEmpty()) {
                    v.canvas().select(args.get(0));
                }
                yield (Parent) v.node();
            }
        };
        String[] size = System.getProperty("size", "1400x860").split("x");
        Scene scene = new Scene(root, Double.parseDouble(size[0]), Double.parseDouble(size[1]));
        String theme = System.getProperty("theme", "light");
        scene.getStylesheets()
                .addAll(
                        getClass()
                                .getResource("/org/gramscilens/ui/theme-" + theme + ".css")
                                .toExternalForm(),
                        getClass().getResource("/org/gramscilens/ui/app.css").toExternalForm(),
                        getClass()
                                .getResource("/org/gramscilens/ui/map/map.css")
                                .toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Map preview");
        stage.show();
        String shot = System.getProperty("shot");
        if (shot != null) {
            // A picture after two pulses (the first view is framed in the first layout), then exit.
            javafx.application.Platform.runLater(() -> javafx.application.Platform.runLater(() -> {
                try {
                    javax.imageio.ImageIO.write(
                            javafx.embed.swing.SwingFXUtils.fromFXImage(scene.snapshot(null), null),
                            "png",
                            new java.io.File(shot));
                } catch (java.io.IOException e) {
                    e.printStackTrace();
                }
                javafx.application.Platform.exit();
            }));
        }
    }

    /** A main class that is not an Application, so the classpath launch works without a module path. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(MapPreview.class, args);
        }
    }
}
