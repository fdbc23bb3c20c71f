package org.gramscilens.slides;

import com.vladsch.flexmark.util.ast.Document;
import java.util.BitSet;
import java.util.List;
import org.gramscilens.markdown.syntax.SlideSyntax;

/** Slide text as other outputs need it. */
public final class DirectiveLines {
    private DirectiveLines() {}

    /**
     * The Markdown without its directive lines and its {@code ::: slide} blocks, for reading and handouts,
     * where polls, timings, map reveals and what is projected mean nothing. Malformed directives stay, as on
     * the slides.
     */
    public static String withoutDirectives(String markdown, Document doc) {
        String[] lines = markdown.replace("\r\n", "\n").split("\n", -1);
        BitSet verbatim = SlideSyntax.verbatimLines(doc);
        BitSet slideBlocks = SlideSyntax.slideBlockLines(lines, verbatim);
        StringBuilder b = new StringBuilder(markdown.length());
        for (int i = 0; i < lines.length; i++) {
            boolean directive = slideBlocks.get(i)
                    || !verbatim.get(i)
                            && Directive.parse(lines[i], List.of())
                                    .filter(p -> p.error() == null)
                                    .isPresent();
            if (!directive) {
                b.append(lines[i]);
                if (i < lines.length - 1) {
                    b.append('\n');
                }
            }
        }
        return b.toString();
    }
}
