package org.gramscilens.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;

/**
 * Shows the first page of a start-up in two steps: its top (what fits on the first screen) in the first
 * frame, the rest once that frame is painted. Styling and laying out a whole long lesson would otherwise
 * delay the window's first paint by most of a second.
 */
final class FirstPage {
    /** Blocks of the lesson body kept for the first frame: more than a screenful at any zoom. */
    private static final int FIRST_BLOCKS = 8;

    private FirstPage() {}

    static void showTopFirst(Node pageRoot) {
        if (!(pageRoot instanceof VBox page)) {
            return;
        }
        int bodyAt = -1;
        for (int i = 0; i < page.getChildren().size(); i++) {
            if (page.getChildren().get(i).getStyleClass().contains("lesson-body")) {
                bodyAt = i;
                break;
            }
        }
        if (bodyAt < 0 || !(page.getChildren().get(bodyAt) instanceof Pane body)) {
            return;
        }
        List<Node> laterBody = body.getChildren().size() > FIRST_BLOCKS
                ? new ArrayList<>(body.getChildren()
                        .subList(FIRST_BLOCKS, body.getChildren().size()))
                : List.of();
        List<Node> laterPage = new ArrayList<>(
                page.getChildren().subList(bodyAt + 1, page.getChildren().size()));
        body.getChildren().removeAll(laterBody);
        page.getChildren().removeAll(laterPage);
        BenchProbe.afterFirstPaint(() -> {
            body.getChildren().addAll(laterBody);
            page.getChildren().addAll(laterPage);
        });
    }
}
