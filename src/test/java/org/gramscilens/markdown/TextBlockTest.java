package org.gramscilens.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.gramscilens.markdown.syntax.MarkdownParser;
import org.junit.jupiter.api.Test;

class TextBlockTest extends FxTestSupport {
    private final LessonRenderer renderer = new LessonRenderer(new MarkdownParser());
    private final TestContext context = new TestContext(List.of());

    private static TextBlock block(String... parts) {
        TextBlock block = new TextBlock();
        for (String part : parts) {
            Text text = new Text(part);
            text.getStyleClass().add("md-text");
            block.getChildren().add(text);
        }
        return block;
    }

    @Test
    void plainTextIsTheTextChildrenInOrder() {
        TextBlock block = block("Hello ", "wide ", "world");
        assertThat(block.plainText()).isEqualTo("Hello wide world");
        block.getChildren().add(new Text("!"));
        assertThat(block.plainText()).isEqualTo("Hello wide world!");
    }

    @Test
    void selectThenSelectedText() throws Exception {
        TextBlock block = block("Hello ", "world");
        show(block, 400);
        fxRun(() -> {
            block.select(0, 5);
            assertThat(block.selectedText()).isEqualTo("Hello");
            assertThat(block.selectionShape().getElements()).isNotEmpty();
            assertThat(block.selectionShape().getStyleClass()).containsExactly("md-selection");
            block.select(11, 3);
            assertThat(block.selectedText()).isEqualTo("lo world");
            block.select(-4, 99);
            assertThat(block.selectedText()).isEqualTo("Hello world");
            block.clearSelection();
            assertThat(block.selectedText()).isEmpty();
            assertThat(block.selectionShape().getElements()).isEmpty();
        });
    }

    @Test
    void selectionBeforeLayoutIsDrawnOnceLaidOut() throws Exception {
        TextBlock block = block("Early selection");
        block.select(0, 5);
        assertThat(block.selectionShape().getElements()).isEmpty();
        show(block, 400);
        assertThat(fx(() -> block.selectionShape().getElements().size())).isGreaterThan(0);
    }

    @Test
    void searchHighlightsAreDistinctFromTheSelectionAndAccumulate() throws Exception {
        TextBlock block = block("common sense and good sense");
        show(block, 400);
        fxRun(() -> {
            block.highlight(7, 12);
            block.highlight(22, 27);
            assertThat(block.highlights()).extracting(r -> r[0]).containsExactly(7, 22);
            assertThat(block.searchHitShape().getStyleClass()).containsExactly("md-search-hit");
            assertThat(block.searchHitShape().getElements()).hasSize(10); // two rectangles of five elements
            assertThat(block.selectionShape().getElements()).isEmpty();
            block.clearHighlights();
            assertThat(block.searchHitShape().getElements()).isEmpty();
        });
    }

    @Test
    void mousePressAndDragSelects() throws Exception {
        TextBlock block = block("Hegemony is leadership that wins consent");
        block.setPadding(new Insets(10, 0, 0, 40)); // hit testing must allow for padding
        show(block, 600);
        fxRun(() -> {
            Point2D start = block.localToScene(41, 18);
            Point2D end = block.localToScene(block.getWidth() - 1, 18);
            block.fireEvent(mouse(MouseEvent.MOUSE_PRESSED, start, 1));
            block.fireEvent(mouse(MouseEvent.MOUSE_DRAGGED, end, 1));
            assertThat(block.selectedText()).isEqualTo("Hegemony is leadership that wins consent");
            // the selection shape is drawn where the text is, inside the padding
            assertThat(block.selectionShape().getBoundsInParent().getMinX()).isGreaterThanOrEqualTo(39);
            block.fireEvent(mouse(MouseEvent.MOUSE_PRESSED, start, 1));
            assertThat(block.selectedText()).isEmpty();
            block.fireEvent(mouse(MouseEvent.MOUSE_PRESSED, block.localToScene(45, 18), 2));
            assertThat(block.selectedText()).isEqualTo("Hegemony");
            block.fireEvent(mouse(MouseEvent.MOUSE_PRESSED, start, 1));
            MouseEvent shiftClick = new MouseEvent(
                    MouseEvent.MOUSE_PRESSED,
                    end.getX(),
                    end.getY(),
                    end.getX(),
                    end.getY(),
                    MouseButton.PRIMARY,
                    1,
                    true,
                    false,
                    false,
                    false,
                    true,
                    false,
                    false,
                    false,
                    false,
                    true,
                    null);
            block.fireEvent(shiftClick);
            assertThat(block.selectedText()).isEqualTo("Hegemony is leadership that wins consent");
        });
    }

    private static MouseEvent mouse(javafx.event.EventType<MouseEvent> type, Point2D scene, int clicks) {
        return new MouseEvent(
                type,
                scene.getX(),
                scene.getY(),
                scene.getX(),
                scene.getY(),
                MouseButton.PRIMARY,
                clicks,
                false,
                false,
                false,
                false,
                true,
                false,
                false,
                false,
                false,
                true,
                null);
    }

    @Test
    void aNewSelectionClearsTheOtherBlocksOfTheLesson() throws Exception {
        RenderedLesson lesson = renderer.render("First paragraph.\n\nSecond paragraph.", context);
        show(lesson.root(), 400);
        fxRun(() -> {
            lesson.blocks().get(0).select(0, 5);
            lesson.blocks().get(1).select(0, 6);
            assertThat(lesson.blocks().get(0).selectedText()).isEmpty();
            assertThat(lesson.blocks().get(1).selectedText()).isEqualTo("Second");
        });
    }

    @Test
    void shortcutCCopiesTheSelectionToTheSystemClipboard() throws Exception {
        TextBlock block = block("Copy me please");
        show(block, 400);
        fxRun(() -> {
            Clipboard.getSystemClipboard().clear();
            block.select(5, 7);
            block.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "c", "c", KeyCode.C, false, true, false, false));
            assertThat(Clipboard.getSystemClipboard().getString()).isEqualTo("me");
            block.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "a", "a", KeyCode.A, false, true, false, false));
            assertThat(block.selectedText()).isEqualTo("Copy me please");
        });
    }

    @Test
    void contextMenuCopiesSelectionParagraphAndLessonWithReferences() throws Exception {
        List<String> copied = new ArrayList<>();
        BlockScope scope = new BlockScope(copied::add);
        scope.setLessonText(() -> "whole lesson");
        TextBlock block = new TextBlock(scope);
        block.getChildren().add(new Text("One paragraph of text"));
        show(block, 400);
        fxRun(() -> {
            ContextMenu menu = block.createMenu();
            assertThat(menu.getItems())
                    .extracting(MenuItem::getText)
                    .containsExactly("Copy", "Copy paragraph", null, "Copy lesson with references");
            block.select(4, 13);
            menu.getItems().get(0).fire();
            menu.getItems().get(1).fire();
            menu.getItems().get(3).fire();
        });
        assertThat(copied).containsExactly("paragraph", "One paragraph of text", "whole lesson");
    }

    @Test
    void copyLessonFromARenderedLessonIncludesTheFormattedReference() throws Exception {
        RenderedLesson lesson = new LessonRenderer(new MarkdownParser())
                .render("# Rule\n\nThe ruling class [@therborn1980, pp. 58-59].", new TestContext());
        show(lesson.root(), 500);
        String copied = fx(() -> {
            Clipboard.getSystemClipboard().clear();
            lesson.blocks().get(1).copyLesson();
            return Clipboard.getSystemClipboard().getString();
        });
        assertThat(copied)
                .isEqualTo("Rule\n\nThe ruling class (Therborn 1980, pp. 58-59).\n\nReferences\n\n"
                        + "Therborn, Göran (1980) What Does the Ruling Class Do When It Rules? London: Verso.");
    }

    @Test
    void focusedLinksGetAFocusRingAroundTheirText() throws Exception {
        RenderedLesson lesson = renderer.render("Read [the chapter](#x) now.", context);
        show(lesson.root(), 400);
        TextBlock block = lesson.blocks().get(0);
        ActionText link = (ActionText) textWithClass(block, "md-link");
        fxRun(() -> {
            link.requestFocus();
            block.layout();
        });
        assertThat(fx(() -> link.isFocused())).isTrue();
        assertThat(fx(() -> block.focusRingShape().getElements().size())).isEqualTo(5);
        fxRun(() -> block.requestFocus());
        assertThat(fx(() -> block.focusRingShape().getElements().isEmpty())).isTrue();
    }

    @Test
    void blocksReflowWhenTheirWidthChanges() throws Exception {
        TextBlock block = block("word ".repeat(60).strip());
        VBox holder = new VBox(block);
        show(holder, 600);
        double wide = fx(() -> block.getHeight());
        double narrow = fx(() -> {
            holder.setMaxWidth(200); // the column narrows, as when the window does
            holder.getScene().getRoot().applyCss();
            holder.getScene().getRoot().layout();
            return block.getHeight();
        });
        assertThat(narrow).isGreaterThan(wide * 2);
    }
}
