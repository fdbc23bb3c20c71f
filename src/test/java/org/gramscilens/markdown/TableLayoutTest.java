package org.gramscilens.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.layout.GridPane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.gramscilens.TestCourses;
import org.gramscilens.course.CourseLoader;
import org.gramscilens.markdown.syntax.MarkdownParser;
import org.junit.jupiter.api.Test;

/** Tables lay out by content: no column narrower than its longest word; sideways scrolling only when needed. */
class TableLayoutTest extends FxTestSupport {
    private final LessonRenderer renderer = new LessonRenderer(new MarkdownParser());

    @Test
    void lessonTwosTableAt700PixelsGivesEveryColumnItsLongestWord() throws Exception {
        String body = new CourseLoader()
                .load(TestCourses.bundled())
                .lesson("gramscis-vocabulary")
                .orElseThrow()
                .body();
        RenderedLesson lesson = fx(() -> renderer.render(body, new TestContext()));
        show(lesson.root(), 700);
        GridPane grid = (GridPane) withClass(lesson.root(), "md-table").get(0);
        List<TextBlock> cells =
                grid.getChildren().stream().map(TextBlock.class::cast).toList();
        assertThat(cells).hasSizeGreaterThanOrEqualTo(18);
        fxRun(() -> {
            for (TextBlock cell : cells) {
                double word = longestWord(cell);
                assertThat(cell.getWidth())
                        .as("cell \"%s\"", cell.plainText())
                        .isGreaterThanOrEqualTo(word + cell.snappedLeftInset() + cell.snappedRightInset() - 0.5);
            }
            assertThat(grid.getWidth())
                    .as("fits the page: no sideways scrolling")
                    .isLessThanOrEqualTo(700);
            TableScroller scroller = (TableScroller) grid.getParent();
            assertThat(scroller.getHeight())
                    .as("wrapped cells are not cut off")
                    .isGreaterThanOrEqualTo(grid.getHeight());
        });
    }

    @Test
    void oneLongCellDoesNotSqueezeTheOthersToALetter() throws Exception {
        String markdown = "| Term | Meaning |\n|-|:-|\n| Hegemony | "
                + "leadership by consent rather than force, ".repeat(12) + "|\n";
        RenderedLesson lesson = fx(() -> renderer.render(markdown, new TestContext()));
        show(lesson.root(), 420);
        GridPane grid = (GridPane) withClass(lesson.root(), "md-table").get(0);
        fxRun(() -> {
            TextBlock hegemony = (TextBlock) grid.getChildren().get(2);
            assertThat(hegemony.plainText()).isEqualTo("Hegemony");
            assertThat(hegemony.getWidth()).isGreaterThanOrEqualTo(longestWord(hegemony));
            assertThat(grid.getWidth()).isLessThanOrEqualTo(420);
            TextBlock meaning = (TextBlock) grid.getChildren().get(3);
            assertThat(meaning.getHeight()).as("the long cell wraps").isGreaterThan(3 * meaning.prefHeight(10_000));
        });
    }

    @Test
    void aTableWhoseWordsCannotFitScrollsSidewaysInsideThePage() throws Exception {
        String markdown = "| a | b | c | d |\n|:-|-:|-|-|\n| " + "Unsubstitutable | ".repeat(4) + "\n";
        RenderedLesson lesson = fx(() -> renderer.render(markdown, new TestContext()));
        show(lesson.root(), 240);
        GridPane grid = (GridPane) withClass(lesson.root(), "md-table").get(0);
        fxRun(() -> {
            TableScroller scroller = (TableScroller) grid.getParent();
            assertThat(scroller.getWidth()).isLessThanOrEqualTo(240);
            assertThat(grid.getWidth()).isGreaterThan(scroller.getWidth());
            assertThat(withClass(scroller, "md-table-scrollbar").get(0).isVisible())
                    .isTrue();
        });
    }

    @Test
    void everyDelimiterRowGfmAcceptsMakesATable() throws Exception {
        for (String delimiter : List.of("|-|-|", "|:-|-:|", "| :-: | --- |", "-|-", "|:---|---:|")) {
            RenderedLesson lesson =
                    fx(() -> renderer.render("| a | b |\n" + delimiter + "\n| 1 | 2 |\n", new TestContext()));
            assertThat(withClass(lesson.root(), "md-table")).as(delimiter).hasSize(1);
        }
    }

    private static double longestWord(TextBlock cell) {
        double widest = 0;
        for (javafx.scene.Node child : cell.getChildren()) {
            if (child instanceof Text text && child.isManaged()) {
                for (String word : text.getText().split("\\s+")) {
                    Text measure = new Text(word);
                    measure.setFont(text.getFont());
                    widest = Math.max(
                            widest,
                            Math.min(
                                    measure.getLayoutBounds().getWidth(),
                                    TableCellBlock.MAX_WORD_EMS * text.getFont().getSize()));
                }
            }
        }
        assertThat(widest).isGreaterThan(Font.getDefault().getSize());
        return widest;
    }
}
