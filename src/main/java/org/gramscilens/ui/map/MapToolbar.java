package org.gramscilens.ui.map;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The toolbar of a {@link MapView}: one line at any width from 1024 px windows up. The filters and the find
 * box shrink first; reset, exports and import sit in a "More" menu. Every button has its text or, for the
 * zoom buttons, an accessible text and a tooltip. Ids: the menu {@code #map-more}, its items
 * {@code map-reset}, {@code map-export-png}, {@code map-export-cxl}, {@code map-import-cxl}.
 */
final class MapToolbar {
    private static final PseudoClass NO_MATCH = PseudoClass.getPseudoClass("no-match");

    private final MapView view;
    private final HBox bar = new HBox(6);
    private final Label moduleLabel = new Label(MapMessages.get("toolbar.module"));
    private final ComboBox<MapViewModel.Choice> module = new ComboBox<>();
    private final Label groupLabel = new Label(MapMessages.get("toolbar.group"));
    private final ComboBox<MapViewModel.Choice> group = new ComboBox<>();
    private final TextField find = new TextField();
    private final Button back = button("map-back", "toolbar.backToCourse", null);
    private final MenuItem importCxl = item("map-import-cxl", "toolbar.importCxl");
    private final Button saveInto =
            button("map-save-into-course", "toolbar.saveIntoCourse", "toolbar.saveIntoCourse.help");
    private final MenuButton more = new MenuButton(MapMessages.get("toolbar.more"));
    private final Label title = new Label();
    private final Label status = new Label();
    private final boolean lesson;
    private MapViewModel model;

    MapToolbar(MapView view, boolean lesson) {
        this.view = view;
        this.lesson = lesson;
        bar.getStyleClass().add("map-toolbar");
        module.setId("map-module");
        module.setPrefWidth(210);
        module.setMaxWidth(230);
        module.setMinWidth(90);
        module.setAccessibleText(MapMessages.get("toolbar.module"));
        moduleLabel.setLabelFor(module);
        group.setId("map-group");
        group.setPrefWidth(160);
        group.setMinWidth(80);
        group.setAccessibleText(MapMessages.get("toolbar.group"));
        groupLabel.setLabelFor(group);
        find.setId("map-find");
        find.getStyleClass().add("map-find");
        find.setMinWidth(90);
        find.setPromptText(MapMessages.get("toolbar.find.prompt"));
        find.setAccessibleText(MapMessages.get("toolbar.find"));
        find.textProperty().addListener((o, was, now) -> findTyped(now));
        find.setOnAction(e -> findNext());
        title.getStyleClass().add("map-import-title");
        status.setId("map-status");
        status.getStyleClass().add("map-status");
        status.setMaxWidth(Double.MAX_VALUE);
        Button zoomOut = button("map-zoom-out", null, "toolbar.zoomOut.help");
        zoomOut.setText("\u2212");
        zoomOut.setAccessibleText(MapMessages.get("toolbar.zoomOut"));
        Button zoomIn = button("map-zoom-in", null, "toolbar.zoomIn.help");
        zoomIn.setText("+");
        zoomIn.setAccessibleText(MapMessages.get("toolbar.zoomIn"));
        Button fit = button("map-fit", "toolbar.fit", "toolbar.fit.help");
        MenuItem reset = item("map-reset", "toolbar.reset");
        MenuItem exportPng = item("map-export-png", "toolbar.exportPng");
        MenuItem exportCxl = item("map-export-cxl", "toolbar.exportCxl");
        zoomOut.setOnAction(e -> view.zoomOut());
        zoomIn.setOnAction(e -> view.zoomIn());
        fit.setOnAction(e -> view.fit());
        reset.setOnAction(e -> view.resetLayout());
        exportPng.setOnAction(e -> view.chooseExportPng());
        exportCxl.setOnAction(e -> view.chooseExportCxl());
        importCxl.setOnAction(e -> view.chooseImportCxl());
        back.setOnAction(e -> view.backToCourse());
        saveInto.setOnAction(e -> view.saveImportIntoCourse());
        more.setId("map-more");
        more.setTooltip(new Tooltip(MapMessages.get("toolbar.more.help")));
        more.getItems().addAll(reset, new SeparatorMenuItem(), exportPng, exportCxl, importCxl);
        importCxl.setVisible(!lesson);
        for (Node n : new Node[] {back, saveInto, moduleLabel, groupLabel, zoomOut, zoomIn, fit, more}) {
            ((Region) n).setMinWidth(Region.USE_PREF_SIZE);
        }
        title.setMinWidth(60);
        Region spacer = gap();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        bar.getChildren()
                .addAll(
                        back,
                        title,
                        saveInto,
                        moduleLabel,
                        module,
                        groupLabel,
                        group,
                        find,
                        spacer,
                        zoomOut,
                        zoomIn,
                        fit,
                        more);
    }

    Node node() {
        return bar;
    }

    /** The status line (counts, find results, what was saved), shown under the map. */
    Node statusBar() {
        return status;
    }

    /** Shows the filters of a newly shown map. */
    void bind(MapViewModel next, boolean imported) {
        if (model != null) {
            module.valueProperty().unbindBidirectional(model.moduleProperty());
            group.valueProperty().unbindBidirectional(model.groupProperty());
        }
        model = next;
        module.setItems(next.modules());
        group.setItems(next.groups());
        module.valueProperty().bindBidirectional(next.moduleProperty());
        group.valueProperty().bindBidirectional(next.groupProperty());
        find.clear();
        boolean modules = !lesson && !imported && next.modules().size() > 1;
        show(moduleLabel, modules);
        show(module, modules);
        show(groupLabel, next.groups().size() > 1);
        show(group, next.groups().size() > 1);
        show(back, imported);
        show(title, imported);
        show(saveInto, imported && view.canSaveIntoCourse());
    }

    void imported(String text) {
        title.setText(text);
    }

    void status(String text, boolean error) {
        status.setText(text);
        status.getStyleClass().remove("map-status-error");
        if (error) {
            status.getStyleClass().add("map-status-error");
        }
    }

    private void findTyped(String text) {
        model.find(text);
        findShown();
    }

    private void findNext() {
        model.findNext();
        findShown();
    }

    private void findShown() {
        boolean none =
                !find.getText().isBlank() && model.matchesProperty().get().isEmpty();
        find.pseudoClassStateChanged(NO_MATCH, none);
        if (!model.findStatusProperty().get().isEmpty()) {
            status(model.findStatusProperty().get(), none);
        }
    }

    private static Button button(String id, String textKey, String helpKey) {
        Button b = new Button(textKey == null ? "" : MapMessages.get(textKey));
        b.setId(id);
        if (helpKey != null) {
            b.setTooltip(new Tooltip(MapMessages.get(helpKey)));
        }
        return b;
    }

    /** A "More" menu item; its tooltip text is too long for a menu, so the item says what it does. */
    private static MenuItem item(String id, String textKey) {
        MenuItem i = new MenuItem(MapMessages.get(textKey));
        i.setId(id);
        return i;
    }

    /** The "More" menu's items, for tests. */
    java.util.List<MenuItem> moreItems() {
        return more.getItems();
    }

    private static Region gap() {
        Region r = new Region();
        r.getStyleClass().add("map-separator");
        return r;
    }

    private static void show(Node n, boolean visible) {
        n.setVisible(visible);
        n.setManaged(visible);
    }
}
