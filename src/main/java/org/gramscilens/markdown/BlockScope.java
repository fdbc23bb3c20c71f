package org.gramscilens.markdown;

import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;

/**
 * What the text blocks of one lesson share: at most one of them holds a selection, they copy
 * through the same clipboard, and they can all copy the whole lesson.
 */
final class BlockScope {
    private final Consumer<String> clipboard;
    private Supplier<String> lessonText;
    private WeakReference<TextBlock> selected = new WeakReference<>(null);

    BlockScope() {
        this(BlockScope::toSystemClipboard);
    }

    BlockScope(Consumer<String> clipboard) {
        this.clipboard = clipboard;
    }

    static void toSystemClipboard(String text) {
        Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, text));
    }

    void copy(String text) {
        clipboard.accept(text);
    }

    Optional<Supplier<String>> lessonText() {
        return Optional.ofNullable(lessonText);
    }

    void setLessonText(Supplier<String> lessonText) {
        this.lessonText = lessonText;
    }

    /** A block now holds a selection: the previous holder lets go of its own. */
    void selected(TextBlock block) {
        TextBlock previous = selected.get();
        selected = new WeakReference<>(block);
        if (previous != null && previous != block) {
            previous.clearSelection();
        }
    }
}
