package org.gramscilens.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.Text;
import org.gramscilens.markdown.syntax.MarkdownParser;
import org.junit.jupiter.api.Test;

class GlossaryMarkingTest extends FxTestSupport {
    private final LessonRenderer renderer = new LessonRenderer(new MarkdownParser());
    private final TestContext context = new TestContext();

    private List<GlossaryMark> marks(RenderedLesson lesson) {
        return withClass(lesson.root(), "md-glossary-term").stream()
                .map(GlossaryMark.class::cast)
                .toList();
    }

    @Test
    void firstOccurrenceOfEachTermPerSectionIsMarked() {
        RenderedLesson lesson = renderer.render("""
                Hegemony first, hegemony again, and Common Sense.

                - a hegemonic list item about common sense

                ## Hegemony in a heading is not marked

                Now hegemonic counts again, once; hegemony no more.
                """, context);
        List<GlossaryMark> marks = marks(lesson);
        assertThat(marks).extracting(Text::getText).containsExactly("Hegemony", "Common Sense", "hegemonic");
        assertThat(marks).extracting(m -> m.term().id()).containsExactly("hegemony", "common-sense", "hegemony");
        assertThat(withClass(lesson.root(), "lesson-heading").get(0).lookupAll(".md-glossary-term"))
                .isEmpty();
        assertThat(lesson.blocks().get(0).plainText()).isEqualTo("Hegemony first, hegemony again, and Common Sense.");
    }

    @Test
    void termsInListsAreMarkedWhenNotYetSeenInTheSection() {
        RenderedLesson lesson = renderer.render("- first about hegemony\n- then an organic intellectual", context);
        assertThat(marks(lesson)).extracting(Text::getText).containsExactly("hegemony", "organic intellectual");
    }

    @Test
    void notMarkedInLinksCodeCitationsOrTables() {
        RenderedLesson lesson = renderer.render("""
                [hegemony](#x) `hegemony` [@therborn1980] **common sense**

                | hegemony |
                |---|
                | intellectual |
                """, context);
        assertThat(marks(lesson)).extracting(Text::getText).containsExactly("common sense");
        assertThat(marks(lesson).get(0).getStyleClass()).contains("md-strong");
    }

    @Test
    void longestSpellingWinsAndTermsSplitAcrossLinesAreFound() {
        RenderedLesson lesson = renderer.render("Every organic\nintellectual is an intellectual.", context);
        assertThat(marks(lesson)).extracting(Text::getText).containsExactly("organic intellectual", "intellectual");
        assertThat(marks(lesson))
                .extracting(m -> m.term().id())
                .containsExactly("organic-intellectual", "intellectual");
    }

    @Test
    void markedTermsAreFocusableAccessibleAndOpenTheGlossary() throws Exception {
        RenderedLesson lesson = renderer.render("On hegemony.", context);
        GlossaryMark mark = marks(lesson).get(0);
        assertThat(mark.isFocusTraversable()).isTrue();
        assertThat(mark.getAccessibleText()).isEqualTo("Glossary: Hegemony");
        assertThat(mark.definitionText()).isEqualTo("Leadership that wins consent rather than rules by force.");
        fxRun(() -> {
            mark.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
            mark.fire();
        });
        assertThat(context.links.calls).containsExactly("openGlossary(hegemony)", "openGlossary(hegemony)");
    }

    @Test
    void hoverInstallsATooltipWithTheDefinition() throws Exception {
        RenderedLesson lesson = renderer.render("On hegemony.", context);
        GlossaryMark mark = marks(lesson).get(0);
        show(lesson.root(), 400);
        String tip = fx(() -> {
            mark.fireEvent(new MouseEvent(
                    MouseEvent.MOUSE_ENTERED,
                    0,
                    0,
                    0,
                    0,
                    null,
                    0,
                    false,
                    false,
                    false,
                    false,
                    false,
                    false,
                    false,
                    false,
                    false,
                    false,
                    null));
            return mark.hoverTooltip().getText();
        });
        assertThat(tip).isEqualTo("Leadership that wins consent rather than rules by force.");
        assertThat(fx(() -> mark.getProperties().values().contains(mark.hoverTooltip())))
                .isTrue();
    }

    @Test
    void keyboardFocusShowsTheDefinitionPopupAndBlurHidesIt() throws Exception {
        RenderedLesson lesson = renderer.render("On hegemony and [a link](#x).", context);
        GlossaryMark mark = marks(lesson).get(0);
        ActionText link = (ActionText) textWithClass(lesson.root(), "md-link");
        show(lesson.root(), 400);
        fxRun(mark::requestFocus);
        assertThat(fx(() -> mark.isFocused())).isTrue();
        assertThat(fx(() -> mark.focusPopup() != null && mark.focusPopup().isShowing()))
                .isTrue();
        assertThat(fx(() -> mark.focusPopup().getText())).isEqualTo(mark.definitionText());
        fxRun(link::requestFocus);
        assertThat(fx(() -> mark.focusPopup().isShowing())).isFalse();
    }

    @Test
    void underlinesAreDrawnUnderMarkedTerms() throws Exception {
        RenderedLesson lesson = renderer.render("On hegemony.", context);
        show(lesson.root(), 400);
        TextBlock block = lesson.blocks().get(0);
        assertThat(fx(() -> block.termUnderlineShape().getElements().size())).isEqualTo(2);
        assertThat(block.termUnderlineShape().getStyleClass()).containsExactly("md-term-underline");
    }
}
