package org.gramscilens.slides;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import org.gramscilens.markdown.syntax.MarkdownParser;
import org.gramscilens.markdown.syntax.PlainText;

/**
 * How much a slide asks a room to read, and where an overlong slide is cut into continuation slides.
 *
 * <p>A room reads about {@link #LIMIT} words from the back row. Projected words are the words of a slide's
 * text below its title heading; a citation counts as its author and year (two words).
 */
public final class SlideWords {
    /** What a slide should project at most, title aside. */
    public static final int LIMIT = 50;
    /** Above this the splitter moves the rest onto a continuation slide rather than shrinking the type. */
    static final int CONTINUE_ABOVE = 60;

    private final MarkdownParser parser;

    public SlideWords(MarkdownParser parser) {
        this.parser = parser;
    }

    /** The words slide {@code markdown} projects, its leading title heading aside. */
    public int count(String markdown) {
        int words = 0;
        Document doc = parser.parse(markdown);
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n == doc.getFirstChild() && n instanceof Heading) {
                continue;
            }
            words += words(PlainText.of(n, c -> "Author Year"));
        }
        return words;
    }

    static int words(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                count++;
            }
            inWord = letter || inWord && (text.charAt(i) == '\'' || text.charAt(i) == '-' || text.charAt(i) == '’');
        }
        return count;
    }

    /**
     * The slide's text cut where it can be (between top-level blocks and between the items of a list) into
     * parts of at most {@link #LIMIT} words each, the first keeping the title heading; one part when it is
     * short enough ({@link #CONTINUE_ABOVE}) or cannot be cut.
     */
    List<String> parts(String markdown) {
        if (count(markdown) <= CONTINUE_ABOVE) {
            return List.of(markdown);
        }
        Document doc = parser.parse(markdown);
        List<Piece> pieces = new ArrayList<>();
        String heading = "";
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n == doc.getFirstChild() && n instanceof Heading) {
                heading = n.getChars().toString().strip();
            } else if (n instanceof ListBlock list) {
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    pieces.add(new Piece(
                            item.getChars().toString().stripTrailing(),
                            true,
                            words(PlainText.of(item, c -> "Author Year"))));
                }
            } else {
                pieces.add(new Piece(
                        n.getChars().toString().stripTrailing(), false, words(PlainText.of(n, c -> "Author Year"))));
            }
        }
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder(heading);
        int words = 0;
        boolean previousItem = false;
        for (Piece p : pieces) {
            if (words > 0 && words + p.words() > LIMIT) {
                parts.add(part.toString().strip());
                part = new StringBuilder();
                words = 0;
                previousItem = false;
            }
            part.append(previousItem && p.item() ? "\n" : "\n\n").append(p.markdown());
            words += p.words();
            previousItem = p.item();
        }
        parts.add(part.toString().strip());
        return parts;
    }

    private record Piece(String markdown, boolean item, int words) {}
}
