package org.gramscilens.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.gramscilens.TestCourses;
import org.gramscilens.settings.Settings;
import org.gramscilens.settings.SettingsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class SettingsRememberedTest {
    private ShellFixture app;

    @Start
    void start(Stage stage) throws Exception {
        app = ShellFixture.open(stage, TestCourses.bundled());
    }

    @Test
    void themeZoomWindowAndLastLessonAreRestoredOnTheNextStart(FxRobot robot) throws Exception {
        robot.clickOn("7  New Public Management");
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        robot.clickOn("#toolbar-theme");
        robot.interact(() -> {
            app.window.stage().setWidth(900);
            app.window.stage().setHeight(640);
            app.window.stage().close();
        });
        Path data = app.dataDir;
        Settings saved = new SettingsStore(data).load();
        assertThat(saved.theme).isEqualTo("dark");
        assertThat(saved.zoom).isEqualTo(1.1);
        assertThat(saved.windowWidth).isEqualTo(900);
        assertThat(saved.courses.get(TestCourses.bundled().toString()).last).isEqualTo("lesson:new-public-management");
        assertThat(Files.readString(data.resolve("settings.json"))).contains("new-public-management");

        ShellFixture[] holder = new ShellFixture[1];
        robot.interact(() -> {
            try {
                holder[0] = ShellFixture.open(new Stage(), TestCourses.bundled(), data);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        ShellModel model = holder[0].model();
        assertThat(model.location().id()).isEqualTo("new-public-management");
        assertThat(model.themeProperty().get()).isEqualTo("dark");
        assertThat(model.zoomProperty().get()).isEqualTo(1.1);
        assertThat(model.opened()).contains("new-public-management", "what-is-medical-leadership");
        assertThat(holder[0].window.stage().getWidth()).isEqualTo(900);
        robot.interact(() -> holder[0].window.stage().close());
    }

    /** Issue 10, item 3: reopening goes back to the paragraph being read, not only to the lesson. */
    @Test
    void reopeningRestoresThePlaceReadInTheLesson(FxRobot robot) throws Exception {
        robot.clickOn("4  Cadres");
        javafx.scene.control.ScrollPane reader = robot.lookup("#reader").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> reader.setVvalue(0.5));
        robot.sleep(1500);
        int[] block = new int[1];
        robot.interact(() -> {
            block[0] = app.window.readingBlock();
            app.window.stage().close();
        });
        assertThat(block[0]).as("a paragraph half-way down").isGreaterThan(3);
        Settings saved = new SettingsStore(app.dataDir).load();
        assertThat(saved.courses.get(TestCourses.bundled().toString()).block).isEqualTo(block[0]);

        ShellFixture[] again = new ShellFixture[1];
        robot.interact(() -> {
            try {
                again[0] = ShellFixture.open(new Stage(), TestCourses.bundled(), app.dataDir);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        robot.sleep(500);
        int[] restored = new int[1];
        double[] vvalue = new double[1];
        robot.interact(() -> {
            restored[0] = again[0].window.readingBlock();
            vvalue[0] = ((javafx.scene.control.ScrollPane)
                            again[0].window.stage().getScene().lookup("#reader"))
                    .getVvalue();
        });
        assertThat(again[0].model().location().id()).isEqualTo("cadres");
        assertThat(vvalue[0]).isGreaterThan(0.2);
        assertThat(restored[0]).isEqualTo(block[0]);
        robot.interact(() -> again[0].window.stage().close());
    }
}
