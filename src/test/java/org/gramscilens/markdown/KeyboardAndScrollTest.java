package org.gramscilens.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.ScrollEvent;
import org.gramscilens.markdown.syntax.MarkdownParser;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** What a keyboard user and a mouse-wheel user meet in a shown lesson. */
class KeyboardAndScrollTest extends FxTestSupport {
    private final LessonRenderer renderer = new LessonRenderer(new MarkdownParser());
    private final TestContext context = new TestContext();

    @Test
    void tabMovesThroughLinksCitationsAndTermsInReadingOrderAndEnterActivates() throws Exception {
        RenderedLesson lesson =
                renderer.render("A [first](#a) link, then hegemony, then [@therborn1980], then [last](#b).", context);
        var stage = show(lesson.root(), 700);
        fxRun(() -> {
            stage.toFront();
            stage.requestFocus();
            lesson.blocks().get(0).requestFocus();
        });
        FxRobot robot = new FxRobot();
        List<String> visited = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            robot.press(KeyCode.TAB).release(KeyCode.TAB);
            visited.add(fx(() -> {
                Node owner = stage.getScene().getFocusOwner();
                return owner instanceof javafx.scene.text.Text t ? t.getText() : String.valueOf(owner);
            }));
        }
        assertThat(visited).containsExactly("first", "hegemony", "(Therborn 1980)", "last");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(fx(() -> List.copyOf(context.links.calls))).containsExactly("openAnchor(b)");
    }

    @Test
    void verticalWheelOverACodeBlockScrollsTheLessonNotTheBlock() throws Exception {
        RenderedLesson lesson = renderer.render("```\n" + "long ".repeat(80) + "\n```\n", context);
        show(lesson.root(), 400);
        List<ScrollEvent> reachedLesson = new ArrayList<>();
        fxRun(() -> {
            lesson.root().addEventHandler(ScrollEvent.SCROLL, reachedLesson::add);
            Node code = lesson.blocks().get(0);
            var at = code.localToScene(5, 5);
            code.fireEvent(new ScrollEvent(
                    ScrollEvent.SCROLL,
                    at.getX(),
                    at.getY(),
                    at.getX(),
                    at.getY(),
                    false,
                    false,
                    false,
                    false,
                    false,
                    false,
                    0,
                    -40,
                    0,
                    -40,
                    ScrollEvent.HorizontalTextScrollUnits.NONE,
                    0,
                    ScrollEvent.VerticalTextScrollUnits.NONE,
                    0,
                    0,
                    null));
        });
        assertThat(reachedLesson).hasSize(1);
    }
}
