package org.gramscilens.markdown;

import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.util.ast.Node;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Bullet, ordered and task lists, nested to any depth. */
final class ListRenderer {
    private static final String[] BULLETS = {"•", "◦", "▪"};

    private final RenderState state;
    private final BlockRenderer blocks;

    ListRenderer(RenderState state, BlockRenderer blocks) {
        this.state = state;
        this.blocks = blocks;
    }

    VBox list(ListBlock list, InlineRenderer.Mode mode) {
        boolean ordered = list instanceof OrderedList;
        VBox box = new MeasuredBoxes.Column();
        box.getStyleClass()
                .addAll(
                        "md-list",
                        ordered ? "md-list-ordered" : "md-list-bullet",
                        "md-list-level-" + (state.listDepth() + 1));
        if (list.isTight()) {
            box.getStyleClass().add("md-list-tight");
        }
        int number = ordered ? ((OrderedList) list).getStartNumber() : 0;
        char delimiter = ordered ? ((OrderedList) list).getDelimiter() : '.';
        String indent = "  ".repeat(state.listDepth());
        state.enterList();
        try {
            for (Node child = list.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof ListItem item) {
                    String marker = ordered
                            ? number++ + String.valueOf(delimiter)
                            : BULLETS[(state.listDepth() - 1) % BULLETS.length];
                    box.getChildren().add(item(item, marker, indent, list.isTight(), mode));
                }
            }
        } finally {
            state.leaveList();
        }
        if (state.listDepth() == 0 && state.lastBlock() != null) {
            state.lastBlock().setSeparatorAfter("\n\n");
        }
        return box;
    }

    private HBox item(ListItem item, String marker, String indent, boolean tight, InlineRenderer.Mode mode) {
        VBox content = new MeasuredBoxes.Column();
        content.getStyleClass().add("md-list-item-content");
        HBox.setHgrow(content, Priority.ALWAYS);
        int firstBlock = state.blocks.size();
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph paragraph) {
                int before = content.getChildren().size();
                blocks.paragraph(paragraph, paragraph.getFirstChild(), null, mode, content.getChildren());
                content.getChildren()
                        .subList(before, content.getChildren().size())
                        .forEach(node -> node.getStyleClass().add("md-list-item-text"));
            } else {
                blocks.block(child, content.getChildren(), mode);
            }
        }
        String prefix = indent + marker + " ";
        javafx.scene.Node markerNode;
        if (item instanceof TaskListItem task) {
            boolean done = task.isItemDoneMarker();
            CheckBox box = new CheckBox();
            box.setSelected(done);
            box.setMouseTransparent(true);
            box.setFocusTraversable(false);
            box.setAccessibleText(Messages.get(done ? "a11y.task.done" : "a11y.task.open"));
            box.getStyleClass().add("md-task-checkbox");
            markerNode = box;
            prefix = indent + (done ? "[x] " : "[ ] ");
        } else {
            Label label = new Label(marker);
            label.getStyleClass().add("md-list-marker");
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            markerNode = label;
        }
        for (int i = firstBlock; i < state.blocks.size(); i++) {
            TextBlock block = state.blocks.get(i);
            if (block.separatorAfter().equals("\n\n")) {
                block.setSeparatorAfter(tight ? "\n" : "\n\n");
            }
            if (i == firstBlock) {
                block.setExportPrefix(prefix);
            } else if (block.exportPrefix().isEmpty()) {
                block.setExportPrefix(" ".repeat(prefix.length()));
            }
        }
        HBox row = new MeasuredBoxes.Row(markerNode, content);
        row.setAlignment(Pos.BASELINE_LEFT);
        row.getStyleClass().addAll("md-list-item", item instanceof TaskListItem ? "md-task-item" : "md-plain-item");
        return row;
    }
}
