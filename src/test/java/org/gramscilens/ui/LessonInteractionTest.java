package org.gramscilens.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.gramscilens.TestCourses;
import org.gramscilens.markdown.ActionText;
import org.gramscilens.markdown.GlossaryMark;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What a learner does inside a lesson: glossary terms, citations, links, copying; and opening other courses. */
@ExtendWith(ApplicationExtension.class)
class LessonInteractionTest {
    private ShellFixture app;

    @Start
    void start(Stage stage) throws Exception {
        app = ShellFixture.open(stage, TestCourses.bundled());
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        ShellFixture.closeDialogs(robot);
    }

    @Test
    void aGlossaryTermShowsItsDefinitionOnFocusAndOnHoverAndOpensTheGlossary(FxRobot robot) throws Exception {
        GlossaryMark mark = ShellFixture.firstOnPage(robot, ".md-glossary-term", GlossaryMark.class);
        String definition = mark.term().definition();
        robot.interact(mark::requestFocus);
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> mark.focusPopup().isShowing());
        assertThat(mark.focusPopup().getText()).contains(definition);

        robot.interact(() -> app.window.stage().getScene().getRoot().requestFocus());
        robot.moveTo(mark);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> mark.hoverTooltip().isShowing());
        assertThat(mark.hoverTooltip().getText()).contains(definition);

        robot.interact(mark::requestFocus);
        robot.type(KeyCode.ENTER);
        assertThat(app.model().location().kind()).isEqualTo(Location.Kind.GLOSSARY);
        assertThat(app.model().location().id()).isEqualTo(mark.term().id());
        assertThat(ShellFixture.firstOnPage(robot, "#term-" + mark.term().id(), Node.class)
                        .getStyleClass())
                .contains("target");
    }

    @Test
    void aCitationOpensItsReferenceEntry(FxRobot robot) {
        ActionText citation = ShellFixture.firstOnPage(robot, ".md-citation", ActionText.class);
        assertThat(citation.getText()).isEqualTo("(Sassoon 2000)");
        robot.interact(citation::requestFocus);
        robot.type(KeyCode.ENTER);
        assertThat(ShellFixture.title(robot)).isEqualTo("References");
        assertThat(app.model().location().id()).isEqualTo("sassoon2000");
        assertThat(ShellFixture.firstOnPage(robot, "#ref-sassoon2000", Node.class)
                        .getStyleClass())
                .contains("target");
        assertThat(ShellFixture.pageText(robot)).contains("Gramsci and Contemporary Politics");
        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        assertThat(ShellFixture.title(robot)).isEqualTo("What is (medical) leadership?");
    }

    @Test
    void aLinkToAnotherLessonNavigatesInsideTheApp(FxRobot robot) {
        ActionText link = ShellFixture.firstOnPage(robot, ".md-link", ActionText.class);
        robot.interact(link::fire);
        assertThat(app.model().location().kind()).isEqualTo(Location.Kind.LESSON);
        assertThat(app.model().location().id()).isNotEqualTo("what-is-medical-leadership");
    }

    @Test
    void aWebLinkAsksFirstAndShowsTheAddress(FxRobot robot) throws Exception {
        robot.interact(() -> app.model().navigate(Location.references(null)));
        ActionText web = ShellFixture.onPage(robot, ".md-link").stream()
                .map(n -> (ActionText) n)
                .filter(t -> t.getText().startsWith("https://"))
                .findFirst()
                .orElseThrow();
        // fire() waits in showAndWait until the dialog closes, so it must not run inside interact().
        javafx.application.Platform.runLater(web::fire);
        // Its pane exists before its window shows: wait until the button can be clicked.
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> robot.lookup("Cancel")
                        .match(org.testfx.util.NodeQueryUtils.isVisible())
                        .tryQuery()
                        .isPresent());
        DialogPane dialog = robot.lookup("#external-link-dialog").queryAs(DialogPane.class);
        assertThat(dialog.getContentText()).isEqualTo(web.getText());
        robot.clickOn("Cancel");
        assertThat(robot.lookup("#external-link-dialog").tryQuery()).isEmpty();
        assertThat(app.model().location().kind()).isEqualTo(Location.Kind.REFERENCES);
    }

    @Test
    void openingAFolderWithoutCourseYamlSaysWhichFolder(FxRobot robot) throws Exception {
        var empty = Files.createTempDirectory("not-a-course");
        robot.interact(() -> app.window.openCourseFolder(empty));
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> robot.lookup("#error-dialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#error-dialog").queryAs(DialogPane.class);
        assertThat(dialog.getContentText()).contains(empty.toString()).contains("course.yaml");
        assertThat(ShellFixture.title(robot)).isEqualTo("What is (medical) leadership?");
    }

    @Test
    void openingAnotherCourseFolderShowsIt(FxRobot robot) throws Exception {
        var other = TestCourses.withBrokenLesson(Files.createTempDirectory("other-course"));
        robot.interact(() -> app.window.openCourseFolder(other));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "A good lesson".equals(ShellFixture.title(robot)));
        assertThat(ShellFixture.outlineItem(robot, "1  Good module")).isPresent();
        assertThat(app.window.stage().getTitle()).startsWith("Test course");
    }

    @Test
    void theLessonBeingReadExportsAsAHandoutInTheBackground(FxRobot robot) throws Exception {
        var file = Files.createTempDirectory("handout").resolve("cadres.html");
        robot.clickOn("4  Cadres");
        var course = app.model().course();
        robot.interact(() -> HandoutExport.export(
                app.window.stage(),
                course,
                course.lesson("cadres").orElseThrow(),
                new org.gramscilens.markdown.syntax.MarkdownParser(),
                file,
                null));
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> robot.lookup("#handout-result").tryQuery().isPresent());
        assertThat(robot.lookup("#handout-result").queryAs(DialogPane.class).getContentText())
                .contains(file.toString());
        String html = Files.readString(file);
        assertThat(html).contains("Cadres").contains("Therborn").doesNotContain("src=\"http");
    }

    @Test
    void selectedTextIsCopiedWithCtrlC(FxRobot robot) {
        var block = ShellFixture.onPage(robot, ".lesson-paragraph").stream()
                .map(n -> (org.gramscilens.markdown.TextBlock) n)
                .findFirst()
                .orElseThrow();
        robot.interact(() -> {
            block.requestFocus();
            block.select(4, 15);
        });
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        String[] clip = new String[1];
        robot.interact(() ->
                clip[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        assertThat(clip[0]).isEqualTo(block.plainText().substring(4, 15));
    }
}
