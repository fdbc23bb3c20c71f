package org.gramscilens.ui.map;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.gramscilens.course.Course;
import org.gramscilens.course.Module;
import org.gramscilens.map.Concept;
import org.gramscilens.map.ConceptMap;
import org.gramscilens.map.Group;

/**
 * The toolbar state of a {@link MapView}: filter by module and by group (both at once narrow further),
 * and find. Find looks among the shown concepts; labels that start with the text come first, then
 * those with a word starting with it, then any containing it; {@link #findNext()} cycles.
 */
public final class MapViewModel {

    /** An entry of a filter list: an id (null for "all") and what the list shows. */
    public record Choice(String id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final ConceptMap map;
    private final ObservableList<Choice> modules = FXCollections.observableArrayList();
    private final ObservableList<Choice> groups = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> module = new SimpleObjectProperty<>(this, "module");
    private final ObjectProperty<Choice> group = new SimpleObjectProperty<>(this, "group");
    private final ReadOnlyObjectWrapper<Set<String>> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ReadOnlyObjectWrapper<List<String>> matches = new ReadOnlyObjectWrapper<>(this, "matches", List.of());
    private final ReadOnlyObjectWrapper<String> found = new ReadOnlyObjectWrapper<>(this, "found");
    private final ReadOnlyStringWrapper findStatus = new ReadOnlyStringWrapper(this, "findStatus", "");
    private String query = "";
    private int matchIndex = -1;

    /** @param course gives module ids and titles; null offers no module filter */
    public MapViewModel(Course course, ConceptMap map) {
        this.map = map;
        modules.add(new Choice(null, MapMessages.get("toolbar.module.all")));
        if (course != null) {
            for (Module m : course.modules()) {
                if (!map.forModule(m.id()).isEmpty()) {
                    modules.add(new Choice(m.id(), m.title()));
                }
            }
        }
        groups.add(new Choice(null, MapMessages.get("toolbar.group.all")));
        for (Group g : map.groups()) {
            if (map.concepts().stream().anyMatch(c -> g.id().equals(c.group()))) {
                groups.add(new Choice(g.id(), g.label()));
            }
        }
        module.set(modules.get(0));
        group.set(groups.get(0));
        module.addListener((o, was, now) -> refilter());
        group.addListener((o, was, now) -> refilter());
        refilter();
    }

    public ObservableList<Choice> modules() {
        return FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(modules));
    }

    public ObservableList<Choice> groups() {
        return FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(groups));
    }

    public ObjectProperty<Choice> moduleProperty() {
        return module;
    }

    public ObjectProperty<Choice> groupProperty() {
        return group;
    }

    /** The ids of the concepts the filters let through, in map order. */
    public ReadOnlyObjectProperty<Set<String>> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The concept find chose last (select and centre it); null when none. */
    public ReadOnlyObjectProperty<String> foundProperty() {
        return found.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<String>> matchesProperty() {
        return matches.getReadOnlyProperty();
    }

    /** "2 of 5", "No concept matches …", or empty. */
    public ReadOnlyStringProperty findStatusProperty() {
        return findStatus.getReadOnlyProperty();
    }

    /** Filters by module and group; choosing by id (null for all) is what the shell's links use. */
    public void filter(String moduleId, String groupId) {
        modules.stream()
                .filter(c -> java.util.Objects.equals(c.id(), moduleId))
                .findFirst()
                .ifPresent(module::set);
        groups.stream()
                .filter(c -> java.util.Objects.equals(c.id(), groupId))
                .findFirst()
                .ifPresent(group::set);
    }

    private void refilter() {
        ConceptMap part = map;
        Choice m = module.get();
        Choice g = group.get();
        if (m != null && m.id() != null) {
            part = part.forModule(m.id());
        }
        if (g != null && g.id() != null) {
            part = part.forGroup(g.id());
        }
        Set<String> ids = new java.util.LinkedHashSet<>();
        part.concepts().forEach(c -> ids.add(c.id()));
        shown.set(Collections.unmodifiableSet(ids));
        if (!query.isBlank()) {
            find(query);
        }
    }

    /** Finds concepts for the text typed so far and chooses the best; blank clears. */
    public void find(String text) {
        query = text == null ? "" : text.strip();
        if (query.isEmpty()) {
            matches.set(List.of());
            matchIndex = -1;
            findStatus.set("");
            found.set(null);
            return;
        }
        matches.set(rank(query));
        matchIndex = matches.get().isEmpty() ? -1 : 0;
        announce();
    }

    /** The next match, round to the first. */
    public void findNext() {
        if (!matches.get().isEmpty()) {
            matchIndex = (matchIndex + 1) % matches.get().size();
            announce();
        }
    }

    private void announce() {
        List<String> m = matches.get();
        if (m.isEmpty()) {
            findStatus.set(MapMessages.get("toolbar.find.none", query));
            found.set(null);
        } else {
            findStatus.set(MapMessages.get("toolbar.find.count", matchIndex + 1, m.size()));
            found.set(null);
            found.set(m.get(matchIndex));
        }
    }

    private List<String> rank(String text) {
        String q = text.toLowerCase(Locale.ROOT);
        List<String> starts = new ArrayList<>();
        List<String> wordStarts = new ArrayList<>();
        List<String> contains = new ArrayList<>();
        for (Concept c : map.concepts()) {
            if (!shown.get().contains(c.id())) {
                continue;
            }
            String label = (c.label() == null ? c.id() : c.label()).toLowerCase(Locale.ROOT);
            if (label.startsWith(q)) {
                starts.add(c.id());
            } else if (label.contains(" " + q) || label.contains("-" + q) || label.contains("(" + q)) {
                wordStarts.add(c.id());
            } else if (label.contains(q)) {
                contains.add(c.id());
            }
        }
        List<String> out = new ArrayList<>(starts);
        out.addAll(wordStarts);
        out.addAll(contains);
        return List.copyOf(out);
    }
}
