package org.gramscilens.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import org.gramscilens.course.Course;
import org.gramscilens.course.Lesson;
import org.gramscilens.markdown.LessonRenderer;
import org.gramscilens.markdown.LinkHandler;
import org.gramscilens.markdown.TextBlock;
import org.gramscilens.search.SearchIndex;

/**
 * The reading area: shows the page for the model's location, scrolled to its anchor and with a search hit
 * highlighted. Lesson pages are built once and kept, so returning to a lesson only swaps nodes.
 */
final class ReaderView {
    static final double BASE_FONT_PX = 16;

    private final ShellModel model;
    private final LessonRenderer renderer;
    private final LinkHandler links;
    private final ScrollPane scroll = new ScrollPane();
    private final StackPane holder = new StackPane();
    private final Map<String, Page> lessonPages = new HashMap<>();
    private Page glossaryPage;
    private Page referencesPage;
    private Page current;
    private TextBlock highlighted;

    ReaderView(ShellModel model, LessonRenderer renderer, LinkHandler links) {
        this.model = model;
        this.renderer = renderer;
        this.links = links;
        holder.getStyleClass().add("reader-column");
        scroll.setId("reader");
        scroll.getStyleClass().add("reader");
        scroll.setContent(holder);
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(true);
        model.zoomProperty().addListener((o, a, z) -> applyZoom(z.doubleValue()));
        applyZoom(model.zoomProperty().get());
        model.courseProperty().addListener((o, a, c) -> {
            lessonPages.clear();
            glossaryPage = null;
            referencesPage = null;
        });
        model.locationProperty().addListener((o, before, now) -> {
            if (now != null) {
                show(before, now);
            }
        });
    }

    Node node() {
        return scroll;
    }

    private void applyZoom(double zoom) {
        holder.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_FONT_PX * zoom));
    }

    /** The page now shown (for tests and the shell). */
    Page current() {
        return current;
    }

    private void show(Location before, Location now) {
        Page page = before != null && before.samePage(now) && now.kind() != Location.Kind.SEARCH ? current : build(now);
        if (page != current) {
            current = page;
            holder.getChildren().setAll(page.root());
            scroll.setVvalue(0);
        }
        clearHighlight();
        Node anchor = now.anchor() != null ? page.anchors().get(now.anchor())
                : now.kind() == Location.Kind.GLOSSARY || now.kind() == Location.Kind.REFERENCES
                ? page.anchors().get(now.id()) : null;
        page.anchors().values().forEach(n -> n.getStyleClass().remove("target"));
        if (anchor != null && now.kind() != Location.Kind.LESSON) {
            anchor.getStyleClass().add("target");
        }
        TextBlock hit = now.highlight() == null ? null : findHit(page, anchor, now.highlight());
        Node target = hit != null ? hit : anchor;
        if (target != null) {
            scrollTo(target);
            if (scroll.getScene() != null) {
                // The first layout of a new page may not be final until the next pulse.
                Platform.runLater(() -> scrollTo(target));
            }
        }
    }

    private Page build(Location loc) {
        Course course = model.course();
        return switch (loc.kind()) {
            case LESSON -> lessonPages.computeIfAbsent(loc.id(), id -> course.lesson(id)
                    .map(l -> LessonPage.build(course, l, renderer, links, model))
                    .orElseGet(() -> CoursePages.problems(course, p -> { })));
            case GLOSSARY -> glossaryPage != null ? glossaryPage
                    : (glossaryPage = CoursePages.glossary(course, renderer, links));
            case REFERENCES -> referencesPage != null ? referencesPage
                    : (referencesPage = CoursePages.references(course, renderer, links));
            case SEARCH -> CoursePages.search(loc.id(), model.search(loc.id()), this::openHit);
            case PROBLEMS -> course.lessons().filter(Lesson::broken)
                    .filter(l -> l.id().equals(loc.id())).findFirst()
                    .map(CoursePages::brokenLesson)
                    .orElseGet(() -> CoursePages.problems(course, p -> { }));
        };
    }

    /** Builds a lesson's page ahead of time so that opening it later only swaps nodes. */
    void prebuild(Lesson lesson) {
        Page page = lessonPages.computeIfAbsent(lesson.id(), id -> LessonPage.build(model.course(), lesson, renderer, links, model));
        if (page != current) {
            warm(page.root());
        }
    }

    /**
     * Styles and lays out a page once, hidden in the reading column, so that the first time it is shown
     * costs what a return visit costs: a page's first styling and text layout are most of a switch.
     */
    private void warm(Node root) {
        if (holder.getScene() == null || holder.getWidth() <= 0) {
            return;
        }
        root.setVisible(false);
        root.setManaged(false);
        holder.getChildren().add(root);
        root.applyCss();
        double width = holder.getWidth() - holder.snappedLeftInset() - holder.snappedRightInset();
        root.resize(Math.min(width, root.maxWidth(-1)), root.prefHeight(width));
        if (root instanceof javafx.scene.Parent parent) {
            parent.layout();
        }
        holder.getChildren().remove(root);
        root.setManaged(true);
        root.setVisible(true);
    }

    private void openHit(SearchIndex.Hit hit) {
        switch (hit.kind()) {
            case LESSON -> model.navigate(Location.lesson(hit.target(), hit.anchor(), hit.match()));
            case GLOSSARY -> model.navigate(new Location(Location.Kind.GLOSSARY, hit.target(), null, hit.match()));
            case REFERENCE -> model.navigate(new Location(Location.Kind.REFERENCES, hit.target(), null, hit.match()));
        }
    }

    /** The first block at or after {@code anchor} that contains {@code text}, highlighted. */
    private TextBlock findHit(Page page, Node anchor, String text) {
        String needle = text.toLowerCase(Locale.ROOT);
        double fromY = anchor == null ? Double.NEGATIVE_INFINITY : yOf(anchor) - 1;
        List<TextBlock> blocks = page.blocks();
        TextBlock fallback = null;
        for (TextBlock b : blocks) {
            int at = b.plainText().toLowerCase(Locale.ROOT).indexOf(needle);
            if (at < 0) {
                continue;
            }
            if (fallback == null) {
                fallback = b;
            }
            if (yOf(b) >= fromY) {
                b.highlight(at, at + needle.length());
                highlighted = b;
                return b;
            }
        }
        if (fallback != null) {
            int at = fallback.plainText().toLowerCase(Locale.ROOT).indexOf(needle);
            fallback.highlight(at, at + needle.length());
            highlighted = fallback;
        }
        return fallback;
    }

    private void clearHighlight() {
        if (highlighted != null) {
            highlighted.clearHighlights();
            highlighted = null;
        }
    }

    private double yOf(Node n) {
        holder.applyCss();
        holder.layout();
        Bounds b = n.localToScene(n.getBoundsInLocal());
        Bounds c = holder.localToScene(holder.getBoundsInLocal());
        return b.getMinY() - c.getMinY();
    }

    private void scrollTo(Node target) {
        scroll.applyCss();
        scroll.layout();
        double y = yOf(target);
        double max = holder.getHeight() - scroll.getViewportBounds().getHeight();
        scroll.setVvalue(max <= 0 ? 0 : Math.max(0, Math.min(1, (y - 24) / max)));
    }
}
