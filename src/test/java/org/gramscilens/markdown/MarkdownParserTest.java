package org.gramscilens.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.List;
import java.util.stream.StreamSupport;
import org.gramscilens.markdown.syntax.Citation;
import org.gramscilens.markdown.syntax.CitationNode;
import org.gramscilens.markdown.syntax.MarkdownParser;
import org.junit.jupiter.api.Test;

class MarkdownParserTest {
    private final MarkdownParser parser = new MarkdownParser();

    @Test
    void headingIdsFollowTheContentFormat() {
        assertThat(MarkdownParser.headingId("Hegemony as \"common sense\"")).isEqualTo("hegemony-as-common-sense");
        assertThat(MarkdownParser.headingId("Cadres and \"the work\"")).isEqualTo("cadres-and-the-work");
        assertThat(MarkdownParser.headingId("  What is (medical) leadership?  "))
                .isEqualTo("what-is-medical-leadership");
        assertThat(MarkdownParser.headingId("Gramsci's vocabulary")).isEqualTo("gramsci-s-vocabulary");
        assertThat(MarkdownParser.headingId("Über Führung — 1920s")).isEqualTo("über-führung-1920s");
        assertThat(MarkdownParser.headingId("---")).isEmpty();
    }

    @Test
    void repeatedHeadingsGetNumberedIds() {
        Document doc = parser.parse("# Intro\n\n## Intro\n\n### *Intro*\n\n## ???\n");
        assertThat(MarkdownParser.headings(doc))
                .map(h -> MarkdownParser.headingIds(doc).get(h))
                .containsExactly("intro", "intro-1", "intro-2", "section");
    }

    @Test
    void citationsBecomeCitationNodesWithKeysAndLocators() {
        Document doc = parser.parse(
                "As argued [@oreilly2011], see [@therborn1980, pp. 58-59] and [@bohmer2012; @dickinson2008].");
        List<CitationNode> citations = MarkdownParser.citations(doc);
        assertThat(citations).hasSize(3);
        assertThat(citations.get(0).citations()).containsExactly(new Citation("oreilly2011", ""));
        assertThat(citations.get(1).citations()).containsExactly(new Citation("therborn1980", "pp. 58-59"));
        assertThat(citations.get(2).citations())
                .containsExactly(new Citation("bohmer2012", ""), new Citation("dickinson2008", ""));
        assertThat(citations.get(1).getStartLineNumber()).isZero();
        assertThat(citations.get(1).content()).isEqualTo("@therborn1980, pp. 58-59");
    }

    @Test
    void citationLineNumbersAreAvailableForTheValidator() {
        Document doc = parser.parse("First line.\n\nSecond paragraph\ncites [@x2000] here.\n");
        assertThat(MarkdownParser.citations(doc))
                .singleElement()
                .satisfies(c -> assertThat(c.getStartLineNumber()).isEqualTo(3));
    }

    @Test
    void bracketsThatAreNotCitationsStayWhatTheyAre() {
        Document doc = parser.parse("[@handle](https://example.org) and \\[@escaped] and [not @cite] and [@] here.");
        assertThat(MarkdownParser.citations(doc)).isEmpty();
        assertThat(nodes(doc, Link.class))
                .singleElement()
                .satisfies(l -> assertThat(l.getUrl().toString()).isEqualTo("https://example.org"));
        String text = nodes(doc, Text.class).stream()
                .map(t -> t.getChars().toString())
                .reduce("", String::concat);
        assertThat(text).contains("@escaped");
    }

    @Test
    void extensionsAreEnabled() {
        Document doc = parser.parse("""
                | a | b |
                |---|--:|
                | 1 | 2 |

                ~~old~~ text[^n]

                - [x] done
                - [ ] open

                [^n]: A note.
                """);
        assertThat(nodes(doc, TableBlock.class)).hasSize(1);
        assertThat(nodes(doc, Strikethrough.class)).hasSize(1);
        assertThat(nodes(doc, TaskListItem.class)).hasSize(2);
        assertThat(nodes(doc, Footnote.class))
                .singleElement()
                .satisfies(f -> assertThat(f.getFootnoteBlock()).isNotNull());
    }

    @Test
    void theParserIsReusable() {
        Document first = parser.parse("[@a]");
        Document second = parser.parse("[@b]");
        assertThat(MarkdownParser.citations(first).get(0).citations().get(0).key())
                .isEqualTo("a");
        assertThat(MarkdownParser.citations(second).get(0).citations().get(0).key())
                .isEqualTo("b");
    }

    private static <T extends Node> List<T> nodes(Document doc, Class<T> type) {
        return StreamSupport.stream(doc.getDescendants().spliterator(), false)
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }
}
