package org.gramscilens.course;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gramscilens.markdown.syntax.Citation;
import org.gramscilens.markdown.syntax.CitationNode;
import org.gramscilens.markdown.syntax.LineIndex;
import org.gramscilens.markdown.syntax.MarkdownParser;

/**
 * Finds what a lesson body refers to (headings, links, images, citations) with file line numbers, for
 * the validator. It parses with the renderer's own {@link MarkdownParser}, so heading ids and what
 * counts as a citation are the same here as on screen.
 */
public final class LessonScanner {

    public record Section(String text, String id, int level, int line) {}

    public record Ref(String target, int line) {}

    public record Scan(List<Section> headings, List<Ref> links, List<Ref> images, List<Ref> citations) {
        public boolean hasHeading(String id) {
            return headings.stream().anyMatch(h -> h.id().equals(id));
        }
    }

    private final MarkdownParser parser;

    public LessonScanner(MarkdownParser parser) {
        this.parser = parser;
    }

    /** @param firstLine the file line of the body's first line, so reported lines are file lines */
    public Scan scan(String body, int firstLine) {
        Document doc = parser.parse(body);
        LineIndex lines = LineIndex.of(doc); // flexmark's getStartLineNumber counts from the top each time
        List<Section> headings = new ArrayList<>();
        Map<Heading, String> ids = MarkdownParser.headingIds(doc);
        for (Heading h : MarkdownParser.headings(doc)) {
            headings.add(new Section(
                    MarkdownParser.headingText(h), ids.get(h), h.getLevel(), lines.firstLine(h) + firstLine));
        }
        List<Ref> links = new ArrayList<>();
        List<Ref> images = new ArrayList<>();
        walk(doc, lines, firstLine, links, images);
        List<Ref> citations = new ArrayList<>();
        for (CitationNode c : MarkdownParser.citations(doc)) {
            for (Citation item : c.citations()) {
                citations.add(new Ref(item.key(), lines.firstLine(c) + firstLine));
            }
        }
        return new Scan(headings, links, images, citations);
    }

    private static void walk(Node node, LineIndex lines, int firstLine, List<Ref> links, List<Ref> images) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Link link) {
                links.add(new Ref(link.getUrl().toString(), lines.firstLine(n) + firstLine));
            } else if (n instanceof Image image) {
                images.add(new Ref(image.getUrl().toString(), lines.firstLine(n) + firstLine));
            }
            walk(n, lines, firstLine, links, images);
        }
    }
}
