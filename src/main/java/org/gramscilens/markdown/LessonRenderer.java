package org.gramscilens.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

public final class LessonRenderer {
    public RenderedLesson render(String markdown, RenderContext ctx) {
        VBox box = new VBox();
        List<TextBlock> blocks = new ArrayList<>();
        for (String para : markdown.split("\n\n")) {
            TextBlock b = new TextBlock();
            b.getChildren().add(new Text(para));
            blocks.add(b);
            box.getChildren().add(b);
        }
        return new RenderedLesson(box, Map.of(), blocks, List.of());
    }
}
