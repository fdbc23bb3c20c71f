package org.gramscilens.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.gramscilens.course.Course;
import org.gramscilens.course.GlossaryTerm;
import org.gramscilens.course.Lesson;
import org.gramscilens.course.Module;
import org.gramscilens.markdown.CourseRenderContext;
import org.gramscilens.markdown.LessonRenderer;
import org.gramscilens.markdown.LinkHandler;
import org.gramscilens.markdown.RenderedLesson;
import org.gramscilens.markdown.TextBlock;
import org.gramscilens.ui.common.Messages;

/** Builds the reader page of one lesson: header, objectives, the rendered lesson, terms, discussion, references. */
final class LessonPage {
    private LessonPage() {}

    /**
     * The lesson's text as the reader shows it (without slide directives). Safe on any thread once the
     * toolkit runs: start-up renders the first lesson this way while the window is being built.
     */
    static RenderedLesson renderBody(Course course, Lesson lesson, LessonRenderer renderer, LinkHandler links) {
        // Seminar directives ([quiz: ID], [map: ...], [time: N]) belong to the slides, not the reading view.
        // Directive lines start with '[' and slide blocks with ':::'; a lesson without such a line is rendered without
        // a second parse.
        String source = lesson.body();
        boolean mayHaveDirectives = source.startsWith("[")
                || source.contains("\n[")
                || source.startsWith(":::")
                || source.contains("\n:::");
        String text = mayHaveDirectives
                ? org.gramscilens.slides.DirectiveLines.withoutDirectives(
                        source, renderer.parser().parse(source))
                : source;
        RenderedLesson body = renderer.render(text, new CourseRenderContext(course, lesson, links, false));
        body.root().getStyleClass().add("lesson-body");
        return body;
    }

    static Page build(Course course, Lesson lesson, LessonRenderer renderer, LinkHandler links, ShellModel model) {
        return build(course, lesson, renderer, links, model, null);
    }

    /** @param renderedBody the lesson's text rendered ahead ({@link #renderBody}), or null to render it now */
    static Page build(
            Course course,
            Lesson lesson,
            LessonRenderer renderer,
            LinkHandler links,
            ShellModel model,
            RenderedLesson renderedBody) {
        CourseRenderContext ctx = new CourseRenderContext(course, lesson, links, false);
        List<TextBlock> blocks = new ArrayList<>();
        Map<String, Node> anchors = new LinkedHashMap<>();
        Set<String> cited = new LinkedHashSet<>();

        VBox page = new VBox();
        page.getStyleClass().add("lesson-page");
        page.setId("lesson-page");

        Module module = course.moduleOf(lesson).orElse(null);
        int number = module == null ? 0 : course.modules().indexOf(module) + 1;
        Label moduleLabel = new Label(module == null ? "" : Messages.get("lesson.module", number, module.title()));
        moduleLabel.getStyleClass().add("lesson-module");
        Label title = new Label(lesson.title());
        title.setId("page-title");
        title.getStyleClass().add("lesson-title");
        title.setWrapText(true);
        page.getChildren().addAll(moduleLabel, title);
        if (lesson.summary() != null) {
            Label summary = new Label(lesson.summary());
            summary.getStyleClass().add("lesson-summary");
            summary.setWrapText(true);
            page.getChildren().add(summary);
        }
        if (lesson.minutes() != null) {
            Label meta = new Label(Messages.get("lesson.minutes", lesson.minutes()));
            meta.getStyleClass().add("lesson-meta");
            page.getChildren().add(meta);
        }

        if (!lesson.objectives().isEmpty()) {
            RenderedLesson r = renderer.render(bullets(lesson.objectives(), false), ctx);
            page.getChildren().add(card("lesson-objectives", Messages.get("lesson.objectives"), r.root()));
            blocks.addAll(r.blocks());
            cited.addAll(r.citedKeys());
        }

        RenderedLesson body = renderedBody != null ? renderedBody : renderBody(course, lesson, renderer, links);
        page.getChildren().add(body.root());
        blocks.addAll(body.blocks());
        anchors.putAll(body.anchors());
        cited.addAll(body.citedKeys());

        if (!lesson.keyTerms().isEmpty()) {
            FlowPane terms = new FlowPane();
            terms.getStyleClass().add("lesson-term-chips");
            for (String id : lesson.keyTerms()) {
                GlossaryTerm t = course.term(id).orElse(null);
                Hyperlink chip = new Hyperlink(t == null ? id : t.term());
                chip.getStyleClass().add("term-chip");
                if (t != null) {
                    chip.setTooltip(new Tooltip(t.definition()));
                    chip.setAccessibleText(Messages.get("glossary.accessible", t.term()));
                }
                chip.setOnAction(e -> links.openGlossary(id));
                terms.getChildren().add(chip);
            }
            page.getChildren().add(card("lesson-key-terms", Messages.get("lesson.keyTerms"), terms));
            anchors.put("key-terms", page.getChildren().get(page.getChildren().size() - 1));
        }

        if (!lesson.discussion().isEmpty()) {
            RenderedLesson r = renderer.render(bullets(lesson.discussion(), true), ctx);
            Node c = card("lesson-discussion", Messages.get("lesson.discussion"), r.root());
            page.getChildren().add(c);
            anchors.put("discussion", c);
            blocks.addAll(r.blocks());
            cited.addAll(r.citedKeys());
        }

        if (java.nio.file.Files.isRegularFile(course.root().resolve("concept-map.yaml"))) {
            Node c = actionCard(
                    "lesson-map",
                    "lesson.map",
                    "lesson.mapIntro",
                    "lesson.mapShow",
                    "lesson-map-show",
                    Location.map(lesson.id()),
                    model);
            page.getChildren().add(c);
            anchors.put("map", c);
        }

        if (module != null && module.quiz() != null) {
            Node c = actionCard(
                    "lesson-quiz",
                    "lesson.quiz",
                    "lesson.quizIntro",
                    "lesson.quizStart",
                    "lesson-quiz-start",
                    Location.quiz(module.id()),
                    model);
            page.getChildren().add(c);
            anchors.put("quiz", c);
        }

        if (!cited.isEmpty()) {
            VBox refs = new VBox();
            refs.getStyleClass().add("lesson-reference-list");
            for (String key : cited) {
                course.reference(key).ifPresent(ref -> {
                    RenderedLesson r = renderer.render(escape(ref.formatted()), ctx.withoutGlossaryMarks());
                    r.root().getStyleClass().add("lesson-reference");
                    refs.getChildren().add(r.root());
                    blocks.addAll(r.blocks());
                });
            }
            Node c = card("lesson-references", Messages.get("lesson.references"), refs);
            page.getChildren().add(c);
            anchors.put("references", c);
        }

        page.getChildren().add(pager(model));
        return new Page(page, anchors, blocks);
    }

    /** Previous / next lesson buttons at the foot of the page. */
    private static Node pager(ShellModel model) {
        HBox bar = new HBox();
        bar.getStyleClass().add("lesson-pager");
        model.neighbour(-1).ifPresent(prev -> {
            Button b = new Button(Messages.get("lesson.previous", prev.title()));
            b.getStyleClass().add("pager-button");
            b.setOnAction(e -> model.previousLesson());
            bar.getChildren().add(b);
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        bar.getChildren().add(gap);
        model.neighbour(1).ifPresent(next -> {
            Button b = new Button(Messages.get("lesson.next", next.title()));
            b.getStyleClass().addAll("pager-button", "pager-next");
            b.setOnAction(e -> model.nextLesson());
            bar.getChildren().add(b);
        });
        return bar;
    }

    /** A card that says what is on offer and has one button going there (the quiz, the map). */
    private static Node actionCard(
            String styleClass,
            String headingKey,
            String introKey,
            String buttonKey,
            String buttonId,
            Location target,
            ShellModel model) {
        Label intro = new Label(Messages.get(introKey));
        intro.setWrapText(true);
        intro.getStyleClass().add("lesson-card-intro");
        Button go = new Button(Messages.get(buttonKey));
        go.setId(buttonId);
        go.getStyleClass().add(buttonId);
        go.setOnAction(e -> model.navigate(target));
        return card(styleClass, Messages.get(headingKey), new VBox(8, intro, go));
    }

    static VBox card(String styleClass, String heading, Node content) {
        Label h = new Label(heading);
        h.getStyleClass().add("card-heading");
        VBox card = new VBox(h, content);
        card.getStyleClass().addAll("lesson-card", styleClass);
        return card;
    }

    private static String bullets(List<String> items, boolean numbered) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            b.append(numbered ? (i + 1) + ". " : "- ")
                    .append(items.get(i).replace("\n", " "))
                    .append('\n');
        }
        return b.toString();
    }

    /** Reference text is data, not Markdown: keep '*', '_' and brackets literal. */
    static String escape(String text) {
        return text.chars()
                .mapToObj(c -> "\\*[]<>`".indexOf(c) >= 0 ? "\\" + (char) c : String.valueOf((char) c))
                .collect(Collectors.joining());
    }
}
