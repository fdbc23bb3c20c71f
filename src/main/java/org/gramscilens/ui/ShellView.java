package org.gramscilens.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.gramscilens.ui.common.Messages;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The window's content: menu bar, toolbar with search, the outline beside the reader. */
final class ShellView {
    /** What the menus do that the model cannot: dialogs and windows. */
    interface Actions {
        void openCourseFolder();

        void switchLearner();

        void exportHandout(boolean wholeCourse);

        void present();

        void classSettings();

        void classResults();

        void showShortcuts();

        void showAbout();

        void quit();
    }

    /** The toolbar's -fx-spacing in app.css, with a pixel to spare. */
    private static final double TOOLBAR_SPACING = 7;

    private static final javafx.util.Duration TYPING_PAUSE = javafx.util.Duration.millis(250);
    private final ShellModel model;
    private final BorderPane root = new BorderPane();
    private final SplitPane split = new SplitPane();
    private final TextField search = new TextField();
    private final OutlineView outline;
    private final ReaderView reader;
    private final CheckMenuItem sidebarItem = new CheckMenuItem();
    private final Label courseTitle = new Label();
    private final Label banner = new Label();
    private ToolBar toolBar;

    ShellView(ShellModel model, OutlineView outline, ReaderView reader, Actions actions) {
        this.model = model;
        this.outline = outline;
        this.reader = reader;
        root.getStyleClass().add("shell");
        root.setId("shell");
        split.getStyleClass().add("shell-split");
        split.getItems().addAll(outline.node(), reader.node());
        split.setDividerPositions(0.26);
        SplitPane.setResizableWithParent(outline.node(), false);
        banner.setId("shell-banner");
        banner.getStyleClass().add("shell-banner");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.managedProperty().bind(banner.visibleProperty());
        banner.setVisible(false);
        root.setTop(new VBox(menuBar(actions), toolBar(actions), banner));
        root.setCenter(split);
        model.courseProperty()
                .addListener((o, a, c) ->
                        courseTitle.setText(c == null ? "" : c.info().title()));
        if (model.course() != null) {
            courseTitle.setText(model.course().info().title());
        }
    }

    BorderPane node() {
        return root;
    }

    /** Puts a status (the class sync's) in the toolbar, before the learner's name. */
    void addToolbarStatus(Node status) {
        toolBar.getItems().add(toolBar.getItems().size() - 1, status);
    }

    /** A line under the toolbar for something the learner must know (progress not saved ...); null hides it. */
    void setBanner(String text) {
        banner.setText(text);
        banner.setVisible(text != null);
    }

    private MenuBar menuBar(Actions actions) {
        Menu file = new Menu(Messages.get("menu.file"));
        file.getItems()
                .addAll(
                        item("menu.file.open", Shortcut.OPEN, actions::openCourseFolder),
                        item("menu.file.profile", null, actions::switchLearner),
                        item("menu.file.classResults", null, actions::classResults),
                        new SeparatorMenuItem(),
                        item("menu.file.exportLesson", Shortcut.EXPORT_LESSON, () -> actions.exportHandout(false)),
                        item("menu.file.exportCourse", Shortcut.EXPORT_COURSE, () -> actions.exportHandout(true)),
                        new SeparatorMenuItem(),
                        item("menu.file.quit", Shortcut.QUIT, actions::quit));

        Menu view = new Menu(Messages.get("menu.view"));
        CheckMenuItem dark = new CheckMenuItem(Messages.get("menu.view.dark"));
        dark.setAccelerator(Shortcut.THEME.key);
        dark.setSelected("dark".equals(model.themeProperty().get()));
        dark.setOnAction(e -> model.setTheme(dark.isSelected() ? "dark" : "light"));
        model.themeProperty().addListener((o, a, t) -> dark.setSelected("dark".equals(t)));
        sidebarItem.setText(Messages.get("menu.view.sidebar"));
        sidebarItem.setAccelerator(Shortcut.SIDEBAR.key);
        sidebarItem.setSelected(true);
        sidebarItem.setOnAction(e -> setSidebarVisible(sidebarItem.isSelected()));
        view.getItems()
                .addAll(
                        item("menu.view.present", Shortcut.PRESENT, actions::present),
                        new SeparatorMenuItem(),
                        item("menu.view.zoomIn", Shortcut.ZOOM_IN, model::zoomIn),
                        item("menu.view.zoomOut", Shortcut.ZOOM_OUT, model::zoomOut),
                        item("menu.view.zoomReset", Shortcut.ZOOM_RESET, model::zoomReset),
                        new SeparatorMenuItem(),
                        dark,
                        sidebarItem);

        Menu go = new Menu(Messages.get("menu.go"));
        MenuItem back = item("menu.go.back", Shortcut.BACK, model::back);
        back.disableProperty().bind(model.canGoBackProperty().not());
        MenuItem forward = item("menu.go.forward", Shortcut.FORWARD, model::forward);
        forward.disableProperty().bind(model.canGoForwardProperty().not());
        go.getItems()
                .addAll(
                        back,
                        forward,
                        new SeparatorMenuItem(),
                        item("menu.go.next", Shortcut.NEXT, model::nextLesson),
                        item("menu.go.previous", Shortcut.PREVIOUS, model::previousLesson),
                        new SeparatorMenuItem(),
                        item("menu.go.search", Shortcut.SEARCH, this::focusSearch),
                        item("menu.go.glossary", Shortcut.GLOSSARY, () -> model.navigate(Location.glossary(null))),
                        item("menu.go.map", Shortcut.MAP, () -> model.navigate(Location.map(null))),
                        item(
                                "menu.go.references",
                                Shortcut.REFERENCES,
                                () -> model.navigate(Location.references(null))),
                        new SeparatorMenuItem(),
                        item("menu.go.quiz", Shortcut.QUIZ, model::quizForThisModule),
                        item("menu.go.review", Shortcut.REVIEW, () -> model.navigate(Location.review())),
                        item("menu.go.progress", Shortcut.PROGRESS, () -> model.navigate(Location.progress())));

        Menu settingsMenu = new Menu(Messages.get("menu.settings"));
        settingsMenu.setId("menu-settings");
        settingsMenu.getItems().add(item("menu.settings.class", null, actions::classSettings));

        Menu help = new Menu(Messages.get("menu.help"));
        help.getItems()
                .addAll(
                        item("menu.help.shortcuts", Shortcut.HELP, actions::showShortcuts),
                        item("menu.help.about", null, actions::showAbout));
        MenuBar bar = new MenuBar(file, view, go, settingsMenu, help);
        bar.setId("menu-bar");
        return bar;
    }

    /** A menu item; its key, if any, comes from the one {@link Shortcut} table. */
    private static MenuItem item(String key, Shortcut shortcut, Runnable action) {
        MenuItem item = new MenuItem(Messages.get(key));
        if (shortcut != null) {
            item.setAccelerator(shortcut.key);
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private ToolBar toolBar(Actions actions) {
        Button sidebar = iconButton(
                "toolbar-sidebar", Feather.MENU, "toolbar.sidebar", () -> setSidebarVisible(!sidebarItem.isSelected()));
        Button back = iconButton("toolbar-back", Feather.ARROW_LEFT, "toolbar.back", model::back);
        back.disableProperty().bind(model.canGoBackProperty().not());
        Button forward = iconButton("toolbar-forward", Feather.ARROW_RIGHT, "toolbar.forward", model::forward);
        forward.disableProperty().bind(model.canGoForwardProperty().not());
        courseTitle.getStyleClass().add("toolbar-title");
        // The title takes the free space, whole when it fits, and gives way first when the window narrows, so
        // the buttons stay out of the overflow menu (see fitTitle); its tooltip always has it whole.
        courseTitle.setMinWidth(0);
        courseTitle.setId("toolbar-title");
        Tooltip titleTip = new Tooltip();
        titleTip.textProperty().bind(courseTitle.textProperty());
        courseTitle.setTooltip(titleTip);
        Region left = new Region();
        HBox.setHgrow(left, Priority.ALWAYS);
        search.setId("search-field");
        search.getStyleClass().add("search-field");
        search.setPromptText(Messages.get("toolbar.searchPrompt"));
        search.setAccessibleText(Messages.get("toolbar.searchPrompt"));
        // Results follow the typing once it pauses; Enter shows them at once.
        javafx.animation.PauseTransition typing = new javafx.animation.PauseTransition(TYPING_PAUSE);
        typing.setOnFinished(e -> {
            String q = search.getText().strip();
            if (q.length() >= 2 && search.isFocused()) {
                model.searchAsYouType(q);
            }
        });
        search.textProperty().addListener((o, a, t) -> typing.playFromStart());
        search.setOnAction(e -> {
            typing.stop();
            if (!search.getText().isBlank()) {
                model.searchAsYouType(search.getText().strip());
            }
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                typing.stop();
                search.clear();
                reader.node().requestFocus();
            }
        });
        // Tab and Down go from the box to the results, not along the toolbar.
        search.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            boolean tab = e.getCode() == KeyCode.TAB && !e.isShiftDown() && !e.isControlDown();
            if (tab || e.getCode() == KeyCode.DOWN) {
                Node first = reader.node().lookup("#search-page .search-hit");
                if (first != null && first.isVisible()) {
                    e.consume();
                    first.requestFocus();
                }
            }
        });
        Button zoomOut = textButton("toolbar-zoom-out", "A−", "toolbar.zoomOut", model::zoomOut);
        Button zoomIn = textButton("toolbar-zoom-in", "A+", "toolbar.zoomIn", model::zoomIn);
        Button theme = iconButton("toolbar-theme", Feather.MOON, "toolbar.theme", model::toggleTheme);
        Button present = iconButton("toolbar-present", Feather.PLAY, "toolbar.present", () -> {});
        present.setOnAction(e -> actions.present());
        Button due = new Button();
        due.setId("toolbar-due");
        due.getStyleClass().add("due-badge");
        due.textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> Messages.get("toolbar.due", model.dueProperty().get()), model.dueProperty()));
        due.visibleProperty().bind(model.dueProperty().greaterThan(0));
        due.managedProperty().bind(due.visibleProperty());
        due.setTooltip(new Tooltip(Messages.get("toolbar.dueTip")));
        due.setOnAction(e -> model.navigate(Location.review()));
        Label learner = new Label();
        learner.setId("toolbar-learner");
        learner.getStyleClass().add("toolbar-learner");
        learner.textProperty().bind(model.learnerProperty());
        learner.setTooltip(new Tooltip(Messages.get("toolbar.profileTip")));
        learner.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button help = iconButton("toolbar-help", Feather.HELP_CIRCLE, "toolbar.help", () -> {});
        help.setOnAction(e -> ShortcutSheet.show(
                root.getScene() == null ? null : root.getScene().getWindow()));
        ToolBar bar = new ToolBar(
                sidebar, back, forward, courseTitle, left, due, search, present, zoomOut, zoomIn, theme, help, learner);
        toolBar = bar;
        bar.getStyleClass().add("shell-toolbar");
        javafx.beans.InvalidationListener fit = o -> fitTitle(bar, left);
        bar.widthProperty().addListener(fit);
        courseTitle.textProperty().addListener(fit);
        courseTitle.fontProperty().addListener(fit);
        due.visibleProperty().addListener(fit);
        due.textProperty().addListener(fit);
        learner.textProperty().addListener(fit);
        return bar;
    }

    /** The title's width: all of it if the toolbar has room beside the buttons, else what room there is. */
    private void fitTitle(ToolBar bar, Region spacer) {
        courseTitle.setPrefWidth(Region.USE_COMPUTED_SIZE);
        double whole = courseTitle.prefWidth(-1);
        double others = 0;
        int shown = 0;
        for (Node n : bar.getItems()) {
            if (n.isManaged()) {
                shown++;
                if (n != courseTitle && n != spacer) {
                    others += n.prefWidth(-1);
                }
            }
        }
        double free =
                bar.getWidth() - bar.snappedLeftInset() - bar.snappedRightInset() - others - TOOLBAR_SPACING * shown;
        courseTitle.setPrefWidth(Math.max(0, Math.min(whole, Math.floor(free))));
    }

    /** A toolbar button showing an icon from the Feather font (sized and coloured by CSS). */
    private static Button iconButton(String id, Ikon icon, String tooltipKey, Runnable action) {
        Button b = textButton(id, "", tooltipKey, action);
        b.setGraphic(new FontIcon(icon));
        b.getStyleClass().add("glyph-button");
        return b;
    }

    /** A toolbar button whose face is short text ("A+"). */
    private static Button textButton(String id, String text, String tooltipKey, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("icon-button");
        String tip = Messages.get(tooltipKey);
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.setOnAction(e -> action.run());
        return b;
    }

    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    boolean sidebarVisible() {
        return sidebarItem.isSelected();
    }

    void setSidebarVisible(boolean visible) {
        sidebarItem.setSelected(visible);
        if (visible && !split.getItems().contains(outline.node())) {
            split.getItems().add(0, outline.node());
            split.setDividerPositions(0.26);
        } else if (!visible) {
            split.getItems().remove(outline.node());
        }
    }
}
