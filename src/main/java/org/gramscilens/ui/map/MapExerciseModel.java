package org.gramscilens.ui.map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.gramscilens.map.ExerciseSheet;
import org.gramscilens.map.LearnerLink;
import org.gramscilens.map.MapScore;
import org.gramscilens.map.MapScorer;
import org.gramscilens.map.Phrases;
import org.gramscilens.progress.ProgressStore;
import org.gramscilens.progress.ProgressStoreException;

/**
 * The view-model of {@link MapExerciseView}: the links a learner has drawn, the link being drawn
 * (from a concept, then to one, then a phrase), undo, and the marked attempt. Submitting marks with
 * {@link MapScorer} and records {@code {"links": [[from, phrase, to], ...]}} with the score as a map
 * attempt; a read-only or failing store still marks, and says the attempt was not saved.
 */
public final class MapExerciseModel {

    /** A learner's link and the id its arrow has on the canvas. */
    public record DrawnLink(String id, LearnerLink link) {}

    /** A link with both ends chosen, waiting for its phrase. */
    public record Pending(String from, String to) {}

    private record Change(boolean added, DrawnLink link, int index) {}

    private final ExerciseSheet sheet;
    private final ProgressStore store;
    private final ObservableList<DrawnLink> links = FXCollections.observableArrayList();
    /** Made once: the wrapper listens to {@link #links} weakly, so a fresh one per call loses listeners. */
    private final ObservableList<DrawnLink> linksView = FXCollections.unmodifiableObservableList(links);

    private final ReadOnlyObjectWrapper<String> linkingFrom = new ReadOnlyObjectWrapper<>(this, "linkingFrom");
    private final ReadOnlyObjectWrapper<Pending> pending = new ReadOnlyObjectWrapper<>(this, "pending");
    private final ReadOnlyObjectWrapper<MapScore> score = new ReadOnlyObjectWrapper<>(this, "score");
    private final ReadOnlyStringWrapper saveNote = new ReadOnlyStringWrapper(this, "saveNote", "");
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper(this, "saved");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final Deque<Change> history = new ArrayDeque<>();
    private int nextId = 1;

    /** @param store where attempts go; null marks without saving */
    public MapExerciseModel(ExerciseSheet sheet, ProgressStore store) {
        this.sheet = Objects.requireNonNull(sheet, "sheet");
        this.store = store;
    }

    public ExerciseSheet sheet() {
        return sheet;
    }

    public ObservableList<DrawnLink> links() {
        return linksView;
    }

    public List<LearnerLink> learnerLinks() {
        return links.stream().map(DrawnLink::link).toList();
    }

    /** The concept a keyboard link starts from, while its other end is being chosen. */
    public ReadOnlyObjectProperty<String> linkingFromProperty() {
        return linkingFrom.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Pending> pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    /** The marked attempt, or null while the learner is still drawing. */
    public ReadOnlyObjectProperty<MapScore> scoreProperty() {
        return score.getReadOnlyProperty();
    }

    /** After submitting: saved, or why not. */
    public ReadOnlyStringProperty saveNoteProperty() {
        return saveNote.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** A short word about the last command that did nothing (e.g. a link from a concept to itself). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public BooleanBinding submittedBinding() {
        return Bindings.isNotNull(score);
    }

    // ---- drawing ----

    /** Keyboard: starts a link at {@code from}; the next {@link #chooseTarget} ends it. */
    public void startLinkFrom(String from) {
        if (editable() && from != null) {
            pending.set(null);
            linkingFrom.set(from);
            message.set("");
        }
    }

    public void chooseTarget(String to) {
        String from = linkingFrom.get();
        if (from != null) {
            drawn(from, to);
        }
    }

    /** Both ends chosen (by a drag or by keys): the phrase comes next. */
    public void drawn(String from, String to) {
        if (!editable()) {
            return;
        }
        if (from.equals(to)) {
            message.set(MapMessages.get("exercise.same"));
            return;
        }
        linkingFrom.set(null);
        message.set("");
        pending.set(new Pending(from, to));
    }

    public void choosePhrase(String phrase) {
        Pending p = pending.get();
        if (p == null || phrase == null || phrase.isBlank() || !editable()) {
            return;
        }
        pending.set(null);
        LearnerLink link = new LearnerLink(p.from(), phrase, p.to());
        boolean duplicate = links.stream()
                .anyMatch(d -> d.link().from().equals(link.from())
                        && d.link().to().equals(link.to())
                        && Phrases.same(d.link().phrase(), link.phrase()));
        if (duplicate) {
            message.set(MapMessages.get("exercise.duplicate"));
            return;
        }
        DrawnLink drawn = new DrawnLink("learner-" + nextId++, link);
        links.add(drawn);
        remember(new Change(true, drawn, links.size() - 1));
    }

    /** Escape: drops the link being drawn. */
    public void cancel() {
        linkingFrom.set(null);
        pending.set(null);
        message.set("");
    }

    public boolean isDrawing() {
        return linkingFrom.get() != null || pending.get() != null;
    }

    public void remove(String linkId) {
        if (!editable()) {
            return;
        }
        for (int i = 0; i < links.size(); i++) {
            if (links.get(i).id().equals(linkId)) {
                DrawnLink gone = links.remove(i);
                remember(new Change(false, gone, i));
                return;
            }
        }
    }

    public void undo() {
        if (!editable() || history.isEmpty()) {
            return;
        }
        cancel();
        Change c = history.pop();
        if (c.added()) {
            links.remove(c.link());
        } else {
            links.add(Math.min(c.index(), links.size()), c.link());
        }
        canUndo.set(!history.isEmpty());
    }

    private void remember(Change c) {
        history.push(c);
        canUndo.set(true);
    }

    private boolean editable() {
        return score.get() == null;
    }

    // ---- marking ----

    /** Marks the links, records the attempt, and shows the verdicts until {@link #keepWorking()}. */
    public MapScore submit() {
        if (score.get() != null) {
            return score.get();
        }
        cancel();
        MapScore result = MapScorer.score(sheet, learnerLinks());
        record(result);
        score.set(result);
        return result;
    }

    /** Hides the marking and lets the learner go on changing links (a new submit is a new attempt). */
    public void keepWorking() {
        score.set(null);
        saveNote.set("");
        saved.set(false);
    }

    private void record(MapScore result) {
        if (store == null) {
            notSaved(MapMessages.get("exercise.noStore"));
            return;
        }
        if (store.isReadOnly()) {
            notSaved(store.readOnlyReason().orElse(""));
            return;
        }
        try {
            store.recordMapAttempt(sheet.exercise().id(), payload(), result.fraction());
            saved.set(true);
            saveNote.set(MapMessages.get("exercise.saved"));
        } catch (ProgressStoreException e) {
            notSaved(e.getMessage());
        }
    }

    private void notSaved(String why) {
        saved.set(false);
        saveNote.set(MapMessages.get("exercise.notSaved", why));
    }

    /** {@code {"links": [[from, phrase, to], ...]}}: what the progress store keeps of an attempt. */
    public ObjectNode payload() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        ArrayNode array = json.putArray("links");
        for (DrawnLink d : links) {
            array.addArray()
                    .add(d.link().from())
                    .add(d.link().phrase())
                    .add(d.link().to());
        }
        return json;
    }
}
