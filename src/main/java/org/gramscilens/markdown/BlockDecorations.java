package org.gramscilens.markdown;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The shapes a {@link TextBlock} draws behind its text, each from {@link TextFlow#rangeShape}:
 * inline-code backgrounds, search hits, the selection, glossary-term underlines and the focus ring
 * of a focused link. Each is one {@link Path} with its own style class.
 */
final class BlockDecorations {
    final Path codeBackground = shape("md-code-background");
    final Path searchHits = shape("md-search-hit");
    final Path selection = shape("md-selection");
    final Path termUnderline = shape("md-term-underline");
    final Path focusRing = shape("md-focus-ring");

    private static Path shape(String styleClass) {
        Path path = new Path();
        path.getStyleClass().add(styleClass);
        // Unmanaged: TextFlow leaves unmanaged children out of its text layout and character count.
        path.setManaged(false);
        path.setMouseTransparent(true);
        path.setFocusTraversable(false);
        return path;
    }

    /** In painting order: the first is furthest behind. */
    List<Path> all() {
        return List.of(codeBackground, searchHits, selection, termUnderline, focusRing);
    }

    /**
     * Recomputes every shape. {@code rangeShape} ignores the flow's padding, so the shapes are
     * moved by the insets instead.
     */
    void redraw(
            TextFlow flow,
            List<Node> managedChildren,
            double left,
            double top,
            int selectionStart,
            int selectionEnd,
            List<int[]> hits,
            Node focused) {
        for (Path path : all()) {
            path.setLayoutX(left);
            path.setLayoutY(top);
        }
        List<PathElement> code = new ArrayList<>();
        List<PathElement> underline = new ArrayList<>();
        List<PathElement> ring = new ArrayList<>();
        int offset = 0;
        for (Node child : managedChildren) {
            int length = child instanceof Text t ? t.getText().length() : 1;
            if (child.getStyleClass().contains("md-code-inline")) {
                code.addAll(List.of(flow.rangeShape(offset, offset + length)));
            } else if (child instanceof GlossaryMark) {
                underline.addAll(underlines(flow.rangeShape(offset, offset + length)));
            }
            if (child == focused) {
                ring.addAll(List.of(flow.rangeShape(offset, offset + length)));
            }
            offset += length;
        }
        codeBackground.getElements().setAll(code);
        termUnderline.getElements().setAll(underline);
        focusRing.getElements().setAll(ring);
        List<PathElement> found = new ArrayList<>();
        for (int[] hit : hits) {
            found.addAll(List.of(flow.rangeShape(hit[0], hit[1])));
        }
        searchHits.getElements().setAll(found);
        selection
                .getElements()
                .setAll(
                        selectionStart < selectionEnd
                                ? flow.rangeShape(selectionStart, selectionEnd)
                                : new PathElement[0]);
    }

    /** One line along the bottom of each rectangle of a range shape (one per line of text). */
    static List<PathElement> underlines(PathElement[] shape) {
        List<PathElement> lines = new ArrayList<>();
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i <= shape.length; i++) {
            PathElement element = i < shape.length ? shape[i] : null;
            if ((element == null || element instanceof MoveTo) && minX <= maxX) {
                lines.add(new MoveTo(minX, maxY));
                lines.add(new LineTo(maxX, maxY));
                minX = Double.MAX_VALUE;
                maxX = -Double.MAX_VALUE;
                maxY = -Double.MAX_VALUE;
            }
            double x = element instanceof MoveTo m ? m.getX() : element instanceof LineTo l ? l.getX() : Double.NaN;
            double y = element instanceof MoveTo m ? m.getY() : element instanceof LineTo l ? l.getY() : Double.NaN;
            if (!Double.isNaN(x)) {
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                maxY = Math.max(maxY, y);
            }
        }
        return lines;
    }
}
