package org.gramscilens.ui.map;

import java.util.List;
import java.util.Map;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.gramscilens.TestCourses;
import org.gramscilens.course.Course;
import org.gramscilens.course.CourseLoader;
import org.gramscilens.course.CourseNotFoundException;
import org.gramscilens.map.ConceptMap;
import org.gramscilens.map.ConceptMapLoader;
import org.gramscilens.map.Proposition;

/** The bundled course and its concept map, loaded once; and a stage set up as the shell's. */
final class BundledMap {
    private static Course course;
    private static ConceptMap map;

    private BundledMap() {}

    static synchronized Course course() {
        if (course == null) {
            try {
                course = new CourseLoader().load(TestCourses.bundled());
            } catch (CourseNotFoundException e) {
                throw new AssertionError(e);
            }
        }
        return course;
    }

    static synchronized ConceptMap map() {
        if (map == null) {
            map = ConceptMapLoader.load(course()).map();
            if (map.isEmpty() || !map.brokenPropositions().isEmpty()) {
                throw new AssertionError("the bundled map should load whole");
            }
        }
        return map;
    }

    /** The bundled map with a proposition naming a concept it lacks, as the loader would keep it. */
    static ConceptMap withBrokenLink() {
        ConceptMap m = map();
        return new ConceptMap(
                m.title(),
                m.groups(),
                m.concepts(),
                m.propositions(),
                List.of(new Proposition("ghost-link", "hegemony", "haunts", "ghost")),
                m.exercises(),
                m.distractorPhrases(),
                Map.of());
    }

    /** Shows {@code root} as the stage's scene with the light theme, app.css and map.css; FX thread. Monocle's
     * headless screen is 1280×800: a bigger window overflows its painter. */
    static Scene show(Stage stage, Parent root, double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().setAll(MapPng.lightTheme());
        stage.setScene(scene);
        stage.show();
        return scene;
    }
}
