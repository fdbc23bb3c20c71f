package org.gramscilens.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.SetChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.gramscilens.course.Course;
import org.gramscilens.course.Lesson;
import org.gramscilens.course.Module;
import org.gramscilens.ui.common.Messages;

/**
 * The sidebar: modules and their lessons, broken lessons as error entries, then the glossary and the
 * references. Lessons already opened are marked. Choosing an entry navigates; navigation selects the entry.
 */
final class OutlineView {

    /** One row. {@code location} is where choosing it goes (null for a module heading). */
    record Entry(String kind, String label, String detail, Location location) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** Room a row's text loses to indentation and the disclosure arrow, in pixels (two levels deep). */
    private static final double INDENT_SLACK = 36;

    private final ShellModel model;
    private final TreeView<Entry> tree = new TreeView<>();
    private final Map<String, TreeItem<Entry>> byPage = new HashMap<>();
    private boolean syncing;

    OutlineView(ShellModel model) {
        this.model = model;
        tree.setId("outline");
        tree.getStyleClass().add("outline");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new EntryCell());
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (!syncing && item != null && item.getValue().location() != null) {
                model.navigate(item.getValue().location());
            }
        });
        tree.setOnKeyPressed(e -> {
            TreeItem<Entry> item = tree.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && item != null && item.getValue().location() != null) {
                model.navigate(item.getValue().location());
            }
        });
        model.courseProperty().addListener((o, a, c) -> rebuild(c));
        model.locationProperty().addListener((o, a, loc) -> select(loc));
        model.opened().addListener((SetChangeListener<String>) change -> tree.refresh());
        model.finished().addListener((SetChangeListener<String>) change -> tree.refresh());
        model.dueProperty().addListener((o, a, n) -> tree.refresh());
        if (model.course() != null) {
            rebuild(model.course());
        }
    }

    Node node() {
        return tree;
    }

    private void rebuild(Course course) {
        byPage.clear();
        TreeItem<Entry> root = new TreeItem<>(new Entry("root", "", null, null));
        if (course != null) {
            List<Module> modules = course.modules();
            for (int i = 0; i < modules.size(); i++) {
                root.getChildren().add(moduleItem(i + 1, modules.get(i)));
            }
            if (course.modules().stream().anyMatch(m -> m.quiz() != null)) {
                root.getChildren()
                        .add(item(new Entry("review", Messages.get("outline.review"), null, Location.review())));
                root.getChildren()
                        .add(item(new Entry("progress", Messages.get("outline.progress"), null, Location.progress())));
            }
            if (java.nio.file.Files.isRegularFile(course.root().resolve("concept-map.yaml"))) {
                root.getChildren().add(item(new Entry("map", Messages.get("outline.map"), null, Location.map(null))));
            }
            root.getChildren()
                    .add(item(new Entry(
                            "glossary",
                            Messages.get("outline.glossary"),
                            Messages.get("outline.count", course.glossary().size()),
                            Location.glossary(null))));
            root.getChildren()
                    .add(item(new Entry(
                            "references",
                            Messages.get("outline.references"),
                            Messages.get("outline.count", course.references().size()),
                            Location.references(null))));
            long loose = course.problems().stream()
                    .filter(p -> course.lessons()
                            .noneMatch(l -> l.broken() && l.error().equals(p)))
                    .count();
            if (loose > 0) {
                root.getChildren()
                        .add(item(new Entry(
                                "problems",
                                Messages.get("outline.problems"),
                                Messages.get("outline.count", course.problems().size()),
                                Location.problems())));
            }
        }
        syncing = true;
        tree.setRoot(root);
        syncing = false;
        select(model.location());
    }

    private TreeItem<Entry> moduleItem(int number, Module module) {
        List<Lesson> lessons = module.lessons();
        String label = number + "  " + module.title();
        if (lessons.size() == 1 && !lessons.get(0).broken()) {
            return item(new Entry(
                    "lesson",
                    label,
                    lessons.get(0).id(),
                    Location.lesson(lessons.get(0).id())));
        }
        TreeItem<Entry> m = new TreeItem<>(new Entry("module", label, null, null));
        m.setExpanded(true);
        for (Lesson l : lessons) {
            m.getChildren()
                    .add(
                            l.broken()
                                    ? item(new Entry(
                                            "broken",
                                            Messages.get(
                                                    "outline.broken",
                                                    l.error().line(),
                                                    l.error().message()),
                                            l.error().toString(),
                                            new Location(Location.Kind.PROBLEMS, l.id(), null, null)))
                                    : item(new Entry("lesson", l.title(), l.id(), Location.lesson(l.id()))));
        }
        return m;
    }

    private TreeItem<Entry> item(Entry e) {
        TreeItem<Entry> item = new TreeItem<>(e);
        if (e.location() != null) {
            byPage.put(pageKey(e.location()), item);
        }
        return item;
    }

    private static String pageKey(Location l) {
        return l.kind() + ":"
                + (l.kind() == Location.Kind.LESSON
                                || l.kind() == Location.Kind.PROBLEMS
                                || l.kind() == Location.Kind.QUIZ
                                || l.kind() == Location.Kind.MAP
                        ? l.id()
                        : "");
    }

    private void select(Location loc) {
        TreeItem<Entry> item = loc == null ? null : byPage.get(pageKey(loc));
        syncing = true;
        if (item == null) {
            tree.getSelectionModel().clearSelection();
        } else {
            tree.getSelectionModel().select(item);
            int row = tree.getRow(item);
            if (row >= 0) {
                tree.scrollTo(Math.max(0, row - 3));
            }
        }
        syncing = false;
    }

    private final class EntryCell extends TreeCell<Entry> {
        private javafx.scene.control.Tooltip tip;

        EntryCell() {
            // Cells no wider than the sidebar: long titles wrap onto a second line (full text also in the
            // tooltip) instead of widening the tree behind a horizontal scroll bar or ending in "...".
            setPrefWidth(0);
            setWrapText(true);
        }

        /**
         * The tree asks a cell's height for the whole row's width, but its text has the row less the
         * indentation and disclosure arrow: a title just longer than one line would get one line and end in
         * "...". Asking for the narrower width gives it its second line.
         */
        @Override
        protected double computePrefHeight(double width) {
            return super.computePrefHeight(width < 0 ? width : Math.max(0, width - INDENT_SLACK));
        }

        @Override
        protected void updateItem(Entry e, boolean empty) {
            super.updateItem(e, empty);
            getStyleClass()
                    .removeAll(
                            "outline-module",
                            "outline-lesson",
                            "outline-broken",
                            "outline-opened",
                            "outline-finished",
                            "outline-section");
            if (empty || e == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            String text = "review".equals(e.kind()) && model.dueProperty().get() > 0
                    ? Messages.get("outline.reviewDue", model.dueProperty().get())
                    : e.label();
            setText(text);
            // One tooltip per cell, its text replaced: cells are updated on every refresh of the outline.
            if (tip == null) {
                tip = new javafx.scene.control.Tooltip();
            }
            tip.setText("broken".equals(e.kind()) ? e.detail() : text);
            setTooltip(tip);
            switch (e.kind()) {
                case "module" -> getStyleClass().add("outline-module");
                case "broken" -> getStyleClass().add("outline-broken");
                case "lesson" -> getStyleClass().add("outline-lesson");
                default -> getStyleClass().add("outline-section");
            }
            boolean opened = "lesson".equals(e.kind()) && model.opened().contains(e.detail());
            boolean finished = opened && model.finished().contains(e.detail());
            if (opened) {
                getStyleClass().add("outline-opened");
            }
            if (finished) {
                getStyleClass().add("outline-finished");
            }
            Label mark = new Label(
                    switch (e.kind()) {
                        case "broken" -> "⚠";
                        case "lesson" -> finished ? "✓" : opened ? "◐" : "•";
                        case "review" -> "↻";
                        case "progress" -> "▤";
                        case "map" -> "⬡";
                        case "glossary" -> "Aa";
                        case "references" -> "❝";
                        case "problems" -> "⚠";
                        default -> "";
                    });
            mark.getStyleClass().add("outline-mark");
            setGraphic(mark);
            setAccessibleText(text
                    + (finished
                            ? ", " + Messages.get("outline.finishedAccessible")
                            : opened ? ", " + Messages.get("outline.openedAccessible") : ""));
        }
    }
}
