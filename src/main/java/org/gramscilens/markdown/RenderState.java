package org.gramscilens.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import org.gramscilens.course.GlossaryMatcher;

/** Everything one rendering pass collects and consults; made fresh for each lesson. */
final class RenderState {
    final RenderContext context;
    final LinkHandler links;
    final GlossaryMatcher glossary;
    final Map<Heading, String> headingIds;
    final Map<String, Node> anchors = new LinkedHashMap<>();
    final List<TextBlock> blocks = new ArrayList<>();
    final Set<String> citedKeys = new LinkedHashSet<>();
    final List<FootnoteBlock> footnotes = new ArrayList<>();
    final BlockScope scope = new BlockScope();
    private final Map<FootnoteBlock, Integer> footnoteNumbers = new IdentityHashMap<>();
    private final Set<String> sectionTerms = new HashSet<>();
    private int listDepth;

    RenderState(RenderContext context, GlossaryMatcher glossary, Map<Heading, String> headingIds) {
        this.context = context;
        this.links = context.links() == null ? LinkHandler.NONE : context.links();
        this.glossary = glossary;
        this.headingIds = headingIds;
    }

    TextBlock newBlock(String... styleClasses) {
        TextBlock block = new TextBlock(scope);
        block.getStyleClass().addAll(styleClasses);
        return block;
    }

    /** Adds a finished block to {@link RenderedLesson#blocks()}; call in document order. */
    void register(TextBlock block) {
        blocks.add(block);
    }

    TextBlock lastBlock() {
        return blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
    }

    /** The footnote's number, given in order of first reference. */
    int footnoteNumber(FootnoteBlock footnote) {
        return footnoteNumbers.computeIfAbsent(footnote, f -> {
            footnotes.add(f);
            return footnotes.size();
        });
    }

    /** A heading starts a section: every glossary term may be marked again once. */
    void newSection() {
        sectionTerms.clear();
    }

    /** True the first time a term is seen in the current section. */
    boolean firstInSection(String termId) {
        return sectionTerms.add(termId);
    }

    boolean termMarkedInSection(String termId) {
        return sectionTerms.contains(termId);
    }

    int listDepth() {
        return listDepth;
    }

    void enterList() {
        listDepth++;
    }

    void leaveList() {
        listDepth--;
    }
}
