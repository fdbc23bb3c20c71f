package org.gramscilens.markdown.syntax;

import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;

/**
 * A Pandoc-style citation in the flexmark tree, made by {@link CitationExtension}:
 * {@code [@therborn1980, pp. 58-59]}. Its source position gives validators a line number.
 */
public final class CitationNode extends Node implements DoNotDecorate {
    private final BasedSequence content;
    private final List<Citation> citations;

    CitationNode(BasedSequence chars, BasedSequence content, List<Citation> citations) {
        super(chars);
        this.content = content;
        this.citations = List.copyOf(citations);
    }

    /** The text between the brackets, e.g. {@code @a; @b, p. 3}. */
    public String content() {
        return content.toString();
    }

    public List<Citation> citations() {
        return citations;
    }

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[] {content};
    }

    @Override
    public void getAstExtra(StringBuilder out) {
        out.append(" citations:").append(citations);
    }
}
