package org.gramscilens.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.gramscilens.TestCourses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The concept map inside the shell: a lesson's part of it, the whole map, a concept's lesson, an exercise. */
@ExtendWith(ApplicationExtension.class)
class MapInShellTest {
    private ShellFixture app;

    @Start
    void start(Stage stage) throws Exception {
        app = ShellFixture.open(stage, TestCourses.bundled());
    }

    @Test
    void aLessonShowsItsPartOfTheMapAndAConceptLeadsBackToItsLesson(FxRobot robot) throws Exception {
        robot.clickOn("4  Cadres");
        robot.interact(() -> ShellFixture.firstOnPage(robot, "#lesson-map-show", Button.class)
                .fire());
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> !ShellFixture.onPage(robot, ".map-concept").isEmpty());
        assertThat(app.model().location()).isEqualTo(Location.map("cadres"));
        Node concept = ShellFixture.onPage(robot, ".map-concept").get(0);
        assertThat(concept.getAccessibleText()).startsWith("Concept: ");
        int inLesson = ShellFixture.onPage(robot, ".map-concept").size();

        robot.interact(concept::requestFocus);
        robot.type(KeyCode.ENTER);
        assertThat(ShellFixture.firstOnPage(robot, "#map-panel-definition", javafx.scene.control.Labeled.class)
                        .getText())
                .isNotBlank();
        robot.interact(() -> ShellFixture.firstOnPage(robot, "#map-open-lesson", javafx.scene.control.ButtonBase.class)
                .fire());
        assertThat(app.model().location().kind()).isEqualTo(Location.Kind.LESSON);

        robot.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> !ShellFixture.onPage(robot, ".map-concept").isEmpty());
        assertThat(ShellFixture.onPage(robot, ".map-concept").size())
                .isGreaterThan(inLesson)
                .isGreaterThanOrEqualTo(25);
    }

    @Test
    void theLessonPageMapCardKeepsItsApostrophes(FxRobot robot) {
        robot.clickOn("4  Cadres");
        javafx.scene.control.Labeled intro =
                ShellFixture.firstOnPage(robot, ".lesson-map .lesson-card-intro", javafx.scene.control.Labeled.class);
        assertThat(intro.getText()).startsWith("This lesson's part of the course's concept map");
        Button show = ShellFixture.firstOnPage(robot, "#lesson-map-show", Button.class);
        assertThat(show.getText()).contains("lesson's");
    }

    @Test
    void exerciseScoresAppearOnTheDashboardWithTheirNextReview(FxRobot robot) throws Exception {
        var map =
                org.gramscilens.map.ConceptMapLoader.load(app.model().course()).map();
        var exercise = map.exercises().get(0);
        app.window
                .store()
                .recordMapAttempt(
                        exercise.id(), com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode(), 0.5);
        robot.interact(() -> app.model().navigate(Location.progress()));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> ShellFixture.pageText(robot).contains("latest 50%, best 50% over 1 attempt(s)"));
        assertThat(ShellFixture.pageText(robot))
                .contains("Concept-map exercises")
                .contains("due again on");
        robot.interact(() -> ((javafx.scene.control.Hyperlink)
                        ShellFixture.onPage(robot, "#dash-maps .page-link").get(0))
                .fire());
        assertThat(app.model().location()).isEqualTo(Location.exercise(exercise.id()));
    }

    @Test
    void anExerciseOpensFromTheMapPage(FxRobot robot) throws Exception {
        robot.interact(() -> app.model().navigate(Location.map(null)));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> !ShellFixture.onPage(robot, ".page-link").isEmpty());
        robot.interact(() -> ((javafx.scene.control.Hyperlink)
                        ShellFixture.onPage(robot, ".page-link").get(0))
                .fire());
        assertThat(app.model().location().kind()).isEqualTo(Location.Kind.EXERCISE);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> !ShellFixture.onPage(robot, "#map-exercise-prompt").isEmpty());
    }
}
