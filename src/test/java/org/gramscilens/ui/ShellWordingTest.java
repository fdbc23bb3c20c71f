package org.gramscilens.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TreeCell;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.gramscilens.TestCourses;
import org.gramscilens.ui.common.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Issue 10, item 10: nothing cut while there is room; an empty Review says what it is; one name for progress. */
@ExtendWith(ApplicationExtension.class)
class ShellWordingTest {
    private ShellFixture app;

    @Start
    void start(Stage stage) throws Exception {
        app = ShellFixture.open(stage, TestCourses.bundled());
        stage.setWidth(1200);
        stage.setHeight(800);
    }

    /** What a label shows: its text, or its text cut short with an ellipsis. */
    private static String shown(Labeled l) {
        return l.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Text)
                .map(n -> ((Text) n).getText())
                .findFirst()
                .orElse("");
    }

    @Test
    void theToolbarShowsTheWholeCourseTitleWhenThereIsRoom(FxRobot robot) {
        Label title = robot.lookup("#toolbar-title").queryAs(Label.class);
        assertThat(title.getText()).isEqualTo("Medical Leadership through a Gramscian Lens");
        assertThat(shown(title)).isEqualTo(title.getText());
        robot.interact(() -> app.window.stage().setWidth(900));
        assertThat(shown(title)).as("the title gives way first").isNotEqualTo(title.getText());
        assertThat(robot.lookup("#toolbar-help").tryQuery())
                .as("the buttons stay on the toolbar")
                .isPresent();
    }

    @Test
    void outlineTitlesAreShownWhole(FxRobot robot) {
        var cells = robot.lookup("#outline .tree-cell").queryAllAs(TreeCell.class).stream()
                .filter(c -> c.getText() != null && !c.getText().isEmpty() && c.isVisible())
                .toList();
        assertThat(cells).hasSizeGreaterThan(10);
        assertThat(cells)
                .allSatisfy(c -> assertThat(shown(c).replace("\n", " ")).isEqualTo(c.getText()))
                .anySatisfy(c -> assertThat(c.getText()).startsWith("2  Collectivist institution"));
    }

    @Test
    void anEmptyReviewSaysWhatReviewIsAndOffersAQuiz(FxRobot robot) {
        robot.clickOn("Review");
        assertThat(ShellFixture.title(robot)).isEqualTo("Review");
        assertThat(ShellFixture.pageText(robot))
                .contains("questions you missed")
                .contains("Nothing is due now")
                .doesNotContain("Nothing to ask here");
        robot.clickOn("#review-empty-quiz");
        assertThat(app.model().location().kind()).isEqualTo(Location.Kind.QUIZ);
    }

    @Test
    void progressHasOneName() {
        assertThat(Messages.get("outline.progress")).isEqualTo("Your progress");
        assertThat(Messages.get("menu.go.progress")).isEqualTo("Your progress");
        assertThat(Messages.get("dash.title")).isEqualTo("Your progress");
        assertThat(Messages.get("shortcut.progress")).isEqualTo("Your progress");
    }
}
