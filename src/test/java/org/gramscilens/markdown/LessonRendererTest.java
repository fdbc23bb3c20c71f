package org.gramscilens.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.gramscilens.course.GlossaryMatcher;
import org.gramscilens.markdown.syntax.MarkdownParser;
import org.junit.jupiter.api.Test;

class LessonRendererTest extends FxTestSupport {
    private final LessonRenderer renderer = new LessonRenderer(new MarkdownParser());
    private final TestContext context = new TestContext();

    private RenderedLesson render(String markdown) {
        return renderer.render(markdown, context);
    }

    private static List<String> classesOf(Node node) {
        return List.copyOf(node.getStyleClass());
    }

    @Test
    void rootCarriesTheStylesheetAndBodyClass() {
        RenderedLesson lesson = render("Hello.");
        assertThat(lesson.root().getStyleClass()).contains("lesson-body");
        assertThat(((VBox) lesson.root()).getStylesheets()).containsExactly(LessonRenderer.STYLESHEET);
        assertThat(LessonRenderer.STYLESHEET).endsWith("org/gramscilens/markdown/lesson.css");
    }

    @Test
    void headingsHaveLevelClassesIdsAndAnchors() {
        RenderedLesson lesson = render("""
                # Hegemony as "common sense"

                ## Cadres *and* the work

                ###### Six
                """);
        List<Node> headings = withClass(lesson.root(), "lesson-heading");
        assertThat(headings).hasSize(3).allSatisfy(h -> assertThat(h).isInstanceOf(TextBlock.class));
        assertThat(headings.get(0).getStyleClass()).contains("lesson-heading-1");
        assertThat(headings.get(1).getStyleClass()).contains("lesson-heading-2");
        assertThat(headings.get(2).getStyleClass()).contains("lesson-heading-6");
        assertThat(((TextBlock) headings.get(1)).plainText()).isEqualTo("Cadres and the work");
        assertThat(headings)
                .extracting(Node::getId)
                .containsExactly("heading-hegemony-as-common-sense", "heading-cadres-and-the-work", "heading-six");
        assertThat(lesson.anchors()).containsOnlyKeys("hegemony-as-common-sense", "cadres-and-the-work", "six");
        assertThat(lesson.anchors().get("six")).isSameAs(headings.get(2));
    }

    @Test
    void paragraphsAndNestedEmphasisCombineClasses() {
        RenderedLesson lesson = render("Plain *em **both*** and ~~gone~~ `code()` end.");
        TextBlock paragraph =
                (TextBlock) withClass(lesson.root(), "lesson-paragraph").get(0);
        assertThat(paragraph.plainText()).isEqualTo("Plain em both and gone code() end.");
        Text em = texts(paragraph).stream()
                .filter(t -> t.getText().equals("em "))
                .findFirst()
                .orElseThrow();
        Text both = texts(paragraph).stream()
                .filter(t -> t.getText().equals("both"))
                .findFirst()
                .orElseThrow();
        Text gone = texts(paragraph).stream()
                .filter(t -> t.getText().equals("gone"))
                .findFirst()
                .orElseThrow();
        assertThat(em.getStyleClass()).contains("md-em").doesNotContain("md-strong");
        assertThat(both.getStyleClass()).contains("md-em", "md-strong");
        assertThat(gone.getStyleClass()).contains("md-strike");
        assertThat(textWithClass(paragraph, "md-code-inline").getText()).isEqualTo("code()");
    }

    @Test
    void escapesEntitiesAndBreaks() {
        RenderedLesson lesson = render("a \\*not em\\* &amp; b\nsoft  \nhard\\\nhard2");
        assertThat(lesson.blocks())
                .singleElement()
                .satisfies(b -> assertThat(b.plainText()).isEqualTo("a *not em* & b soft\nhard\nhard2"));
    }

    @Test
    void htmlIsShownAsTextNeverInterpreted() {
        RenderedLesson lesson = render("<div onclick=\"x()\">block</div>\n\nsome <b>bold</b> text");
        assertThat(lesson.blocks()).hasSize(2);
        assertThat(lesson.blocks().get(0).plainText()).isEqualTo("<div onclick=\"x()\">block</div>");
        assertThat(lesson.blocks().get(0).getStyleClass()).contains("md-html-block");
        assertThat(lesson.blocks().get(1).plainText()).isEqualTo("some <b>bold</b> text");
        assertThat(withClass(lesson.blocks().get(1), "md-html"))
                .extracting(n -> ((Text) n).getText())
                .containsExactly("<b>", "</b>");
    }

    @Test
    void codeBlocksAreMonospaceUnwrappedAndScrollSideways() throws Exception {
        String longLine = "x".repeat(300);
        RenderedLesson lesson = render("```java\nint a = 1;\n" + longLine + "\n```\n\n    indented code\n");
        List<ScrollPane> blocks = ofType(lesson.root(), ScrollPane.class);
        assertThat(blocks).hasSize(2).allSatisfy(s -> {
            assertThat(s.getStyleClass()).contains("md-code-block");
            assertThat(s.isFitToWidth()).isFalse();
            assertThat(s.isFocusTraversable()).isTrue();
            assertThat(s.getContent()).isInstanceOf(TextBlock.class);
        });
        TextBlock fenced = (TextBlock) blocks.get(0).getContent();
        assertThat(fenced.plainText()).isEqualTo("int a = 1;\n" + longLine);
        assertThat(textWithClass(fenced, "md-code").getText()).isEqualTo(fenced.plainText());
        assertThat(((TextBlock) blocks.get(1).getContent()).plainText()).isEqualTo("indented code");

        show(lesson.root(), 400);
        fxRun(() -> {
            assertThat(fenced.getWidth())
                    .isGreaterThan(blocks.get(0).getViewportBounds().getWidth());
            // the scroll bar is added below the code, never over it
            assertThat(blocks.get(0).getViewportBounds().getHeight())
                    .isGreaterThanOrEqualTo(fenced.prefHeight(-1) - 0.5);
            Text code = textWithClass(fenced, "md-code");
            // two lines, not wrapped: the text is as tall as two lines of its font
            assertThat(code.getLayoutBounds().getHeight())
                    .isLessThan(code.getFont().getSize() * 3.5);
        });
    }

    @Test
    void linksRouteToTheRightHandlerMethod() throws Exception {
        context.lessonFiles.put("../02-vocab/lesson.md", "gramscis-vocabulary");
        RenderedLesson lesson = render("""
                [a](lesson:what-is) [b](lesson:what-is#cadres) [c](#hegemony) [d](glossary:common-sense)
                [e](https://example.org/x) [f](mailto:someone@example.org) [g](../02-vocab/lesson.md#z)
                [h](elsewhere/notes.md) [i](javascript:alert(1)) [j][ref]

                [ref]: lesson:ref-target
                """);
        List<ActionText> links = withClass(lesson.root(), "md-link").stream()
                .map(ActionText.class::cast)
                .toList();
        assertThat(links).extracting(Text::getText).containsExactly("a", "b", "c", "d", "e", "f", "g", "j");
        fxRun(() -> links.forEach(ActionText::fire));
        assertThat(context.links.calls)
                .containsExactly(
                        "openLesson(what-is, null)",
                        "openLesson(what-is, cadres)",
                        "openAnchor(hegemony)",
                        "openGlossary(common-sense)",
                        "openExternal(https://example.org/x)",
                        "openExternal(mailto:someone@example.org)",
                        "openLesson(gramscis-vocabulary, z)",
                        "openLesson(ref-target, null)");
        List<Node> broken = withClass(lesson.root(), "md-link-broken");
        assertThat(broken).extracting(n -> ((Text) n).getText()).containsExactly("h", "i");
        assertThat(broken).allSatisfy(n -> assertThat(n).isNotInstanceOf(ActionText.class));
    }

    @Test
    void autolinksAreExternalLinks() throws Exception {
        RenderedLesson lesson = render("See <https://a.example.org>, https://b.example.org and c@example.org.");
        List<ActionText> links = withClass(lesson.root(), "md-link").stream()
                .map(ActionText.class::cast)
                .toList();
        assertThat(links)
                .extracting(Text::getText)
                .containsExactly("https://a.example.org", "https://b.example.org", "c@example.org");
        fxRun(() -> links.forEach(ActionText::fire));
        assertThat(context.links.calls)
                .containsExactly(
                        "openExternal(https://a.example.org)",
                        "openExternal(https://b.example.org)",
                        "openExternal(mailto:c@example.org)");
    }

    @Test
    void linksAreFocusableAndActivatedByEnterAndSpace() throws Exception {
        RenderedLesson lesson = render("Go [there](#x).");
        ActionText link = (ActionText) textWithClass(lesson.root(), "md-link");
        assertThat(link.isFocusTraversable()).isTrue();
        assertThat(link.getAccessibleText()).isEqualTo("there");
        assertThat(link.getAccessibleRole()).isEqualTo(javafx.scene.AccessibleRole.HYPERLINK);
        fxRun(() -> {
            link.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
            link.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, " ", " ", KeyCode.SPACE, false, false, false, false));
            link.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "a", "a", KeyCode.A, false, false, false, false));
        });
        assertThat(context.links.calls).containsExactly("openAnchor(x)", "openAnchor(x)");
    }

    @Test
    void blockQuotesHoldTheirParagraphs() {
        RenderedLesson lesson = render("> First quoted.\n>\n> Second quoted.\n\nAfter.");
        VBox quote = (VBox) withClass(lesson.root(), "md-blockquote").get(0);
        assertThat(quote.getChildren())
                .hasSize(2)
                .allSatisfy(n -> assertThat(n.getStyleClass()).contains("lesson-paragraph"));
        assertThat(((TextBlock) quote.getChildren().get(1)).plainText()).isEqualTo("Second quoted.");
    }

    @Test
    void bulletOrderedNestedAndTaskLists() {
        RenderedLesson lesson = render("""
                - one
                - two
                  1. inner a
                  2. inner b

                3. three
                4. four

                - [x] done task
                - [ ] open task
                """);
        List<Node> lists = withClass(lesson.root(), "md-list");
        assertThat(lists).hasSize(4);
        VBox bullets = (VBox) lists.get(0);
        assertThat(bullets.getStyleClass()).contains("md-list-bullet", "md-list-level-1");
        assertThat(bullets.getChildren())
                .hasSize(2)
                .allSatisfy(n -> assertThat(n.getStyleClass()).contains("md-list-item"));
        VBox nested = (VBox) lists.get(1);
        assertThat(nested.getStyleClass()).contains("md-list-ordered", "md-list-level-2");
        // the nested list sits inside the second item of the outer one
        assertThat(descendants(bullets.getChildren().get(1))).contains(nested);
        assertThat(withClass(nested, "md-list-marker"))
                .extracting(n -> ((Label) n).getText())
                .containsExactly("1.", "2.");
        assertThat(withClass(lists.get(2), "md-list-marker"))
                .extracting(n -> ((Label) n).getText())
                .containsExactly("3.", "4.");
        assertThat(withClass(bullets, "md-list-marker"))
                .extracting(n -> ((Label) n).getText())
                .startsWith("•", "•")
                .contains("1.");
        List<CheckBox> tasks = ofType(lists.get(3), CheckBox.class);
        assertThat(tasks).extracting(CheckBox::isSelected).containsExactly(true, false);
        assertThat(tasks).allSatisfy(c -> {
            assertThat(c.isMouseTransparent()).isTrue();
            assertThat(c.isFocusTraversable()).isFalse();
        });
        assertThat(withClass(lists.get(3), "md-list-item-text"))
                .extracting(n -> ((TextBlock) n).plainText())
                .containsExactly("done task", "open task");
        assertThat(lesson.plainText())
                .contains("• one\n• two\n  1. inner a\n  2. inner b\n\n3. three\n4. four")
                .contains("[x] done task\n[ ] open task");
    }

    @Test
    void tablesAreGridsWithHeaderCellsAndAlignment() {
        RenderedLesson lesson = render("""
                | Concept | Page | Note |
                |:--------|-----:|:----:|
                | Hegemony | 12 | *key* |
                | Cadre | 40 | |
                """);
        GridPane grid = (GridPane) withClass(lesson.root(), "md-table").get(0);
        assertThat(grid.getChildren()).hasSize(9).allSatisfy(n -> assertThat(n).isInstanceOf(TextBlock.class));
        List<TextBlock> header = grid.getChildren().stream()
                .map(TextBlock.class::cast)
                .filter(b -> b.getStyleClass().contains("md-table-header"))
                .toList();
        assertThat(header).extracting(TextBlock::plainText).containsExactly("Concept", "Page", "Note");
        assertThat(header).allSatisfy(b -> assertThat(GridPane.getRowIndex(b)).isZero());
        TextBlock page = (TextBlock) grid.getChildren().get(4);
        assertThat(page.plainText()).isEqualTo("12");
        assertThat(GridPane.getRowIndex(page)).isEqualTo(1);
        assertThat(GridPane.getColumnIndex(page)).isEqualTo(1);
        assertThat(page.getTextAlignment()).isEqualTo(TextAlignment.RIGHT);
        assertThat(((TextBlock) grid.getChildren().get(5)).getTextAlignment()).isEqualTo(TextAlignment.CENTER);
        assertThat(((TextBlock) grid.getChildren().get(3)).getTextAlignment()).isEqualTo(TextAlignment.LEFT);
        assertThat(lesson.plainText()).isEqualTo("Concept\tPage\tNote\nHegemony\t12\tkey\nCadre\t40");
    }

    @Test
    void thematicBreaksAreRules() {
        RenderedLesson lesson = render("Before.\n\n---\n\nAfter.");
        assertThat(((VBox) lesson.root()).getChildren().get(1))
                .isInstanceOf(Separator.class)
                .satisfies(n -> assertThat(n.getStyleClass()).contains("md-rule"));
    }

    @Test
    void footnotesAreNumberedLinkedAndListedUnderNotes() throws Exception {
        RenderedLesson lesson = render("""
                Text with a note[^a] and another[^b] and again[^a].

                [^b]: Second note.
                [^a]: First note.
                """);
        List<ActionText> refs = withClass(lesson.root(), "md-footnote-ref").stream()
                .map(ActionText.class::cast)
                .toList();
        assertThat(refs).extracting(Text::getText).containsExactly("¹", "²", "¹");
        assertThat(refs.get(1).getAccessibleText()).isEqualTo("Footnote 2");
        VBox notes = (VBox) withClass(lesson.root(), "md-footnotes").get(0);
        assertThat(((TextBlock) notes.getChildren().get(0)).plainText()).isEqualTo("Notes");
        List<Node> items = withClass(notes, "md-footnote");
        assertThat(items).hasSize(2);
        assertThat(lesson.anchors().get("fn-1")).isSameAs(items.get(0));
        assertThat(lesson.anchors().get("fnref-1")).isSameAs(lesson.blocks().get(0));
        assertThat(withClass(items.get(0), "md-footnote-content").get(0).lookupAll(".md-text"))
                .extracting(n -> ((Text) n).getText())
                .startsWith("First note.");
        fxRun(() -> {
            refs.get(1).fire();
            ((ActionText) withClass(items.get(0), "md-footnote-back").get(0)).fire();
        });
        assertThat(context.links.calls).containsExactly("openAnchor(fn-2)", "openAnchor(fnref-1)");
    }

    @Test
    void citationsShowAuthorDateAndOpenTheReference() throws Exception {
        RenderedLesson lesson = render("""
                Leaderism [@oreilly2011]. Rule [@therborn1980, pp. 58-59]. Both [@bohmer2012; @dickinson2008].
                Again [@oreilly2011].
                """);
        List<ActionText> citations = withClass(lesson.root(), "md-citation").stream()
                .filter(ActionText.class::isInstance)
                .map(ActionText.class::cast)
                .toList();
        assertThat(citations)
                .extracting(Text::getText)
                .containsExactly(
                        "(O'Reilly & Reed 2011)",
                        "(Therborn 1980, pp. 58-59)",
                        "(Bohmer 2012",
                        "Dickinson & Ham 2008)",
                        "(O'Reilly & Reed 2011)");
        assertThat(lesson.blocks().get(0).plainText()).contains("Both (Bohmer 2012; Dickinson & Ham 2008).");
        assertThat(citations.get(1).getAccessibleText()).isEqualTo("Reference: Therborn 1980, pp. 58-59");
        fxRun(() -> {
            citations.get(1).fire();
            citations.get(3).fire();
        });
        assertThat(context.links.calls).containsExactly("openReference(therborn1980)", "openReference(dickinson2008)");
        assertThat(lesson.citedKeys()).containsExactly("oreilly2011", "therborn1980", "bohmer2012", "dickinson2008");
    }

    @Test
    void unknownCitationsStayVisibleAsWritten() {
        RenderedLesson lesson = render("Says [@nobody2020, p. 1] and [@therborn1980; @ghost].");
        List<Node> unknown = withClass(lesson.root(), "md-citation-unknown");
        assertThat(unknown)
                .extracting(n -> ((Text) n).getText())
                .containsExactly("[@nobody2020, p. 1]", "[@therborn1980; @ghost]");
        assertThat(unknown).allSatisfy(n -> assertThat(n).isNotInstanceOf(ActionText.class));
        assertThat(lesson.citedKeys()).containsExactly("nobody2020", "therborn1980", "ghost");
        assertThat(lesson.references()).extracting(r -> r.key()).containsExactly("therborn1980");
    }

    @Test
    void citationsParsedAsUndefinedLinkRefsAreStillCitations() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(FootnoteExtension.create()));
        var plainFlexmark = Parser.builder(options).build();
        RenderedLesson lesson =
                renderer.render(plainFlexmark.parse("See [@therborn1980, pp. 58-59] and [undefined]."), context);
        assertThat(textWithClass(lesson.root(), "md-citation").getText()).isEqualTo("(Therborn 1980, pp. 58-59)");
        assertThat(lesson.blocks().get(0).plainText()).isEqualTo("See (Therborn 1980, pp. 58-59) and [undefined].");
    }

    @Test
    void speakerNotesAreHiddenUnlessAsked() {
        String markdown = """
                Slide text.

                Note: say this aloud.

                And this too.

                ---

                Next slide
                Note: mid-paragraph notes.
                """;
        RenderedLesson reading = render(markdown);
        assertThat(reading.plainText()).isEqualTo("Slide text.\n\nNext slide");
        assertThat(withClass(reading.root(), "md-speaker-notes")).isEmpty();
        assertThat(withClass(reading.root(), "md-rule")).hasSize(1);

        context.showSpeakerNotes = true;
        RenderedLesson presenting = render(markdown);
        List<Node> notes = withClass(presenting.root(), "md-speaker-notes");
        assertThat(notes).hasSize(2);
        assertThat(ofType(notes.get(0), TextBlock.class))
                .extracting(TextBlock::plainText)
                .containsExactly("Note: say this aloud.", "And this too.");
        assertThat(ofType(notes.get(1), TextBlock.class))
                .extracting(TextBlock::plainText)
                .containsExactly("Note: mid-paragraph notes.");
        assertThat(presenting.plainText()).contains("Next slide\n\nNote: mid-paragraph notes.");
    }

    @Test
    void withoutSlideBreaksNotesEndAtTheNextSectionHeadingAsInSeminarMode() {
        RenderedLesson reading = render("""
                ## One

                Shown.

                Note: only for the lecturer.

                ## Two

                Shown again.
                """);
        assertThat(reading.plainText()).isEqualTo("One\n\nShown.\n\nTwo\n\nShown again.");
    }

    @Test
    void imagesInsideTheCourseLoadAndFitTheWidth() throws Exception {
        java.nio.file.Path png = java.nio.file.Files.createTempFile("lesson", ".png");
        try {
            java.awt.image.BufferedImage image =
                    new java.awt.image.BufferedImage(600, 300, java.awt.image.BufferedImage.TYPE_INT_RGB);
            javax.imageio.ImageIO.write(image, "png", png.toFile());
            context.images.put("images/map.png", png);
            RenderedLesson lesson =
                    render("![A concept map](images/map.png)\n\nText ![inline](images/gone.png) after.");
            ImageBox box = (ImageBox) withClass(lesson.root(), "md-image").get(0);
            assertThat(box.getStyleClass()).contains("md-image-block");
            assertThat(box.view().getAccessibleText()).isEqualTo("A concept map");
            assertThat(box.view().isPreserveRatio()).isTrue();
            CompletableFuture<Void> loaded = new CompletableFuture<>();
            box.view().getImage().progressProperty().addListener((o, a, b) -> {
                if (b.doubleValue() >= 1) {
                    loaded.complete(null);
                }
            });
            if (box.view().getImage().getProgress() >= 1) {
                loaded.complete(null);
            }
            loaded.get(10, TimeUnit.SECONDS);
            show(lesson.root(), 300);
            fxRun(() -> {
                lesson.root().getScene().getRoot().layout();
                assertThat(box.view().getImage().getWidth()).isEqualTo(600);
                assertThat(box.view().getFitWidth()).isGreaterThan(100).isLessThanOrEqualTo(300);
                assertThat(box.view().getLayoutBounds().getHeight())
                        .isCloseTo(box.view().getFitWidth() / 2, org.assertj.core.data.Offset.offset(1.0));
            });
            // the inline image split its paragraph; it is missing, so a placeholder names it
            Label missing = (Label) withClass(lesson.root(), "md-image-missing").get(0);
            assertThat(missing.getText()).isEqualTo("Image not found: images/gone.png");
            VBox group =
                    (VBox) withClass(lesson.root(), "lesson-paragraph-group").get(0);
            assertThat(group.getChildren()).hasSize(3);
            assertThat(lesson.blocks()).extracting(TextBlock::plainText).containsExactly("Text", "after.");
        } finally {
            java.nio.file.Files.deleteIfExists(png);
        }
    }

    @Test
    void renderingWorksOffTheFxThreadAndTheNodesCanThenBeShown() throws Exception {
        CompletableFuture<RenderedLesson> result = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                result.complete(render(
                        "# Title\n\nHegemony [@therborn1980] and a [link](#title).\n\n| a |\n|---|\n| b |\n\n- [x] t"));
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        worker.start();
        RenderedLesson lesson = result.get(20, TimeUnit.SECONDS);
        show(lesson.root(), 500);
        assertThat(fx(() -> lesson.root().getScene() != null
                        && lesson.root().getLayoutBounds().getHeight() > 0))
                .isTrue();
    }

    @Test
    void plainTextWithReferencesEndsWithTheFormattedEntries() {
        RenderedLesson lesson = render("# Title\n\nA claim [@therborn1980, p. 3] and [@oreilly2011].");
        String text = lesson.plainTextWithReferences();
        assertThat(text)
                .startsWith("Title\n\nA claim (Therborn 1980, p. 3) and (O'Reilly & Reed 2011).")
                .contains("\n\nReferences\n\n")
                .contains(context.references.get("therborn1980").formatted())
                .endsWith(context.references.get("oreilly2011").formatted());
        assertThat(text.indexOf("Therborn, Göran (1980)")).isLessThan(text.indexOf("O'Reilly, Dermot"));
    }

    @Test
    void theGlossaryMatcherIsBuiltOncePerGlossary() {
        GlossaryMatcher first = renderer.matcher(context.glossary);
        assertThat(renderer.matcher(context.glossary)).isSameAs(first);
        assertThat(renderer.matcher(List.copyOf(context.glossary))).isSameAs(first);
        assertThat(renderer.matcher(List.of())).isNotSameAs(first);
    }

    @Test
    void headingsInsideListsAndQuotesAreStillPlainTextBlocks() {
        RenderedLesson lesson = render("> # Quoted heading\n\n- # Listed heading");
        assertThat(lesson.anchors()).containsKeys("quoted-heading", "listed-heading");
        assertThat(withClass(lesson.root(), "lesson-heading"))
                .hasSize(2)
                .allSatisfy(h -> assertThat(h.getParent()).isNotNull());
        assertThat(ofType(lesson.root(), HBox.class)).isNotEmpty();
    }

    @Test
    void theRootFontSizeZoomsEveryTextInProportion() throws Exception {
        RenderedLesson lesson = render("# H1\n\nBody `code` text[^1].\n\n- item\n\n[^1]: Foot.");
        show(lesson.root(), 600);
        for (double root : new double[] {13, 20}) {
            fxRun(() -> {
                lesson.root().getScene().getRoot().setStyle("-fx-font-size: " + root + "px;");
                lesson.root().getScene().getRoot().applyCss();
                double body = root * 1.15;
                assertThat(size(lesson, "Body ")).isCloseTo(body, org.assertj.core.data.Offset.offset(0.1));
                assertThat(size(lesson, "item")).isCloseTo(body, org.assertj.core.data.Offset.offset(0.1));
                assertThat(size(lesson, "H1")).isCloseTo(body * 1.9, org.assertj.core.data.Offset.offset(0.1));
                assertThat(size(lesson, "Foot.")).isCloseTo(body * 0.9, org.assertj.core.data.Offset.offset(0.1));
                assertThat(size(lesson, "code")).isCloseTo(root, org.assertj.core.data.Offset.offset(0.1));
            });
        }
    }

    private static double size(RenderedLesson lesson, String text) {
        return texts(lesson.root()).stream()
                .filter(t -> t.getText().equals(text))
                .findFirst()
                .orElseThrow()
                .getFont()
                .getSize();
    }
}
