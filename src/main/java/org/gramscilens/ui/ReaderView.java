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
import org.gramscilens.ui.common.Focus;

/**
 * The reading area: shows the page for the model's location, scrolled to its anchor and with a search hit
 * highlighted. Lesson pages are built once and kept, so returning to a lesson only swaps nodes.
 */
final class ReaderView {
    static final double BASE_FONT_PX = 16;
    /** Space left above a block scrolled to, so it does not sit against the toolbar. */
    private static final double SCROLL_MARGIN = 24;

    /** Builds the pages the reader does not build itself: quizzes, review, progress. */
    interface PageSource {
        Page page(Location location);
    }

    private final ShellModel model;
    private final PageSource extraPages;
    private final java.util.function.Consumer<String> lessonFinished;
    private final LessonRenderer renderer;
    private final LinkHandler links;
    private final ScrollPane scroll = new ScrollPane();
    private final StackPane holder = new StackPane();
    private final Map<String, Page> lessonPages = new HashMap<>();
    private final Map<String, org.gramscilens.markdown.RenderedLesson> renderedAhead = new HashMap<>();
    private Page glossaryPage;
    private Page referencesPage;
    private Page current;
    private TextBlock highlighted;

    /** @param lessonFinished told a lesson's id when the learner scrolls to its end */
    ReaderView(
            ShellModel model,
            LessonRenderer renderer,
            LinkHandler links,
            PageSource extraPages,
            java.util.function.Consumer<String> lessonFinished) {
        this.model = model;
        this.extraPages = extraPages;
        this.lessonFinished = lessonFinished;
        this.renderer = renderer;
        this.links = links;
        holder.getStyleClass().add("reader-column");
        scroll.setId("reader");
        scroll.getStyleClass().add("reader");
        scroll.setContent(holder);
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(true);
        ReaderKeys.install(scroll, holder);
        model.zoomProperty().addListener((o, a, z) -> applyZoom(z.doubleValue()));
        scroll.vvalueProperty().addListener((o, a, v) -> checkFinished());
        applyZoom(model.zoomProperty().get());
        model.courseProperty().addListener((o, a, c) -> {
            if (a != null) {
                renderedAhead.clear();
            }
            holder.getChildren().clear();
            current = null;
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

    private void show(Location before, Location now) {
        Page page = before != null && before.samePage(now) && now.kind() != Location.Kind.SEARCH ? current : build(now);
        if (page != current) {
            if (current != null) {
                hide(current);
            }
            current = page;
            attachHidden(page);
            fillViewportIfAsked(page);
            page.root().setManaged(true);
            page.root().setVisible(true);
            scroll.setVvalue(0);
            if (scroll.getScene() == null && now.anchor() == null && now.highlight() == null) {
                FirstPage.showTopFirst(page.root());
            }
        }
        clearHighlight();
        Node anchor = now.anchor() != null
                ? page.anchors().get(now.anchor())
                : now.kind() == Location.Kind.GLOSSARY || now.kind() == Location.Kind.REFERENCES
                        ? page.anchors().get(now.id())
                        : null;
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
            case LESSON ->
                lessonPages.computeIfAbsent(
                        loc.id(),
                        id -> course.lesson(id)
                                .map(l -> LessonPage.build(course, l, renderer, links, model, renderedAhead.remove(id)))
                                .orElseGet(() -> CoursePages.problems(course, p -> {})));
            case GLOSSARY ->
                glossaryPage != null ? glossaryPage : (glossaryPage = CoursePages.glossary(course, renderer, links));
            case REFERENCES ->
                referencesPage != null
                        ? referencesPage
                        : (referencesPage = CoursePages.references(course, renderer, links));
            case SEARCH -> SearchPage.of(loc.id(), model.searchAsync(loc.id()), this::openHit);
            case QUIZ, REVIEW, PROGRESS, MAP, EXERCISE -> extraPages.page(loc);
            case PROBLEMS ->
                course.lessons()
                        .filter(Lesson::broken)
                        .filter(l -> l.id().equals(loc.id()))
                        .findFirst()
                        .map(CoursePages::brokenLesson)
                        .orElseGet(() -> CoursePages.problems(course, p -> {}));
        };
    }

    /**
     * Pages that pan and zoom themselves (the concept map) take exactly the visible height instead of
     * scrolling: their root carries the style class {@code fill-viewport}.
     */
    private void fillViewportIfAsked(Page page) {
        if (page.root() instanceof javafx.scene.layout.Region r
                && r.getStyleClass().contains("fill-viewport")
                && !r.prefHeightProperty().isBound()) {
            javafx.beans.binding.DoubleBinding h = javafx.beans.binding.Bindings.createDoubleBinding(
                    () -> Math.max(
                            300,
                            scroll.getViewportBounds().getHeight()
                                    - holder.snappedTopInset()
                                    - holder.snappedBottomInset()),
                    scroll.viewportBoundsProperty());
            r.prefHeightProperty().bind(h);
            r.maxHeightProperty().bind(h);
        }
    }

    /** A lesson's text rendered ahead of time (at start-up), used when its page is first built. */
    void offerRendered(String lessonId, org.gramscilens.markdown.RenderedLesson body) {
        renderedAhead.put(lessonId, body);
    }

    /** Reaching the end of a lesson page (or a page that needs no scrolling) counts as reading it. */
    private void checkFinished() {
        Location here = model.location();
        if (here != null
                && here.kind() == Location.Kind.LESSON
                && !model.finished().contains(here.id())
                && holder.getHeight() > 0
                && (scroll.getVvalue() >= 0.98
                        || holder.getHeight() <= scroll.getViewportBounds().getHeight())) {
            lessonFinished.accept(here.id());
        }
    }

    /**
     * Builds a lesson's page ahead of time, styled and laid out at the column's width but hidden, so that
     * opening it later only swaps which page is shown.
     */
    void prebuild(Lesson lesson) {
        Page page = lessonPages.computeIfAbsent(
                lesson.id(), id -> LessonPage.build(model.course(), lesson, renderer, links, model));
        if (page != current) {
            attachHidden(page);
            page.root().applyCss();
            if (page.root() instanceof javafx.scene.layout.Region r && holder.getWidth() > 0) {
                double w = Math.min(
                        r.maxWidth(-1), holder.getWidth() - holder.snappedLeftInset() - holder.snappedRightInset());
                r.resize(w, r.prefHeight(w));
                r.layout();
            }
        }
    }

    /** Pages kept built: lessons, glossary, references. Others are rebuilt each visit and let go when left. */
    private boolean kept(Page page) {
        return page == glossaryPage || page == referencesPage || lessonPages.containsValue(page);
    }

    private void attachHidden(Page page) {
        if (!holder.getChildren().contains(page.root())) {
            page.root().setVisible(false);
            page.root().setManaged(false);
            holder.getChildren().add(page.root());
        }
    }

    private void hide(Page page) {
        if (kept(page)) {
            page.root().setVisible(false);
            page.root().setManaged(false);
        } else {
            holder.getChildren().remove(page.root());
        }
    }

    private void openHit(SearchIndex.Hit hit) {
        switch (hit.kind()) {
            case LESSON -> model.navigate(Location.lesson(hit.target(), hit.anchor(), hit.match()));
            case GLOSSARY -> model.navigate(new Location(Location.Kind.GLOSSARY, hit.target(), null, hit.match()));
            case REFERENCE -> model.navigate(new Location(Location.Kind.REFERENCES, hit.target(), null, hit.match()));
        }
        // The result button that had focus is gone with the results page: reading goes on from here.
        focus();
    }

    /**
     * Where reading is in the page shown: the index of the first text block whose bottom is below the top
     * of the view (past the margin {@link #scrollTo} leaves), so that restoring it and asking again gives
     * the same block. 0 at the top of a page.
     */
    int readingBlock() {
        if (current == null || scroll.getVvalue() <= 0) {
            return 0;
        }
        double top = scroll.getVvalue()
                * Math.max(0, holder.getHeight() - scroll.getViewportBounds().getHeight());
        double holderY = holder.localToScene(holder.getBoundsInLocal()).getMinY();
        List<TextBlock> blocks = current.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Bounds b = blocks.get(i).localToScene(blocks.get(i).getBoundsInLocal());
            if (blocks.get(i).getScene() != null && b.getMaxY() - holderY > top + SCROLL_MARGIN) {
                return i;
            }
        }
        return 0;
    }

    /** Scrolls the page shown so that its text block {@code index} is at the top (see {@link #readingBlock}). */
    void scrollToBlock(int index) {
        if (current != null && index > 0 && index < current.blocks().size()) {
            scrollTo(current.blocks().get(index));
        }
    }

    /** Runs {@code action} each time the reader has stopped scrolling for a second. */
    void onScrollSettled(Runnable action) {
        javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1));
        settle.setOnFinished(e -> action.run());
        scroll.vvalueProperty().addListener((o, a, v) -> settle.playFromStart());
    }

    /** Gives the reading area the keyboard focus, so PageDown and Space page the text. */
    void focus() {
        Focus.when(scroll);
    }

    /** The first block at or after {@code anchor} that contains {@code text}, highlighted. */
    private TextBlock findHit(Page page, Node anchor, String text) {
        String needle = org.gramscilens.search.SearchIndex.fold(text);
        double fromY = anchor == null ? Double.NEGATIVE_INFINITY : yOf(anchor) - 1;
        List<TextBlock> blocks = page.blocks();
        TextBlock fallback = null;
        for (TextBlock b : blocks) {
            int at = org.gramscilens.search.SearchIndex.fold(b.plainText()).indexOf(needle);
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
            int at = org.gramscilens.search.SearchIndex.fold(fallback.plainText())
                    .indexOf(needle);
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
        scroll.setVvalue(max <= 0 ? 0 : Math.max(0, Math.min(1, (y - SCROLL_MARGIN) / max)));
    }
}
