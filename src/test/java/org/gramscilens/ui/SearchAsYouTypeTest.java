package org.gramscilens.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.gramscilens.TestCourses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Issue 10, item 11: results while typing, Tab into them, one label per kind, Back in one step. */
@ExtendWith(ApplicationExtension.class)
class SearchAsYouTypeTest {
    private ShellFixture app;

    @Start
    void start(Stage stage) throws Exception {
        app = ShellFixture.open(stage, TestCourses.bundled());
    }

    @Test
    void resultsAppearWhileTypingAndBackLeavesTheSearchInOneStep(FxRobot robot) {
        robot.clickOn("#search-field").write("subalt");
        robot.sleep(400);
        robot.write("ern");
        ShellFixture.waitForSearch(robot, "subaltern");
        assertThat(ShellFixture.title(robot)).isEqualTo("Search: \u201csubaltern\u201d");
        assertThat(ShellFixture.onPage(robot, ".search-hit")).isNotEmpty();
        assertThat(robot.lookup("#search-field").query().isFocused())
                .as("typing goes on in the box")
                .isTrue();

        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        assertThat(app.model().location().kind()).isEqualTo(Location.Kind.LESSON);
    }

    @Test
    void tabFromTheBoxGoesToTheFirstResult(FxRobot robot) {
        robot.clickOn("#search-field").write("hegemony").type(KeyCode.ENTER);
        ShellFixture.waitForSearch(robot);
        robot.type(KeyCode.TAB);
        javafx.scene.Node focused =
                robot.lookup("#search-field").query().getScene().getFocusOwner();
        assertThat(focused).isSameAs(ShellFixture.onPage(robot, ".search-hit").get(0));
    }

    @Test
    void aGlossaryHitSaysGlossaryOnce(FxRobot robot) {
        robot.clickOn("#search-field").write("hegemony").type(KeyCode.ENTER);
        ShellFixture.waitForSearch(robot);
        var places = ShellFixture.onPage(robot, ".search-hit-context").stream()
                .map(n -> ((Label) n).getText())
                .toList();
        assertThat(places)
                .contains("Glossary")
                .noneMatch(t -> t.contains("Glossary \u00b7 Glossary"))
                .noneMatch(t -> t.contains("References"));
    }
}
