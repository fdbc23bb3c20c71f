package org.gramscilens.markdown;

import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

public class TextBlock extends TextFlow {
    public String plainText() {
        StringBuilder b = new StringBuilder();
        getChildren().forEach(n -> {
            if (n instanceof Text t) {
                b.append(t.getText());
            }
        });
        return b.toString();
    }

    public void highlight(int start, int end) {
    }

    public void clearHighlight() {
    }
}
