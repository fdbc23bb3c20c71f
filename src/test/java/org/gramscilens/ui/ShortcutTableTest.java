package org.gramscilens.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.gramscilens.TestCourses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** One table of shortcuts: the menus, the F1 sheet and README.md's "Keys" table all say the same. */
@ExtendWith(ApplicationExtension.class)
class ShortcutTableTest {
    private ShellFixture app;

    @Start
    void start(Stage stage) throws Exception {
        app = ShellFixture.open(stage, TestCourses.bundled());
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        ShellFixture.closeDialogs(robot);
    }

    @Test
    void theF1SheetListsEveryKeyTheMenusHave(FxRobot robot) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        List<String> menuKeys = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (item.getAccelerator() != null) {
                    menuKeys.add(item.getAccelerator().getDisplayText());
                }
            }
        }
        assertThat(menuKeys)
                .hasSizeGreaterThanOrEqualTo(20)
                .contains("Ctrl+PgDn", "Ctrl+PgUp", "Alt+\u2190")
                .noneMatch(k -> k.contains("_"));

        robot.type(KeyCode.F1);
        Set<String> sheetKeys =
                new LinkedHashSet<>(robot.lookup("#shortcut-sheet .shortcut-key").queryAllAs(Label.class).stream()
                        .map(Label::getText)
                        .toList());
        assertThat(sheetKeys).containsAll(menuKeys).contains("Ctrl+E", "Ctrl+Shift+E", "Ctrl+K", "Alt+Backspace", "F1");
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#shortcut-sheet").tryQuery())
                .as("Esc closes the sheet")
                .isEmpty();
    }

    @Test
    void theReadmeKeysTableIsACopyOfTheCodeTable() throws Exception {
        List<String> readme = new ArrayList<>();
        boolean inTable = false;
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            if (line.startsWith("| Keys |")) {
                inTable = true;
            } else if (inTable && line.startsWith("|---")) {
                continue;
            } else if (inTable && line.startsWith("|")) {
                readme.add(line);
            } else if (inTable) {
                break;
            }
        }
        List<String> code = Arrays.stream(Shortcut.values())
                .map(s -> "| " + s.key.text(false) + " | " + s.description() + " |")
                .toList();
        assertThat(readme)
                .as("README.md's Keys table, to be rewritten as:%n%s", String.join("\n", code))
                .containsExactlyElementsOf(code);
    }

    @Test
    void ctrlPlusZoomsHoweverItIsTyped(FxRobot robot) {
        double before = app.model().zoomProperty().get();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.EQUALS)
                .release(KeyCode.EQUALS, KeyCode.SHIFT, KeyCode.CONTROL);
        double once = app.model().zoomProperty().get();
        assertThat(once).as("Ctrl+Shift+= (Ctrl++ on a US keyboard)").isGreaterThan(before);
        robot.press(KeyCode.CONTROL, KeyCode.ADD).release(KeyCode.ADD, KeyCode.CONTROL);
        assertThat(app.model().zoomProperty().get())
                .as("Ctrl and the keypad's +")
                .isGreaterThan(once);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        assertThat(app.model().zoomProperty().get()).isEqualTo(1.0);
    }

    @Test
    void aboutShowsTheVersionInTheAppTheme(FxRobot robot) {
        robot.interact(() -> app.window.showAbout());
        Label version = robot.lookup("#about-version").queryAs(Label.class);
        assertThat(version.getText()).startsWith("Version ").doesNotContain("{0}");
        assertThat(version.getScene().getStylesheets())
                .anyMatch(s -> s.contains("theme-"))
                .isEqualTo(app.window.stage().getScene().getStylesheets());
        assertThat(version.getScene().getRoot().getStyleClass()).contains("app-dialog");
    }

    @Test
    void aboutNamesTheLogFile(FxRobot robot, @org.junit.jupiter.api.io.TempDir Path data) throws Exception {
        Path log = org.gramscilens.files.AppLog.install(data).orElseThrow();
        try {
            robot.interact(() -> app.window.showAbout());
            Label where = robot.lookup("#about-log").queryAs(Label.class);
            assertThat(where.getText()).contains(log.toString()).doesNotContain("{0}");
        } finally {
            org.gramscilens.files.AppLogTestAccess.uninstall();
        }
    }
}
