package org.gramscilens.markdown;

import java.nio.charset.StandardCharsets;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.gramscilens.markdown.syntax.MarkdownParser;

/**
 * Shows the sample lesson in a window, for looking at the renderer under Xvfb
 * ({@code ../shared/tools/screenshot}). Arguments: [font size in px] [select|focus|notes].
 */
public class RendererPreview extends Application {
    @Override
    public void start(Stage stage) throws Exception {
        String markdown = new String(
                RendererPreview.class.getResourceAsStream("sample-lesson.md").readAllBytes(), StandardCharsets.UTF_8);
        var params = getParameters().getRaw();
        TestContext context = new TestContext();
        context.showSpeakerNotes = params.contains("notes");
        RenderedLesson lesson = new LessonRenderer(new MarkdownParser()).render(markdown, context);
        ScrollPane scroll = new ScrollPane(lesson.root());
        scroll.setFitToWidth(true);
        scroll.setStyle("-fx-padding: 1.5em 3em; -fx-background-color: -app-bg;");
        scroll.skinProperty()
                .addListener((o, a, b) -> scroll.lookup(".viewport").setStyle("-fx-background-color: -app-bg;"));
        Scene scene = new Scene(scroll, 1000, Double.parseDouble(System.getProperty("preview.height", "860")));
        scene.getStylesheets().addAll(FxTestSupport.THEME, LessonRenderer.STYLESHEET);
        if (!params.isEmpty() && params.get(0).matches("\\d+")) {
            scene.getRoot().setStyle(scene.getRoot().getStyle() + "-fx-font-size: " + params.get(0) + "px;");
        }
        stage.setScene(scene);
        stage.setTitle("Renderer preview");
        stage.show();
        if (params.contains("select")) {
            lesson.blocks().get(1).select(12, 60);
            lesson.blocks().get(3).highlight(0, 7);
        }
        if (params.contains("focus")) {
            withMark(lesson);
        }
    }

    /** The entry point: a class that does not extend Application, so the classpath launch works. */
    public static final class Launch {
        public static void main(String[] args) {
            Application.launch(RendererPreview.class, args);
        }
    }

    private static void withMark(RenderedLesson lesson) {
        FxTestSupport.withClass(lesson.root(), "md-glossary-term").stream()
                .findFirst()
                .ifPresent(n -> n.requestFocus());
    }
}
