package org.gramscilens.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.gramscilens.markdown.syntax.MarkdownParser;
import org.testfx.api.FxToolkit;

/**
 * Fuzzes a lesson body through the whole reader path: Markdown parse, render to the JavaFX node tree, then
 * CSS and layout in a scene at reading width, with the toolkit running headless (Monocle, as in every UI
 * test). Rendering never throws for any text. Replay and fuzzing: docs/testing.md.
 */
class LessonRenderFuzzTest {

    private static final LessonRenderer RENDERER = new LessonRenderer(new MarkdownParser());
    private static final TestContext CONTEXT = new TestContext();

    static {
        try {
            FxToolkit.registerPrimaryStage();
        } catch (Exception e) {
            throw new IllegalStateException("the JavaFX toolkit did not start", e);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void render(FuzzedDataProvider data) throws Exception {
        String markdown = data.consumeRemainingAsString();
        CompletableFuture<Integer> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                RenderedLesson lesson = RENDERER.render(markdown, CONTEXT);
                StackPane root = new StackPane(lesson.root());
                Scene scene = new Scene(root, 700, 600);
                scene.getStylesheets().add(LessonRenderer.STYLESHEET);
                root.applyCss();
                root.layout();
                done.complete(lesson.plainText().length());
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        });
        assertThat(done.get(30, TimeUnit.SECONDS)).isNotNegative();
    }
}
