package org.gramscilens.markdown;

import java.util.List;
import java.util.Map;
import javafx.scene.Node;

public record RenderedLesson(Node root, Map<String, Node> anchors, List<TextBlock> blocks, List<String> citedKeys) {
}
