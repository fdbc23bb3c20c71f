package org.gramscilens.markdown;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * One paragraph-like block of a lesson (paragraph, heading, list item text, table cell, code): a
 * {@link TextFlow}, so text wraps and reflows, with selection and search highlighting drawn as
 * shapes behind the text.
 *
 * <p>Character positions count the text of the {@link Text} children in order, which is also how
 * {@link TextFlow#hitTest} and {@link TextFlow#rangeShape} count. The decoration shapes are
 * unmanaged children, which TextFlow leaves out of its text layout.
 */
public class TextBlock extends TextFlow {

    private static final KeyCombination COPY = KeyCombination.keyCombination("Shortcut+C");
    private static final KeyCombination SELECT_ALL = KeyCombination.keyCombination("Shortcut+A");

    private final BlockScope scope;
    private final BlockDecorations decorations = new BlockDecorations();
    private final List<int[]> hits = new ArrayList<>();
    private String plainText;
    private int selectionStart;
    private int selectionEnd;
    private int anchor;
    private Text focusedInline;
    private double decoratedWidth = -1;
    private ContextMenu menu;
    private String exportPrefix = "";
    private String separatorAfter = "\n\n";

    public TextBlock() {
        this(new BlockScope());
    }

    TextBlock(BlockScope scope) {
        this.scope = scope;
        getStyleClass().add("md-block");
        getChildren().addAll(decorations.all());
        getChildren().addListener((ListChangeListener<Node>) change -> {
            plainText = null;
            decoratedWidth = -1;
        });
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::contextMenuRequested);
    }

    /** The block's text: its {@link Text} children concatenated. */
    public String plainText() {
        if (plainText == null) {
            StringBuilder b = new StringBuilder();
            for (Node child : getManagedChildren()) {
                b.append(child instanceof Text t ? t.getText() : "\ufffc");
            }
            plainText = b.toString();
        }
        return plainText;
    }

    public String selectedText() {
        return plainText().substring(selectionStart, selectionEnd);
    }

    public int selectionStart() {
        return selectionStart;
    }

    public int selectionEnd() {
        return selectionEnd;
    }

    /** Selects {@code [start, end)}, clamped to the text; the order of the bounds does not matter. */
    public void select(int start, int end) {
        int length = plainText().length();
        selectionStart = clamp(Math.min(start, end), length);
        selectionEnd = clamp(Math.max(start, end), length);
        if (selectionStart < selectionEnd) {
            scope.selected(this);
        }
        redraw();
    }

    public void clearSelection() {
        selectionStart = 0;
        selectionEnd = 0;
        redraw();
    }

    /** Marks {@code [start, end)} as a search hit, styled {@code md-search-hit}; hits accumulate. */
    public void highlight(int start, int end) {
        int length = plainText().length();
        int from = clamp(Math.min(start, end), length);
        int to = clamp(Math.max(start, end), length);
        if (from < to) {
            hits.add(new int[] {from, to});
            redraw();
        }
    }

    public void clearHighlights() {
        hits.clear();
        redraw();
    }

    /** The search hits, each {@code {start, end}}. */
    public List<int[]> highlights() {
        return hits.stream().map(int[]::clone).toList();
    }

    /** Puts the selection, or nothing if it is empty, on the clipboard. */
    public void copySelection() {
        if (selectionStart < selectionEnd) {
            scope.copy(selectedText());
        }
    }

    public void copyBlock() {
        scope.copy(plainText());
    }

    /** Copies the whole lesson followed by its references, when the block belongs to a lesson. */
    public void copyLesson() {
        scope.lessonText().ifPresent(text -> scope.copy(text.get()));
    }

    String exportPrefix() {
        return exportPrefix;
    }

    void setExportPrefix(String prefix) {
        exportPrefix = prefix;
    }

    String separatorAfter() {
        return separatorAfter;
    }

    void setSeparatorAfter(String separator) {
        separatorAfter = separator;
    }

    BlockScope scope() {
        return scope;
    }

    /** Called by an inline child when it gains or loses focus, to draw the focus ring around it. */
    void inlineFocusChanged(Text inline, boolean focused) {
        if (focused) {
            focusedInline = inline;
        } else if (focusedInline == inline) {
            focusedInline = null;
        }
        redraw();
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        requestFocus();
        int index = indexAt(e.getX(), e.getY());
        if (e.getClickCount() == 2) {
            selectWord(index);
        } else if (e.getClickCount() >= 3) {
            select(0, plainText().length());
        } else if (e.isShiftDown()) {
            select(anchor, index);
        } else {
            anchor = index;
            clearSelection();
        }
    }

    private void dragged(MouseEvent e) {
        if (e.isPrimaryButtonDown()) {
            select(anchor, indexAt(e.getX(), e.getY()));
        }
    }

    private void keyPressed(KeyEvent e) {
        if (COPY.match(e) && selectionStart < selectionEnd) {
            copySelection();
            e.consume();
        } else if (SELECT_ALL.match(e)) {
            select(0, plainText().length());
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && selectionStart < selectionEnd) {
            clearSelection();
            e.consume();
        }
    }

    private void contextMenuRequested(ContextMenuEvent e) {
        if (menu == null) {
            menu = createMenu();
        }
        menu.getItems().get(0).setDisable(selectionStart == selectionEnd);
        menu.show(this, e.getScreenX(), e.getScreenY());
        e.consume();
    }

    /** The context menu: Copy, Copy paragraph and, inside a lesson, Copy lesson with references. */
    ContextMenu createMenu() {
        MenuItem copy = new MenuItem(Messages.get("copy"));
        copy.setAccelerator(COPY);
        copy.setOnAction(e -> copySelection());
        MenuItem copyBlock = new MenuItem(Messages.get("copy.paragraph"));
        copyBlock.setOnAction(e -> copyBlock());
        ContextMenu contextMenu = new ContextMenu(copy, copyBlock);
        if (scope.lessonText().isPresent()) {
            MenuItem copyLesson = new MenuItem(Messages.get("copy.lesson"));
            copyLesson.setOnAction(e -> copyLesson());
            contextMenu.getItems().addAll(new SeparatorMenuItem(), copyLesson);
        }
        contextMenu.getStyleClass().add("md-context-menu");
        return contextMenu;
    }

    private void selectWord(int index) {
        String text = plainText();
        if (text.isEmpty()) {
            return;
        }
        BreakIterator words = BreakIterator.getWordInstance();
        words.setText(text);
        int at = clamp(index, text.length() - 1);
        int end = words.following(at);
        int start = words.previous();
        select(start, end == BreakIterator.DONE ? text.length() : end);
    }

    private int indexAt(double x, double y) {
        Point2D inText = new Point2D(x - snappedLeftInset(), y - snappedTopInset());
        return clamp(hitTest(inText).getInsertionIndex(), plainText().length());
    }

    private static int clamp(int value, int max) {
        return Math.max(0, Math.min(value, max));
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (getWidth() != decoratedWidth) {
            decoratedWidth = getWidth();
            redraw();
        }
    }

    /** Recomputes every decoration shape from the current text layout. */
    private void redraw() {
        if (decoratedWidth < 0) {
            return; // not laid out yet: layoutChildren draws them
        }
        decorations.redraw(
                this,
                getManagedChildren(),
                snappedLeftInset(),
                snappedTopInset(),
                selectionStart,
                selectionEnd,
                hits,
                focusedInline);
    }

    Path selectionShape() {
        return decorations.selection;
    }

    Path searchHitShape() {
        return decorations.searchHits;
    }

    Path focusRingShape() {
        return decorations.focusRing;
    }

    Path termUnderlineShape() {
        return decorations.termUnderline;
    }
}
