package org.gramscilens.ui.map;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.gramscilens.map.MapScore;

/**
 * The side panel of a {@link MapExerciseView}: what to do now, the phrase bank, the learner's links,
 * Delete / Undo / Submit / Keep working, and after submitting the score and a key to the colours.
 * The buttons and the score are pinned under the part that scrolls, so they are in view at any window
 * height. The controls bind to the {@link MapExerciseModel}; what they do is wired by the view.
 */
final class ExercisePanel {
    final ListView<String> bank = new ListView<>();
    final ListView<MapExerciseModel.DrawnLink> links = new ListView<>();
    final Button delete = button("map-delete", "exercise.delete", "exercise.delete.help");
    final Button undo = button("map-undo", "exercise.undo", "exercise.undo.help");
    final Button submit = button("map-submit", "exercise.submit", "exercise.submit.help");
    final Button retry = button("map-retry", "exercise.retry", "exercise.retry.help");
    final Label prompt = new Label();
    final Label score = new Label();
    final Label counts = new Label();
    final Label note = new Label();
    private final VBox results = new VBox(6);
    private final VBox legend = legend();
    private final javafx.scene.layout.BorderPane root = new javafx.scene.layout.BorderPane();

    ExercisePanel(MapExerciseModel model, Function<String, String> conceptLabel) {
        Label title = new Label(model.sheet().exercise().title());
        title.getStyleClass().add("map-exercise-title");
        title.setWrapText(true);
        Label instructions = new Label(MapMessages.get("exercise.instructions"));
        instructions.setWrapText(true);
        instructions.getStyleClass().add("map-panel-hint");
        prompt.setId("map-exercise-prompt");
        prompt.getStyleClass().add("map-exercise-prompt");
        prompt.setWrapText(true);
        prompt.visibleProperty().bind(prompt.textProperty().isNotEmpty());
        prompt.managedProperty().bind(prompt.visibleProperty());

        bank.setId("map-bank");
        bank.getStyleClass().add("map-bank");
        bank.getItems().setAll(model.sheet().phraseBank());
        bank.setAccessibleText(MapMessages.get("exercise.bank"));
        bank.setPrefHeight(Math.min(230, 26 * model.sheet().phraseBank().size() + 6));
        bank.disableProperty().bind(model.pendingProperty().isNull());

        links.setId("map-learner-links");
        links.getStyleClass().add("map-learner-links");
        links.setItems(model.links());
        links.setAccessibleText(MapMessages.get("exercise.links"));
        links.setPlaceholder(new Label(MapMessages.get("exercise.links.none")));
        links.setPrefHeight(170);
        links.setCellFactory(v -> new DrawnLinkCell(conceptLabel));

        delete.disableProperty()
                .bind(Bindings.or(
                        links.getSelectionModel().selectedItemProperty().isNull(), model.submittedBinding()));
        undo.disableProperty().bind(Bindings.or(model.canUndoProperty().not(), model.submittedBinding()));
        submit.getStyleClass().add("map-submit");
        submit.disableProperty().bind(model.submittedBinding());
        retry.visibleProperty().bind(model.submittedBinding());
        retry.managedProperty().bind(retry.visibleProperty());
        FlowPane buttons = new FlowPane(6, 6, delete, undo, submit, retry);
        buttons.getStyleClass().add("map-exercise-buttons");

        score.setId("map-score");
        score.getStyleClass().add("map-score");
        counts.setId("map-score-counts");
        counts.setWrapText(true);
        note.setId("map-score-note");
        note.getStyleClass().add("map-score-note");
        note.setWrapText(true);
        note.textProperty().bind(model.saveNoteProperty());
        results.getChildren().addAll(score, counts, note);
        results.visibleProperty().bind(model.submittedBinding());
        results.managedProperty().bind(results.visibleProperty());
        legend.visibleProperty().bind(model.submittedBinding());
        legend.managedProperty().bind(legend.visibleProperty());

        VBox box = new VBox(
                10,
                title,
                instructions,
                prompt,
                heading("exercise.bank"),
                bank,
                heading("exercise.links"),
                links,
                legend);
        box.getStyleClass().add("map-panel");
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("map-panel-scroll");
        scroll.setFocusTraversable(false);
        VBox pinned = new VBox(8, buttons, results);
        pinned.setId("map-exercise-actions");
        pinned.getStyleClass().addAll("map-panel", "map-exercise-actions");
        root.setCenter(scroll);
        root.setBottom(pinned);
        root.getStyleClass().add("map-exercise-panel");
        model.savedProperty().addListener((o, was, now) -> noteStyle(now));
    }

    Node node() {
        return root;
    }

    void showScore(MapScore s) {
        score.setText(MapMessages.get("exercise.score", s.fraction()));
        counts.setText(MapMessages.get("exercise.counts", s.correct(), s.partial(), s.missing(), s.extra()));
    }

    private void noteStyle(boolean saved) {
        note.getStyleClass().remove("map-score-note-warning");
        if (!saved) {
            note.getStyleClass().add("map-score-note-warning");
        }
    }

    private static VBox legend() {
        VBox legend = new VBox(2);
        String[][] rows = {
            {"exercise.legend.correct", "correct"},
            {"exercise.legend.phrase", "partial"},
            {"exercise.legend.direction", "partial"},
            {"exercise.legend.extra", "extra"},
            {"exercise.legend.missing", "missing"}
        };
        for (String[] row : rows) {
            Label l = new Label(MapMessages.get(row[0]));
            l.getStyleClass().addAll("map-verdict-chip", "map-verdict-chip-" + row[1]);
            legend.getChildren().add(l);
        }
        return legend;
    }

    private static Label heading(String key) {
        Label l = new Label(MapMessages.get(key).toUpperCase(Locale.ROOT));
        l.getStyleClass().add("map-panel-heading");
        return l;
    }

    private static Button button(String id, String textKey, String helpKey) {
        Button b = new Button(MapMessages.get(textKey));
        b.setId(id);
        b.setTooltip(new Tooltip(MapMessages.get(helpKey)));
        return b;
    }

    /** "Medical leaders — act as → Cadres". */
    private static final class DrawnLinkCell extends ListCell<MapExerciseModel.DrawnLink> {
        private final Function<String, String> label;

        DrawnLinkCell(Function<String, String> label) {
            this.label = label;
            setWrapText(true);
            // A zero preferred width lets the cell take the list's width and wrap, not widen the list.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(MapExerciseModel.DrawnLink item, boolean empty) {
            super.updateItem(item, empty);
            setText(
                    empty || item == null
                            ? null
                            : MapMessages.get(
                                    "link.learner",
                                    label.apply(item.link().from()),
                                    item.link().phrase(),
                                    label.apply(item.link().to())));
        }
    }
}
