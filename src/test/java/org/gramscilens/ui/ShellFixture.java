package org.gramscilens.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.gramscilens.course.Course;
import org.gramscilens.course.CourseLoader;
import org.gramscilens.markdown.LessonRenderer;
import org.gramscilens.markdown.TextBlock;
import org.gramscilens.settings.SettingsStore;
import org.gramscilens.ui.common.Messages;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the real main window on a course with a fresh data folder, and reads what it shows. */
final class ShellFixture {
    final Path dataDir;
    final MainWindow window;

    private ShellFixture(Path dataDir, MainWindow window) {
        this.dataDir = dataDir;
        this.window = window;
    }

    static ShellFixture open(Stage stage, Path course) throws Exception {
        return open(stage, course, Files.createTempDirectory("gramsci-ui-test"));
    }

    static ShellFixture open(Stage stage, Path course, Path dataDir) throws Exception {
        Course c = new CourseLoader().load(course);
        SettingsStore store = new SettingsStore(dataDir);
        var profiles = new org.gramscilens.progress.Profiles(dataDir);
        var learner = profiles.list().stream().findFirst().orElseGet(() -> profiles.create("Test learner"));
        MainWindow w = new MainWindow(
                stage,
                store,
                store.load(),
                new LessonRenderer(new org.gramscilens.markdown.syntax.MarkdownParser()),
                profiles,
                profiles.choose(learner.id()));
        w.openCourse(c);
        stage.show();
        return new ShellFixture(dataDir, w);
    }

    ShellModel model() {
        return window.model();
    }

    /** The page the reader shows now (other built pages stay attached, hidden). */
    static Node page(FxRobot robot) {
        javafx.scene.layout.StackPane column =
                robot.lookup(".reader-column").queryAs(javafx.scene.layout.StackPane.class);
        return column.getChildren().stream()
                .filter(Node::isVisible)
                .findFirst()
                .orElseThrow(() -> new AssertionError("the reader shows no page"));
    }

    /** Nodes of the shown page matching a CSS selector, in document order. */
    static java.util.List<Node> onPage(FxRobot robot, String selector) {
        return new java.util.ArrayList<>(page(robot).lookupAll(selector));
    }

    static <T extends Node> T firstOnPage(FxRobot robot, String selector, Class<T> type) {
        return onPage(robot, selector).stream()
                .filter(type::isInstance)
                .map(type::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + selector + " on the page"));
    }

    static String title(FxRobot robot) {
        return firstOnPage(robot, "#page-title", Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    static TreeView<OutlineView.Entry> outline(FxRobot robot) {
        return robot.lookup("#outline").queryAs(TreeView.class);
    }

    static Optional<TreeItem<OutlineView.Entry>> outlineItem(FxRobot robot, String labelStart) {
        return find(outline(robot).getRoot(), labelStart);
    }

    private static Optional<TreeItem<OutlineView.Entry>> find(TreeItem<OutlineView.Entry> item, String labelStart) {
        for (TreeItem<OutlineView.Entry> c : item.getChildren()) {
            if (c.getValue().label().startsWith(labelStart)) {
                return Optional.of(c);
            }
            Optional<TreeItem<OutlineView.Entry>> deeper = find(c, labelStart);
            if (deeper.isPresent()) {
                return deeper;
            }
        }
        return Optional.empty();
    }

    /** All text of the page now in the reader. */
    static String pageText(FxRobot robot) {
        StringBuilder b = new StringBuilder();
        for (Node n : page(robot).lookupAll("*")) {
            if (n instanceof TextBlock t) {
                b.append(t.plainText()).append('\n');
            } else if (n instanceof Label l) {
                b.append(l.getText()).append('\n');
            }
        }
        return b.toString();
    }

    /** Closes dialogs a test left open, so the next test starts with only the main window. */
    static void closeDialogs(FxRobot robot) {
        robot.interact(() -> new java.util.ArrayList<>(javafx.stage.Window.getWindows())
                .stream()
                        .filter(w -> w instanceof Stage s && s.getOwner() != null)
                        .forEach(javafx.stage.Window::hide));
    }

    /**
     * Clicks a node once a pulse has laid it out: after a stylesheet swap the toolbar's skin re-adds its
     * items on the next layout, and a lookup in between finds nothing.
     */
    static void clickWhenShown(FxRobot robot, String query) {
        try {
            WaitForAsyncUtils.waitFor(
                    5,
                    java.util.concurrent.TimeUnit.SECONDS,
                    () -> robot.lookup(query).tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(query + " did not appear within 5 s", e);
        }
        robot.clickOn(query);
    }

    /** Waits until the search page shown has its results (they are computed off the FX thread). */
    static void waitForSearch(FxRobot robot) {
        waitForSearch(robot, null);
    }

    /** Waits until the results for {@code query} (any query if null) are shown. */
    static void waitForSearch(FxRobot robot, String query) {
        String title = query == null ? null : Messages.get("search.title", query);
        try {
            WaitForAsyncUtils.waitFor(
                    10,
                    java.util.concurrent.TimeUnit.SECONDS,
                    () -> robot.lookup("#search-page")
                            .tryQuery()
                            .filter(Node::isVisible)
                            .filter(n -> n.getProperties().containsKey("search-done"))
                            .filter(n -> title == null
                                    || ((Label) n.lookup("#page-title"))
                                            .getText()
                                            .equals(title))
                            .isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no search results within 10 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
