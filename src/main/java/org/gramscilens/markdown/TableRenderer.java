package org.gramscilens.markdown;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;
import java.util.List;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.TextAlignment;

/** A Markdown table as a {@link GridPane} of text blocks; column alignment comes from the Markdown. */
final class TableRenderer {
    private final RenderState state;

    TableRenderer(RenderState state) {
        this.state = state;
    }

    /** The table, in a {@link TableScroller} that scrolls sideways only when its words cannot fit. */
    TableScroller table(TableBlock table) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("md-table");
        grid.setMaxWidth(Region.USE_PREF_SIZE);
        int row = 0;
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            boolean head = section instanceof TableHead;
            if (!head && !(section instanceof TableBody)) {
                continue; // the separator row and captions are not cells
            }
            for (Node r = section.getFirstChild(); r != null; r = r.getNext()) {
                if (r instanceof TableRow tableRow) {
                    row(grid, tableRow, row, head);
                    row++;
                }
            }
        }
        TextBlock last = state.lastBlock();
        if (last != null) {
            last.setSeparatorAfter("\n\n");
        }
        return new TableScroller(grid);
    }

    private void row(GridPane grid, TableRow tableRow, int rowIndex, boolean head) {
        int column = 0;
        TextBlock previous = null;
        for (Node c = tableRow.getFirstChild(); c != null; c = c.getNext()) {
            if (!(c instanceof TableCell cell)) {
                continue;
            }
            String[] classes = head
                    ? new String[] {"md-table-cell", "md-table-header"}
                    : new String[] {"md-table-cell", rowIndex % 2 == 0 ? "md-table-row-even" : "md-table-row-odd"};
            List<javafx.scene.Node> nodes = new InlineRenderer(
                            state, InlineRenderer.Mode.PLAIN, () -> cellBlock(classes))
                    .render(cell.getFirstChild(), null);
            TextBlock block;
            if (nodes.isEmpty()) {
                block = cellBlock(classes); // an empty cell still draws its borders
                state.register(block);
            } else {
                block = (TextBlock) nodes.get(0);
            }
            block.setTextAlignment(alignment(cell.getAlignment()));
            block.setMaxWidth(Double.MAX_VALUE);
            block.setMaxHeight(Double.MAX_VALUE);
            block.setSeparatorAfter("\t");
            GridPane.setHgrow(block, Priority.SOMETIMES);
            int span = Math.max(1, cell.getSpan());
            grid.add(block, column, rowIndex, span, 1);
            column += span;
            previous = block;
        }
        if (previous != null) {
            previous.setSeparatorAfter("\n");
        }
    }

    private TextBlock cellBlock(String... classes) {
        TextBlock block = new TableCellBlock(state.scope);
        block.getStyleClass().addAll(classes);
        return block;
    }

    private static TextAlignment alignment(TableCell.Alignment alignment) {
        if (alignment == null) {
            return TextAlignment.LEFT;
        }
        return switch (alignment) {
            case CENTER -> TextAlignment.CENTER;
            case RIGHT -> TextAlignment.RIGHT;
            default -> TextAlignment.LEFT;
        };
    }
}
