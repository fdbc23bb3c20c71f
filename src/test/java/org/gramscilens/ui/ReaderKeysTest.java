package org.gramscilens.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.gramscilens.TestCourses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Walkthrough 3, 6 and 7: reading by keyboard, the first window on the screen, Ctrl++ as typed. */
@ExtendWith(ApplicationExtension.class)
class ReaderKeysTest {
    private ShellFixture app;

    @Start
    void start(Stage stage) throws Exception {
        app = ShellFixture.open(stage, TestCourses.bundled());
    }

    private ScrollPane reader(FxRobot robot) {
        return robot.lookup("#reader").queryAs(ScrollPane.class);
    }

    /** Pixels from the top of the page to the top of the viewport. */
    private double top(FxRobot robot) {
        ScrollPane s = reader(robot);
        double range = s.getContent().getLayoutBounds().getHeight()
                - s.getViewportBounds().getHeight();
        return s.getVvalue() * range;
    }

    @Test
    void focusStartsInTheReaderAndPageDownAndSpaceMoveAboutAScreen(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        ScrollPane s = reader(robot);
        assertThat(s.getScene().getFocusOwner()).as("focus at start").isSameAs(s);
        double viewport = s.getViewportBounds().getHeight();
        robot.type(KeyCode.PAGE_DOWN);
        double first = top(robot);
        assertThat(first).isBetween(viewport - ReaderKeys.OVERLAP - 2, viewport);
        robot.type(KeyCode.SPACE);
        assertThat(top(robot) - first).isBetween(viewport - ReaderKeys.OVERLAP - 2, viewport);
        robot.press(KeyCode.SHIFT, KeyCode.SPACE).release(KeyCode.SPACE, KeyCode.SHIFT);
        robot.type(KeyCode.PAGE_UP);
        assertThat(top(robot)).isLessThan(2);
    }

    @Test
    void focusIsInTheReaderAfterOpeningASearchResult(FxRobot robot) {
        robot.clickOn("#search-field").write("sheep dipping").type(KeyCode.ENTER);
        ShellFixture.waitForSearch(robot);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        assertThat(ShellFixture.title(robot)).isEqualTo("The critics");
        assertThat(reader(robot).getScene().getFocusOwner()).isSameAs(reader(robot));
    }

    @Test
    void ctrlPlusZoomsHoweverItIsTyped(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.EQUALS)
                .release(KeyCode.EQUALS, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(app.model().zoomProperty().get()).isEqualTo(1.1);
        robot.press(KeyCode.CONTROL, KeyCode.ADD).release(KeyCode.ADD, KeyCode.CONTROL);
        assertThat(app.model().zoomProperty().get()).isEqualTo(1.2);
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        assertThat(app.model().zoomProperty().get()).isEqualTo(1.3);
    }

    @Test
    void aRememberedWindowTooBigForTheScreenOpensFittingIt(FxRobot robot) throws Exception {
        var data = java.nio.file.Files.createTempDirectory("gramsci-shell-fit");
        var store = new org.gramscilens.settings.SettingsStore(data);
        var settings = new org.gramscilens.settings.Settings();
        settings.windowWidth = 4000;
        settings.windowHeight = 3000;
        settings.windowX = 9000.0;
        settings.windowY = 50.0;
        store.save(settings);
        ShellFixture[] other = new ShellFixture[1];
        robot.interact(() -> {
            try {
                other[0] = ShellFixture.open(new Stage(), TestCourses.bundled(), data);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Stage stage = other[0].window.stage();
        var screen = Screen.getPrimary().getVisualBounds();
        assertThat(stage.getX()).isGreaterThanOrEqualTo(screen.getMinX());
        assertThat(stage.getY()).isGreaterThanOrEqualTo(screen.getMinY());
        assertThat(stage.getX() + stage.getWidth()).isLessThanOrEqualTo(screen.getMaxX());
        assertThat(stage.getY() + stage.getHeight()).isLessThanOrEqualTo(screen.getMaxY());
        robot.interact(stage::close);
    }
}
