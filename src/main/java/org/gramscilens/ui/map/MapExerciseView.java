package org.gramscilens.ui.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import org.gramscilens.map.Concept;
import org.gramscilens.map.ConceptMap;
import org.gramscilens.map.ExerciseSheet;
import org.gramscilens.map.Judgement;
import org.gramscilens.map.MapScore;
import org.gramscilens.map.Proposition;
import org.gramscilens.map.Verdict;
import org.gramscilens.progress.ProgressStore;

/**
 * The build-the-map exercise. The learner links the sheet's concepts: drag from one concept to another
 * (a rubber band follows) or, by keyboard, focus a concept, press L, move to the other with the arrow
 * keys or Tab and press Enter; then pick the linking phrase from the bank (Enter or click). Delete
 * removes the chosen link (also from its context menu), Ctrl+Z undoes, Escape drops a link half drawn,
 * Ctrl+Enter submits. After submitting, each link shows its verdict by colour and by a sign, the
 * missing ones are drawn dashed, and the score is recorded in the progress store.
 * Ids for tests: {@code #map-exercise}, {@code #map-bank}, {@code #map-learner-links}, {@code #map-submit},
 * {@code #map-score}, {@code #map-score-note}.
 */
public final class MapExerciseView {
    private final MapExerciseModel model;
    private final MapCanvas canvas;
    private final ExercisePanel panel;
    private final BorderPane root = new BorderPane();
    private final List<String> missing = new ArrayList<>();
    private String selectedLink;

    /**
     * @param map the whole map, for its group colours
     * @param store where attempts are recorded; read-only or null still marks but says it was not saved
     */
    public MapExerciseView(ConceptMap map, ExerciseSheet sheet, ProgressStore store) {
        model = new MapExerciseModel(sheet, store);
        canvas = new MapCanvas(new ConceptMap(
                map.title(),
                map.groups(),
                sheet.concepts(),
                sheet.scaffold(),
                List.of(),
                List.of(),
                List.of(),
                Map.of()));
        canvas.model().setLayoutFollowsLinks(false);
        sheet.scaffold()
                .forEach(p ->
                        canvas.linkNode(p.id()).ifPresent(n -> n.getStyleClass().add("map-given")));
        panel = new ExercisePanel(model, this::label);
        root.setCenter(canvas);
        root.setRight(panel.node());
        root.getStyleClass().add("map-exercise");
        root.setId("map-exercise");
        root.getStylesheets()
                .add(MapExerciseView.class
                        .getResource("/org/gramscilens/ui/map/map.css")
                        .toExternalForm());

        canvas.gestures().setOnLinkDrawn(model::drawn);
        canvas.gestures().setOnLinkClicked(this::linkClicked);
        canvas.gestures().setLinkMenu(this::linkMenu);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        panel.bank.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> phraseClicked());
        panel.delete.setOnAction(e -> deleteChosen());
        panel.undo.setOnAction(e -> model.undo());
        panel.submit.setOnAction(e -> model.submit());
        panel.retry.setOnAction(e -> model.keepWorking());
        model.links().addListener(this::linksChanged);
        model.linkingFromProperty().addListener((o, was, now) -> drawingChanged());
        model.pendingProperty().addListener((o, was, now) -> pendingChanged(now));
        model.messageProperty().addListener((o, was, now) -> drawingChanged());
        model.scoreProperty().addListener((o, was, now) -> scoreChanged(now));
        root.sceneProperty().addListener((o, was, now) -> watchFocus(now));
    }

    public Node node() {
        return root;
    }

    public MapExerciseModel model() {
        return model;
    }

    public MapCanvas canvas() {
        return canvas;
    }

    // ---- keys and clicks ----

    private void key(KeyEvent e) {
        String concept = e.getTarget() instanceof ConceptNode n ? n.conceptId() : null;
        boolean plain = !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown();
        KeyCode code = e.getCode();
        if (code == KeyCode.ESCAPE && model.isDrawing()) {
            model.cancel();
        } else if (code == KeyCode.Z && e.isShortcutDown()) {
            model.undo();
        } else if (code == KeyCode.ENTER && e.isShortcutDown()) {
            model.submit();
        } else if (code == KeyCode.L && plain && concept != null) {
            model.startLinkFrom(concept);
        } else if ((code == KeyCode.ENTER || code == KeyCode.SPACE)
                && plain
                && concept != null
                && model.linkingFromProperty().get() != null) {
            model.chooseTarget(concept);
        } else if (code == KeyCode.ENTER && plain && e.getTarget() == panel.bank) {
            model.choosePhrase(panel.bank.getSelectionModel().getSelectedItem());
        } else if ((code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) && plain && e.getTarget() == panel.links) {
            deleteChosen();
        } else if ((code == KeyCode.DELETE || code == KeyCode.BACK_SPACE)
                && plain
                && selectedLink != null
                && (concept != null || e.getTarget() == canvas)) {
            model.remove(selectedLink);
        } else {
            return;
        }
        e.consume();
    }

    private void phraseClicked() {
        model.choosePhrase(panel.bank.getSelectionModel().getSelectedItem());
    }

    private void deleteChosen() {
        MapExerciseModel.DrawnLink chosen = panel.links.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            model.remove(chosen.id());
        }
    }

    private void linkClicked(String linkId) {
        model.links().stream().filter(d -> d.id().equals(linkId)).findFirst().ifPresent(d -> {
            panel.links.getSelectionModel().select(d);
            chooseLink(linkId);
        });
    }

    private ContextMenu linkMenu(String linkId) {
        if (model.links().stream().noneMatch(d -> d.id().equals(linkId))
                || model.scoreProperty().get() != null) {
            return null;
        }
        MenuItem delete = new MenuItem(MapMessages.get("exercise.delete"));
        delete.setOnAction(e -> model.remove(linkId));
        return new ContextMenu(delete);
    }

    private void chooseLink(String linkId) {
        if (selectedLink != null) {
            canvas.linkNode(selectedLink).ifPresent(n -> n.pseudoClassStateChanged(LinkNode.SELECTED, false));
        }
        selectedLink = linkId;
        canvas.linkNode(linkId).ifPresent(n -> n.pseudoClassStateChanged(LinkNode.SELECTED, true));
    }

    // ---- the model, drawn ----

    private void linksChanged(ListChangeListener.Change<? extends MapExerciseModel.DrawnLink> c) {
        while (c.next()) {
            for (MapExerciseModel.DrawnLink gone : c.getRemoved()) {
                canvas.removeLink(gone.id());
                if (gone.id().equals(selectedLink)) {
                    selectedLink = null;
                }
            }
            for (MapExerciseModel.DrawnLink added : c.getAddedSubList()) {
                var l = added.link();
                canvas.addLink(new Proposition(added.id(), l.from(), l.phrase(), l.to()));
                canvas.linkNode(added.id()).ifPresent(n -> n.getStyleClass().add("map-learner"));
                canvas.conceptNode(l.to()).ifPresent(Node::requestFocus);
            }
        }
    }

    private void drawingChanged() {
        String from = model.linkingFromProperty().get();
        MapExerciseModel.Pending pending = model.pendingProperty().get();
        canvas.conceptNodes()
                .forEach(n -> n.pseudoClassStateChanged(
                        ConceptNode.LINK_SOURCE,
                        from != null && ((ConceptNode) n).conceptId().equals(from)));
        if (from != null) {
            panel.prompt.setText(MapMessages.get("exercise.linking", label(from)));
            focusChanged(root.getScene() == null ? null : root.getScene().getFocusOwner());
        } else if (pending != null) {
            panel.prompt.setText(MapMessages.get("exercise.pending", label(pending.from()), label(pending.to())));
            canvas.showRubberBand(pending.from(), canvas.centreOf(pending.to()));
        } else {
            panel.prompt.setText(model.messageProperty().get());
            canvas.hideRubberBand();
        }
    }

    private void pendingChanged(MapExerciseModel.Pending pending) {
        drawingChanged();
        if (pending != null) {
            panel.bank.getSelectionModel().selectFirst();
            panel.bank.getFocusModel().focus(0);
            panel.bank.requestFocus();
        }
    }

    private void watchFocus(javafx.scene.Scene scene) {
        if (scene != null) {
            scene.focusOwnerProperty().addListener((o, was, now) -> focusChanged(now));
        }
    }

    /** While a keyboard link is being drawn, the rubber band follows the focused concept. */
    private void focusChanged(Node owner) {
        String from = model.linkingFromProperty().get();
        if (from != null && owner instanceof ConceptNode n && !n.conceptId().equals(from)) {
            canvas.showRubberBand(from, canvas.centreOf(n.conceptId()));
        } else if (from != null) {
            canvas.hideRubberBand();
        }
    }

    private void scoreChanged(MapScore score) {
        missing.forEach(canvas::removeLink);
        missing.clear();
        model.links().forEach(d -> canvas.linkNode(d.id()).ifPresent(LinkNode::clearVerdict));
        if (score == null) {
            return;
        }
        panel.showScore(score);
        List<Judgement> judgements = score.judgements();
        for (int i = 0; i < model.links().size() && i < judgements.size(); i++) {
            paint(model.links().get(i).id(), judgements.get(i));
        }
        for (Judgement j : judgements) {
            if (j.verdict() == Verdict.MISSING) {
                Proposition p = j.expected();
                String id = "missing-" + p.id();
                canvas.addLink(new Proposition(id, p.from(), p.phrase(), p.to()));
                missing.add(id);
                paint(id, j);
            }
        }
        panel.retry.requestFocus();
    }

    private void paint(String linkId, Judgement j) {
        String words = MapMessages.get("verdict." + j.verdict().name());
        canvas.linkNode(linkId).ifPresent(n -> {
            switch (j.verdict()) {
                case CORRECT -> n.setVerdict("map-verdict-correct", "\u2713", words);
                case RIGHT_PAIR_WRONG_PHRASE -> n.setVerdict("map-verdict-partial", "\u00bd", words);
                case RIGHT_PAIR_WRONG_DIRECTION -> n.setVerdict("map-verdict-partial", "\u21c4", words);
                case EXTRA -> n.setVerdict("map-verdict-extra", "+", words);
                case MISSING -> n.setVerdict("map-verdict-missing", "", words);
                case GIVEN -> n.setVerdict("map-verdict-given", "", words);
            }
        });
    }

    private String label(String conceptId) {
        return canvas.model().concept(conceptId).map(Concept::label).orElse(conceptId);
    }
}
