package org.gramscilens.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import javafx.stage.Stage;
import org.gramscilens.TestCourses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class BrokenCourseTest {
    @Start
    void start(Stage stage) throws Exception {
        ShellFixture.open(stage, TestCourses.withBrokenLesson(Files.createTempDirectory("broken-course")));
    }

    @Test
    void brokenLessonShowsAsAnErrorEntryAndTheOtherLessonsOpen(FxRobot robot) {
        var broken = ShellFixture.outlineItem(
                robot, "Cannot open \u2014 line 3: front matter YAML error: a '[' list is not closed");
        assertThat(broken).isPresent();
        assertThat(robot.lookup(".outline-broken").queryAll()).isNotEmpty();
        assertThat(ShellFixture.title(robot)).isEqualTo("A good lesson");
        robot.clickOn("3  Second good module");
        assertThat(ShellFixture.title(robot)).isEqualTo("Second lesson");
        robot.clickOn(".outline-broken");
        assertThat(ShellFixture.title(robot)).startsWith("This lesson could not be opened");
        assertThat(ShellFixture.pageText(robot)).contains("modules/02-broken/lesson.md:3:");
    }
}
