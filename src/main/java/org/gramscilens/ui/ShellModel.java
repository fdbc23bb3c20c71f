package org.gramscilens.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.gramscilens.course.Course;
import org.gramscilens.course.Lesson;
import org.gramscilens.search.SearchIndex;

/**
 * The shell's state: the open course, where the reader is, history, which lessons were opened, theme
 * and zoom. Views bind to the read-only properties and call the command methods.
 */
public final class ShellModel {
    public static final double MIN_ZOOM = 0.6;
    public static final double MAX_ZOOM = 2.5;
    private static final double ZOOM_STEP = 0.1;

    private final ReadOnlyObjectWrapper<Course> course = new ReadOnlyObjectWrapper<>(this, "course");
    private final ReadOnlyObjectWrapper<Location> location = new ReadOnlyObjectWrapper<>(this, "location");
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack");
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper(this, "canGoForward");
    private final ReadOnlyStringWrapper theme = new ReadOnlyStringWrapper(this, "theme", "light");
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1.0);
    private final javafx.beans.property.ReadOnlyIntegerWrapper due =
            new javafx.beans.property.ReadOnlyIntegerWrapper(this, "due");
    private final ReadOnlyStringWrapper learner = new ReadOnlyStringWrapper(this, "learner", "");
    private final ObservableSet<String> opened = FXCollections.observableSet();
    private final ObservableSet<String> finished = FXCollections.observableSet();
    private final Deque<Location> back = new ArrayDeque<>();
    private final Deque<Location> forward = new ArrayDeque<>();
    private CompletableFuture<SearchIndex> index;
    private final org.gramscilens.markdown.syntax.MarkdownParser parser;

    public ShellModel(org.gramscilens.markdown.syntax.MarkdownParser parser) {
        this.parser = parser;
    }

    public ReadOnlyObjectProperty<Course> courseProperty() {
        return course.getReadOnlyProperty();
    }

    public Course course() {
        return course.get();
    }

    public ReadOnlyObjectProperty<Location> locationProperty() {
        return location.getReadOnlyProperty();
    }

    public Location location() {
        return location.get();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoForwardProperty() {
        return canGoForward.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty themeProperty() {
        return theme.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    /** Ids of lessons the learner has opened in this course. */
    public ObservableSet<String> opened() {
        return opened;
    }

    /** How many questions are due for review. */
    public javafx.beans.property.ReadOnlyIntegerProperty dueProperty() {
        return due.getReadOnlyProperty();
    }

    public void setDue(int n) {
        due.set(n);
    }

    /** The learner's display name. */
    public ReadOnlyStringProperty learnerProperty() {
        return learner.getReadOnlyProperty();
    }

    public void setLearner(String name) {
        learner.set(name == null ? "" : name);
    }

    /** Ids of lessons the learner has read to the end. */
    public ObservableSet<String> finished() {
        return finished;
    }

    /**
     * Opens a course: history is cleared; {@code start} (or the first lesson) is shown.
     *
     * @param openedBefore lessons opened in earlier sessions; {@code finishedBefore} those read to the end
     */
    public void openCourse(
            Course c,
            Location start,
            java.util.Collection<String> openedBefore,
            java.util.Collection<String> finishedBefore) {
        back.clear();
        forward.clear();
        opened.clear();
        opened.addAll(openedBefore);
        finished.clear();
        finished.addAll(finishedBefore);
        index = null;
        course.set(c);
        location.set(null);
        Location first = start != null && exists(c, start)
                ? start
                : c.firstLesson().map(l -> Location.lesson(l.id())).orElse(Location.problems());
        show(first);
        updateHistoryFlags();
    }

    private static boolean exists(Course c, Location l) {
        return switch (l.kind()) {
            case LESSON -> c.lesson(l.id()).isPresent();
            case GLOSSARY, REFERENCES, PROBLEMS, REVIEW, PROGRESS, MAP -> true;
            case EXERCISE -> false;
            case QUIZ -> c.modules().stream().anyMatch(m -> m.id().equals(l.id()) && m.quiz() != null);
            case SEARCH -> l.id() != null;
        };
    }

    /** Goes to {@code target}, remembering where we were. */
    public void navigate(Location target) {
        Location here = location.get();
        if (here != null && here.equals(target)) {
            return;
        }
        if (here != null) {
            back.push(here);
        }
        forward.clear();
        show(target);
        updateHistoryFlags();
    }

    public void back() {
        if (!back.isEmpty()) {
            forward.push(location.get());
            show(back.pop());
            updateHistoryFlags();
        }
    }

    public void forward() {
        if (!forward.isEmpty()) {
            back.push(location.get());
            show(forward.pop());
            updateHistoryFlags();
        }
    }

    private void show(Location target) {
        if (target.kind() == Location.Kind.LESSON) {
            opened.add(target.id());
        }
        location.set(target);
    }

    private void updateHistoryFlags() {
        canGoBack.set(!back.isEmpty());
        canGoForward.set(!forward.isEmpty());
    }

    /** The lesson {@code delta} places after the current one in course order. */
    public Optional<Lesson> neighbour(int delta) {
        Location here = location.get();
        Course c = course.get();
        if (c == null || here == null || here.kind() != Location.Kind.LESSON) {
            return c == null || delta < 0 ? Optional.empty() : c.firstLesson();
        }
        List<Lesson> lessons = c.lessons().filter(l -> !l.broken()).toList();
        for (int i = 0; i < lessons.size(); i++) {
            if (lessons.get(i).id().equals(here.id())) {
                int j = i + delta;
                return j >= 0 && j < lessons.size() ? Optional.of(lessons.get(j)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Opens the quiz of the module being read (or of the first module with one). */
    public void quizForThisModule() {
        Course c = course.get();
        if (c == null) {
            return;
        }
        Location here = location.get();
        java.util.Optional<org.gramscilens.course.Module> module = here != null && here.kind() == Location.Kind.LESSON
                ? c.lesson(here.id()).flatMap(c::moduleOf)
                : java.util.Optional.empty();
        module.filter(m -> m.quiz() != null)
                .or(() -> c.modules().stream().filter(m -> m.quiz() != null).findFirst())
                .ifPresent(m -> navigate(Location.quiz(m.id())));
    }

    public void nextLesson() {
        neighbour(1).ifPresent(l -> navigate(Location.lesson(l.id())));
    }

    public void previousLesson() {
        neighbour(-1).ifPresent(l -> navigate(Location.lesson(l.id())));
    }

    /** Starts building the search index in the background (once per course). */
    public void buildSearchIndex() {
        Course c = course.get();
        if (index == null && c != null) {
            index = CompletableFuture.supplyAsync(() -> SearchIndex.build(c, parser));
        }
    }

    /**
     * Search results for {@code query}, computed off the FX thread once the index is built (it is started
     * now if it was not), so that a large course never makes the window wait.
     */
    public CompletableFuture<List<SearchIndex.Hit>> searchAsync(String query) {
        buildSearchIndex();
        return index == null
                ? CompletableFuture.completedFuture(List.of())
                : index.thenApplyAsync(i -> i.search(query, 200));
    }

    /**
     * Results for a query being typed: a results page already shown is replaced, not added to history, so
     * Back leaves the search in one step rather than letter by letter.
     */
    public void searchAsYouType(String query) {
        Location here = location.get();
        Location target = Location.search(query);
        if (here != null && here.kind() == Location.Kind.SEARCH) {
            if (!here.equals(target)) {
                location.set(target);
            }
        } else {
            navigate(target);
        }
    }

    public void setTheme(String name) {
        theme.set("dark".equals(name) ? "dark" : "light");
    }

    public void toggleTheme() {
        setTheme("dark".equals(theme.get()) ? "light" : "dark");
    }

    public void setZoom(double z) {
        double clamped = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
        zoom.set(Math.round(clamped * 10) / 10.0);
    }

    public void zoomIn() {
        setZoom(zoom.get() + ZOOM_STEP);
    }

    public void zoomOut() {
        setZoom(zoom.get() - ZOOM_STEP);
    }

    public void zoomReset() {
        setZoom(1.0);
    }
}
