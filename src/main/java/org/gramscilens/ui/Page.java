package org.gramscilens.ui;

import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import org.gramscilens.markdown.TextBlock;

/**
 * A built reader page: its root node, the nodes to scroll to by id (headings, glossary terms,
 * references), and its text blocks in order (for search highlighting).
 */
record Page(Node root, Map<String, Node> anchors, List<TextBlock> blocks) {}
