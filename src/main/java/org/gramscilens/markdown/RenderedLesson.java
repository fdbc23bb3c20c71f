package org.gramscilens.markdown;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import org.gramscilens.course.Reference;

/**
 * A lesson turned into nodes.
 *
 * @param root the node to show; it carries the lesson stylesheet
 * @param anchors heading id (and {@code fn-N}, {@code fnref-N} for footnotes) to its node, for scrolling
 * @param blocks every text block in document order, for search and copying
 * @param citedKeys reference keys in order of first citation (unknown keys included)
 * @param references the references of the cited keys that exist, in the same order
 */
public record RenderedLesson(
        Node root,
        Map<String, Node> anchors,
        List<TextBlock> blocks,
        List<String> citedKeys,
        List<Reference> references) {

    public RenderedLesson {
        anchors = Collections.unmodifiableMap(new LinkedHashMap<>(anchors));
        blocks = List.copyOf(blocks);
        citedKeys = List.copyOf(citedKeys);
        references = List.copyOf(references);
    }

    public Optional<Node> anchor(String id) {
        return Optional.ofNullable(anchors.get(id));
    }

    /** The lesson as plain text: blocks in order, list items marked, table cells separated by tabs. */
    public String plainText() {
        StringBuilder b = new StringBuilder();
        for (TextBlock block : blocks) {
            b.append(block.exportPrefix()).append(block.plainText()).append(block.separatorAfter());
        }
        return b.toString().strip();
    }

    /** {@link #plainText()} followed by a "References" list of the full entries of the cited works. */
    public String plainTextWithReferences() {
        String text = plainText();
        if (references.isEmpty()) {
            return text;
        }
        StringBuilder b = new StringBuilder(text).append("\n\n").append(Messages.get("references.heading"));
        for (Reference reference : references) {
            b.append("\n\n").append(reference.formatted());
        }
        return b.toString();
    }

    /** Removes every search highlight. */
    public void clearHighlights() {
        blocks.forEach(TextBlock::clearHighlights);
    }
}
