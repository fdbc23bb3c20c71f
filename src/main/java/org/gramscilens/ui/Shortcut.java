package org.gramscilens.ui;

import javafx.scene.input.KeyCode;
import org.gramscilens.ui.common.Messages;

/**
 * The one table of keyboard shortcuts: the menus take their accelerators from it, the F1 sheet lists it,
 * and README.md's "Keys" table is a checked copy of it (ShortcutTableTest). Order is the sheet's order.
 */
enum Shortcut {
    OPEN(Group.FILE, Kind.MENU, "shortcut.open", ctrl(KeyCode.O)),
    EXPORT_LESSON(Group.FILE, Kind.MENU, "shortcut.exportLesson", ctrl(KeyCode.E)),
    EXPORT_COURSE(Group.FILE, Kind.MENU, "shortcut.exportCourse", ctrlShift(KeyCode.E)),
    QUIT(Group.FILE, Kind.MENU, "shortcut.quit", ctrl(KeyCode.Q)),

    PRESENT(Group.VIEW, Kind.MENU, "shortcut.present", plain(KeyCode.F5)),
    // Ctrl++ is typed Ctrl+Shift+= on US and UK keyboards, Ctrl+Plus elsewhere, Ctrl+Add on the keypad.
    ZOOM_IN(
            Group.VIEW,
            Kind.MENU,
            "shortcut.zoomIn",
            new ShortcutKey(true, false, false, true, KeyCode.PLUS, KeyCode.EQUALS, KeyCode.ADD)),
    ZOOM_OUT(Group.VIEW, Kind.MENU, "shortcut.zoomOut", ctrl(KeyCode.MINUS, KeyCode.SUBTRACT)),
    ZOOM_RESET(Group.VIEW, Kind.MENU, "shortcut.zoomReset", ctrl(KeyCode.DIGIT0, KeyCode.NUMPAD0)),
    THEME(Group.VIEW, Kind.MENU, "shortcut.theme", ctrlShift(KeyCode.D)),
    SIDEBAR(Group.VIEW, Kind.MENU, "shortcut.sidebar", plain(KeyCode.F9)),

    BACK(Group.GO, Kind.GLOBAL, "shortcut.back", alt(KeyCode.LEFT)),
    BACK_ALSO(Group.GO, Kind.SCENE, "shortcut.back", alt(KeyCode.BACK_SPACE)),
    FORWARD(Group.GO, Kind.GLOBAL, "shortcut.forward", alt(KeyCode.RIGHT)),
    NEXT(Group.GO, Kind.GLOBAL, "shortcut.next", ctrl(KeyCode.PAGE_DOWN)),
    PREVIOUS(Group.GO, Kind.GLOBAL, "shortcut.previous", ctrl(KeyCode.PAGE_UP)),
    SEARCH(Group.GO, Kind.MENU, "shortcut.search", ctrl(KeyCode.F)),
    SEARCH_ALSO(Group.GO, Kind.SCENE, "shortcut.search", ctrl(KeyCode.K)),
    GLOSSARY(Group.GO, Kind.MENU, "shortcut.glossary", ctrl(KeyCode.G)),
    MAP(Group.GO, Kind.MENU, "shortcut.map", ctrl(KeyCode.M)),
    REFERENCES(Group.GO, Kind.MENU, "shortcut.references", ctrl(KeyCode.R)),
    QUIZ(Group.GO, Kind.MENU, "shortcut.quizModule", ctrlShift(KeyCode.Q)),
    REVIEW(Group.GO, Kind.MENU, "shortcut.review", ctrlShift(KeyCode.R)),
    PROGRESS(Group.GO, Kind.MENU, "shortcut.progress", ctrlShift(KeyCode.P)),

    COPY(Group.TEXT, Kind.CONTROL, "shortcut.copy", ctrl(KeyCode.C)),
    TAB(Group.TEXT, Kind.CONTROL, "shortcut.tab", plain(KeyCode.TAB)),
    ENTER(Group.TEXT, Kind.CONTROL, "shortcut.enter", plain(KeyCode.ENTER)),
    HELP(Group.TEXT, Kind.MENU, "shortcut.help", plain(KeyCode.F1));

    /** The sheet's headings. */
    enum Group {
        FILE("shortcut.group.file"),
        VIEW("shortcut.group.view"),
        GO("shortcut.group.go"),
        TEXT("shortcut.group.text");

        final String titleKey;

        Group(String titleKey) {
            this.titleKey = titleKey;
        }
    }

    /** Who acts on the key. */
    enum Kind {
        /** A menu item's accelerator. */
        MENU,
        /** A menu item's accelerator that must also win over focused controls (the outline eats Ctrl+PgDn). */
        GLOBAL,
        /** A second key for a menu action, registered on the scene. */
        SCENE,
        /** Handled by the focused control itself; listed so learners know it. */
        CONTROL
    }

    final Group group;
    final Kind kind;
    final String descriptionKey;
    final ShortcutKey key;

    Shortcut(Group group, Kind kind, String descriptionKey, ShortcutKey key) {
        this.group = group;
        this.kind = kind;
        this.descriptionKey = descriptionKey;
        this.key = key;
    }

    String description() {
        return Messages.get(descriptionKey);
    }

    private static ShortcutKey plain(KeyCode code) {
        return new ShortcutKey(false, false, false, false, code);
    }

    private static ShortcutKey ctrl(KeyCode... codes) {
        return new ShortcutKey(true, false, false, false, codes);
    }

    private static ShortcutKey ctrlShift(KeyCode code) {
        return new ShortcutKey(true, true, false, false, code);
    }

    private static ShortcutKey alt(KeyCode code) {
        return new ShortcutKey(false, false, true, false, code);
    }
}
