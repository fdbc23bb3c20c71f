package org.gramscilens.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.gramscilens.TestCourses;
import org.gramscilens.course.Course;
import org.gramscilens.course.CourseLoader;
import org.gramscilens.map.ConceptMap;
import org.gramscilens.map.ConceptMapLoader;
import org.gramscilens.progress.ProgressStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** "Save into course" after a CXL import: asks before replacing the course's map, keeps a backup, writes a valid map. */
@ExtendWith(ApplicationExtension.class)
class MapImportSaveTest {
    private static final String OLD_MAP = """
            concepts:
              - id: cadres
                label: "Cadres"
                definition: "Trusted organisers."
                lesson: good
            """;

    private Path root;
    private Path cxl;
    private ProgressStore store;
    private Stage stage;
    private MapView view;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path dir = Files.createTempDirectory("map-import-save");
        root = TestCourses.write(
                dir.resolve("course"),
                Map.of(
                        "course.yaml",
                                "title: \"Map course\"\nmodules:\n  - id: 01-good\n    title: \"Good module\"\n"
                                        + "  - id: 02-second\n    title: \"Second module\"\n",
                        "references.yaml", TestCourses.REFERENCES,
                        "glossary.yaml", TestCourses.GLOSSARY,
                        "modules/01-good/lesson.md", TestCourses.GOOD_LESSON,
                        "modules/02-second/lesson.md", TestCourses.SECOND_LESSON,
                        "concept-map.yaml", OLD_MAP));
        cxl = dir.resolve("styled-cmaptools5.cxl");
        try (InputStream in = getClass().getResourceAsStream("/org/gramscilens/map/cxl/styled-cmaptools5.cxl")) {
            Files.copy(in, cxl);
        }
        store = ProgressStore.open(dir.resolve("profile"));
        Course course = new CourseLoader().load(root);
        ConceptMap map = ConceptMapLoader.load(course).map();
        view = new MapView(course, map, new MapViewActions(l -> {}, g -> {}, MapPositions.inProfile(store)));
        BundledMap.show(stage, (Parent) view.node(), 1200, 800);
    }

    @AfterEach
    void closeAll(FxRobot robot) {
        robot.interact(() -> new ArrayList<>(javafx.stage.Window.getWindows())
                .stream().filter(w -> w != stage).forEach(javafx.stage.Window::hide));
        store.close();
    }

    private DialogPane confirmation(FxRobot robot) throws Exception {
        robot.interact(() -> view.importCxl(cxl));
        assertThat(robot.lookup("#map-save-into-course").query().isVisible()).isTrue();
        robot.clickOn("#map-save-into-course");
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> robot.lookup("#map-save-confirm").tryQuery().isPresent());
        return robot.lookup("#map-save-confirm").queryAs(DialogPane.class);
    }

    @Test
    void replacingTheCourseMapAsksFirstKeepsABackupAndWritesAMapValidateAccepts(FxRobot robot) throws Exception {
        DialogPane dialog = confirmation(robot);
        assertThat(dialog.getContentText()).contains("concept-map.yaml.bak").contains("7 concepts");
        robot.clickOn("Replace");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(Files.readString(root.resolve("concept-map.yaml.bak"))).isEqualTo(OLD_MAP);
        ConceptMapLoader.Result saved = ConceptMapLoader.load(root);
        assertThat(saved.problems()).isEmpty();
        assertThat(saved.map().concepts()).hasSize(7);
        assertThat(saved.map().concepts())
                .allSatisfy(c -> assertThat(c.lesson()).isEqualTo("good"));
        assertThat(robot.lookup("#map-status")
                        .queryAs(javafx.scene.control.Label.class)
                        .getText())
                .contains("Saved into concept-map.yaml")
                .contains("concept-map.yaml.bak");
        try (var left = Files.list(root)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void cancellingLeavesTheCourseMapAsItWas(FxRobot robot) throws Exception {
        confirmation(robot);
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readString(root.resolve("concept-map.yaml"))).isEqualTo(OLD_MAP);
        assertThat(root.resolve("concept-map.yaml.bak")).doesNotExist();
    }

    @Test
    void theCourseMapItselfOffersNoSave(FxRobot robot) {
        assertThat(robot.lookup("#map-save-into-course").query().isVisible()).isFalse();
    }
}
