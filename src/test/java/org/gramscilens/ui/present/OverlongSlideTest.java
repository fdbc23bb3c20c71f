package org.gramscilens.ui.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.gramscilens.course.Course;
import org.gramscilens.markdown.TextBlock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A slide far too long for the screen: its text shrinks, then pages, and is never silently cut off. */
@ExtendWith(ApplicationExtension.class)
class OverlongSlideTest {
    @TempDir
    static Path dir;

    private static Course course;
    private PresentFixture app;

    @BeforeAll
    static void writeCourse() throws Exception {
        course = Decks.seminar(dir);
    }

    @Start
    void start(Stage stage) {
        app = PresentFixture.present(stage, course, "long");
    }

    @AfterEach
    void close(FxRobot robot) {
        app.close(robot);
    }

    private TextBlock lastParagraph() {
        return PresentFixture.all(app.slide().node(), ".lesson-paragraph", TextBlock.class).stream()
                .filter(t -> t.plainText().contains("The last line"))
                .findFirst()
                .orElseThrow();
    }

    /** Whether {@code n} lies inside the text box of the slide, as drawn. */
    private boolean shown(Node n, FitPane fit) {
        Bounds b = n.localToScene(n.getBoundsInLocal());
        Bounds box = fit.localToScene(fit.getBoundsInLocal());
        return b.getMinY() >= box.getMinY() - 1 && b.getMaxY() <= box.getMaxY() + 1;
    }

    @Test
    void textTooLongToFitIsShrunkThenPagedByNextAndShowsThatMoreFollows(FxRobot robot) {
        FitPane fit = app.slide().fit().orElseThrow();
        assertThat(fit.fitScaleProperty().get()).isEqualTo(FitPane.MIN_SCALE);
        int pages = fit.pagesProperty().get();
        assertThat(pages).isPositive();
        assertThat(app.model().state(0).scrollPagesProperty().get()).isEqualTo(pages);
        assertThat(fit.moreBelowProperty().get()).isTrue();
        assertThat(app.slide().node().lookup(".slide-more").isVisible()).isTrue();
        assertThat(shown(lastParagraph(), fit)).isFalse();

        for (int i = 1; i <= pages; i++) {
            robot.type(KeyCode.RIGHT);
            assertThat(app.model().index()).as("→ pages before moving on").isZero();
            assertThat(app.model().state(0).scrollProperty().get()).isEqualTo(i);
        }
        assertThat(shown(lastParagraph(), fit)).isTrue();
        assertThat(fit.moreBelowProperty().get()).isFalse();
        assertThat(app.slide().node().lookup(".slide-more").isVisible()).isFalse();
        robot.type(KeyCode.UP);
        assertThat(app.model().state(0).scrollProperty().get()).isEqualTo(pages - 1);
        robot.type(KeyCode.DOWN).type(KeyCode.RIGHT);
        assertThat(app.model().index()).isEqualTo(1);
    }

    @Test
    void aShortSlideIsDrawnAtFullSizeWithNothingToPage(FxRobot robot) {
        robot.type(KeyCode.END);
        FitPane fit = app.slide().fit().orElseThrow();
        assertThat(fit.fitScaleProperty().get()).isEqualTo(1.0);
        assertThat(fit.pagesProperty().get()).isZero();
        assertThat(fit.moreBelowProperty().get()).isFalse();
    }
}
