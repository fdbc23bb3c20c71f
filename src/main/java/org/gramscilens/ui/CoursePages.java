package org.gramscilens.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.gramscilens.course.Course;
import org.gramscilens.course.GlossaryTerm;
import org.gramscilens.course.Lesson;
import org.gramscilens.course.LessonScanner;
import org.gramscilens.course.Problem;
import org.gramscilens.course.Reference;
import org.gramscilens.markdown.CourseRenderContext;
import org.gramscilens.markdown.LessonRenderer;
import org.gramscilens.markdown.LinkHandler;
import org.gramscilens.markdown.RenderedLesson;
import org.gramscilens.markdown.TextBlock;
import org.gramscilens.ui.common.Messages;

/** The reader pages that are not lessons: glossary, references, problems (search results: {@link SearchPage}). */
final class CoursePages {
    private CoursePages() {}

    private static VBox page(String id, String title, String intro) {
        VBox page = new VBox();
        page.getStyleClass().add("lesson-page");
        page.setId(id);
        Label t = new Label(title);
        t.setId("page-title");
        t.getStyleClass().add("lesson-title");
        t.setWrapText(true);
        page.getChildren().add(t);
        if (intro != null) {
            Label i = new Label(intro);
            i.getStyleClass().add("lesson-summary");
            i.setWrapText(true);
            page.getChildren().add(i);
        }
        return page;
    }

    static Page glossary(Course course, LessonRenderer renderer, LinkHandler links) {
        VBox page = page(
                "glossary-page",
                Messages.get("glossary.title"),
                Messages.get("glossary.intro", course.glossary().size()));
        Map<String, Node> anchors = new LinkedHashMap<>();
        List<TextBlock> blocks = new ArrayList<>();
        CourseRenderContext ctx = new CourseRenderContext(course, null, links, false);
        LessonScanner scanner = new LessonScanner(renderer.parser());
        Map<String, LessonScanner.Scan> scans = new java.util.HashMap<>();
        List<GlossaryTerm> terms = new ArrayList<>(course.glossary().values());
        terms.sort(Comparator.comparing(t -> t.term().toLowerCase(java.util.Locale.ROOT)));
        for (GlossaryTerm t : terms) {
            VBox entry = new VBox();
            entry.getStyleClass().add("glossary-entry");
            entry.setId("term-" + t.id());
            Label term = new Label(t.term());
            term.getStyleClass().add("glossary-entry-term");
            entry.getChildren().add(term);
            if (!t.aliases().isEmpty()) {
                Label aliases = new Label(Messages.get("glossary.aliases", String.join(", ", t.aliases())));
                aliases.getStyleClass().add("glossary-entry-aliases");
                aliases.setWrapText(true);
                entry.getChildren().add(aliases);
            }
            String sources = t.sources().isEmpty()
                    ? ""
                    : " ["
                            + String.join(
                                    "; ", t.sources().stream().map(k -> "@" + k).toList()) + "]";
            RenderedLesson def = renderer.render(t.definition() + sources, ctx);
            entry.getChildren().add(def.root());
            blocks.addAll(def.blocks());
            FlowPane where = linkRow(Messages.get("glossary.taughtIn"));
            for (String target : t.taughtIn()) {
                String lessonId = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : null;
                course.lesson(lessonId)
                        .ifPresent(l -> where.getChildren()
                                .add(link(
                                        sectionTitle(l, anchor, scanner, scans),
                                        () -> links.openLesson(lessonId, anchor))));
            }
            if (where.getChildren().size() > 1) {
                entry.getChildren().add(where);
            }
            FlowPane see = linkRow(Messages.get("glossary.seeAlso"));
            for (String other : t.seeAlso()) {
                course.term(other)
                        .ifPresent(o -> see.getChildren().add(link(o.term(), () -> links.openGlossary(other))));
            }
            if (see.getChildren().size() > 1) {
                entry.getChildren().add(see);
            }
            anchors.put(t.id(), entry);
            page.getChildren().add(entry);
        }
        return new Page(page, anchors, blocks);
    }

    /** "Cadres › Clinicians as cadres" for a lesson section; the lesson's title alone for the whole lesson. */
    private static String sectionTitle(
            Lesson lesson, String anchor, LessonScanner scanner, Map<String, LessonScanner.Scan> scans) {
        if (anchor == null) {
            return lesson.title();
        }
        return scans
                .computeIfAbsent(lesson.id(), id -> scanner.scan(lesson.body(), lesson.bodyLine()))
                .headings()
                .stream()
                .filter(h -> h.id().equals(anchor))
                .findFirst()
                .map(h -> lesson.title() + " › " + h.text())
                .orElse(lesson.title());
    }

    static Page references(Course course, LessonRenderer renderer, LinkHandler links) {
        VBox page = page(
                "references-page",
                Messages.get("references.title"),
                Messages.get("references.intro", course.references().size()));
        Map<String, Node> anchors = new LinkedHashMap<>();
        List<TextBlock> blocks = new ArrayList<>();
        CourseRenderContext ctx = new CourseRenderContext(course, null, links, false);
        Map<String, List<Lesson>> citedIn = citedIn(course, renderer.parser());
        List<Reference> refs = new ArrayList<>(course.references().values());
        refs.sort(Comparator.comparing((Reference r) -> r.authorLabel().toLowerCase(java.util.Locale.ROOT))
                .thenComparing(r -> r.year() == null ? 0 : r.year()));
        for (Reference r : refs) {
            VBox entry = new VBox();
            entry.getStyleClass().add("reference-entry");
            entry.setId("ref-" + r.key());
            RenderedLesson text = renderer.render(LessonPage.escape(r.formatted()), ctx.withoutGlossaryMarks());
            entry.getChildren().add(text.root());
            blocks.addAll(text.blocks());
            if (r.note() != null) {
                RenderedLesson note = renderer.render(
                        Messages.get("references.note") + " " + LessonPage.escape(r.note()),
                        ctx.withoutGlossaryMarks());
                note.root().getStyleClass().add("reference-note");
                entry.getChildren().add(note.root());
                blocks.addAll(note.blocks());
            }
            FlowPane where = linkRow(Messages.get("references.citedIn"));
            for (Lesson l : citedIn.getOrDefault(r.key(), List.of())) {
                where.getChildren().add(link(l.title(), () -> links.openLesson(l.id(), null)));
            }
            if (where.getChildren().size() > 1) {
                entry.getChildren().add(where);
            }
            anchors.put(r.key(), entry);
            page.getChildren().add(entry);
        }
        return new Page(page, anchors, blocks);
    }

    /** Which lessons cite each reference key, in course order. */
    private static Map<String, List<Lesson>> citedIn(
            Course course, org.gramscilens.markdown.syntax.MarkdownParser parser) {
        Map<String, List<Lesson>> out = new LinkedHashMap<>();
        LessonScanner scanner = new LessonScanner(parser);
        course.lessons()
                .filter(l -> !l.broken())
                .forEach(l -> scanner.scan(l.body(), 1).citations().stream()
                        .map(LessonScanner.Ref::target)
                        .distinct()
                        .forEach(k ->
                                out.computeIfAbsent(k, x -> new ArrayList<>()).add(l)));
        return out;
    }

    static Page problems(Course course, java.util.function.Consumer<Problem> open) {
        VBox page = page(
                "problems-page",
                Messages.get("problems.title"),
                course.problems().isEmpty()
                        ? Messages.get("problems.none")
                        : Messages.get("problems.intro", course.problems().size(), course.root()));
        for (Problem p : course.problems()) {
            Label l = new Label(p.toString());
            l.getStyleClass().add("problem-line");
            l.setWrapText(true);
            page.getChildren().add(l);
        }
        return new Page(page, Map.of(), List.of());
    }

    /** One broken lesson: what is wrong and where to fix it. */
    static Page brokenLesson(Lesson lesson) {
        VBox page = page(
                "problem-page",
                Messages.get("problem.title", lesson.file().toString().replace('\\', '/')),
                Messages.get("problem.intro"));
        Label l = new Label(lesson.error().toString());
        l.getStyleClass().add("problem-line");
        l.setWrapText(true);
        page.getChildren().add(l);
        return new Page(page, Map.of(), List.of());
    }

    private static FlowPane linkRow(String label) {
        FlowPane row = new FlowPane();
        row.getStyleClass().add("link-row");
        Label l = new Label(label);
        l.getStyleClass().add("link-row-label");
        row.getChildren().add(l);
        return row;
    }

    private static Hyperlink link(String text, Runnable action) {
        Hyperlink h = new Hyperlink(text);
        h.getStyleClass().add("page-link");
        h.setOnAction(e -> action.run());
        return h;
    }
}
