package org.gramscilens.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.gramscilens.TestCourses;
import org.gramscilens.course.CourseLoader;
import org.gramscilens.course.Module;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ShellFlowTest {
    private ShellFixture app;

    @Start
    void start(Stage stage) throws Exception {
        app = ShellFixture.open(stage, TestCourses.bundled());
    }

    @org.junit.jupiter.api.AfterEach
    void closeDialogs(FxRobot robot) {
        ShellFixture.closeDialogs(robot);
    }

    @Test
    void opensOnTheFirstLessonAndTheOutlineListsEveryModule(FxRobot robot) throws Exception {
        assertThat(ShellFixture.title(robot)).isEqualTo("What is (medical) leadership?");
        List<Module> modules = new CourseLoader().load(TestCourses.bundled()).modules();
        List<String> labels = ShellFixture.outline(robot).getRoot().getChildren().stream()
                .map(TreeItem::getValue)
                .map(OutlineView.Entry::label)
                .toList();
        for (int i = 0; i < modules.size(); i++) {
            assertThat(labels.get(i)).isEqualTo((i + 1) + "  " + modules.get(i).title());
        }
        assertThat(labels.subList(modules.size(), labels.size()))
                .containsExactly("Review", "Your progress", "Concept map", "Glossary", "References");
    }

    @Test
    void choosingALessonShowsItsTitleAndTextAndMarksItOpened(FxRobot robot) {
        robot.clickOn("4  Cadres");
        assertThat(ShellFixture.title(robot)).isEqualTo("Cadres");
        assertThat(ShellFixture.pageText(robot))
                .contains("Therborn")
                .contains("Learning objectives")
                .contains("Seminar discussion");
        assertThat(app.model().opened()).contains("cadres", "what-is-medical-leadership");
        assertThat(robot.lookup(".outline-opened").queryAll()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void searchFindsATermAndOpensTheLessonAtTheHitThenBackReturns(FxRobot robot) {
        robot.clickOn("#search-field").write("sheep dipping").type(KeyCode.ENTER);
        ShellFixture.waitForSearch(robot);
        assertThat(ShellFixture.title(robot)).startsWith("Search:");
        CardButton first = ShellFixture.firstOnPage(robot, ".search-hit", CardButton.class);
        assertThat(first.getAccessibleText()).contains("The critics");
        robot.clickOn(first);
        assertThat(ShellFixture.title(robot)).isEqualTo("The critics");
        assertThat(app.model().location().anchor()).isEqualTo("sheep-dipping");
        assertThat(app.model().location().highlight()).isEqualToIgnoringCase("sheep dipping");
        double scrolled = robot.lookup("#reader")
                .queryAs(javafx.scene.control.ScrollPane.class)
                .getVvalue();
        assertThat(scrolled).as("the reader scrolled down to the hit").isGreaterThan(0);

        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        assertThat(ShellFixture.title(robot)).startsWith("Search:");
        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        assertThat(ShellFixture.title(robot)).isEqualTo("What is (medical) leadership?");
        robot.press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);
        assertThat(ShellFixture.title(robot)).startsWith("Search:");
    }

    @Test
    void searchWithNoResultsSaysSo(FxRobot robot) {
        robot.clickOn("#search-field").write("zzqqxx").type(KeyCode.ENTER);
        ShellFixture.waitForSearch(robot);
        assertThat(ShellFixture.pageText(robot)).contains("Nothing matches");
    }

    @Test
    void zoomKeysChangeTheReaderTextSizeAndResetRestoresIt(FxRobot robot) {
        Node column = robot.lookup(".reader-column").query();
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        assertThat(app.model().zoomProperty().get()).isEqualTo(1.2);
        assertThat(column.getStyle()).contains("19.2px");
        robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        assertThat(app.model().zoomProperty().get()).isEqualTo(1.1);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        assertThat(column.getStyle()).contains("16.0px");
    }

    @Test
    void darkThemeSwapsTheThemeStylesheet(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(app.window.stage().getScene().getStylesheets()).anyMatch(s -> s.endsWith("theme-dark.css"));
        ShellFixture.clickWhenShown(robot, "#toolbar-theme");
        assertThat(app.window.stage().getScene().getStylesheets()).anyMatch(s -> s.endsWith("theme-light.css"));
    }

    @Test
    void glossaryAndReferencesOpenFromTheOutline(FxRobot robot) {
        robot.clickOn("Glossary");
        assertThat(ShellFixture.title(robot)).isEqualTo("Glossary");
        assertThat(ShellFixture.pageText(robot)).contains("Hegemony").contains("Subaltern");
        robot.clickOn("References");
        assertThat(ShellFixture.pageText(robot)).contains("Pandey, Sanjay K.").contains("Organization Studies");
    }

    @Test
    void nextLessonKeyAndPagerMoveThroughTheCourse(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN, KeyCode.CONTROL);
        assertThat(app.model().location().id()).isEqualTo("gramscis-vocabulary");
        robot.press(KeyCode.CONTROL, KeyCode.PAGE_UP).release(KeyCode.PAGE_UP, KeyCode.CONTROL);
        assertThat(app.model().location().id()).isEqualTo("what-is-medical-leadership");
    }

    @Test
    void f1ShowsTheShortcutSheet(FxRobot robot) {
        robot.type(KeyCode.F1);
        assertThat(robot.lookup("#shortcut-sheet").tryQuery()).isPresent();
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#shortcut-sheet").tryQuery())
                .as("Esc closes the sheet")
                .isEmpty();
    }
}
