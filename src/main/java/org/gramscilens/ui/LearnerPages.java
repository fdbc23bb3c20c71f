package org.gramscilens.ui;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.scene.layout.VBox;
import org.gramscilens.course.Course;
import org.gramscilens.markdown.syntax.MarkdownParser;
import org.gramscilens.progress.ProgressStore;
import org.gramscilens.ui.common.Messages;
import org.gramscilens.ui.progress.DashboardModel;
import org.gramscilens.ui.progress.ProgressDashboard;
import org.gramscilens.ui.quiz.QuizSession;
import org.gramscilens.ui.quiz.QuizSessions;
import org.gramscilens.ui.quiz.QuizView;

/**
 * The reader's pages about one learner in one course: quizzes, review, the progress dashboard, the concept
 * map and its exercises. Quiz pages and the dashboard are kept while the course and learner stay the same.
 */
final class LearnerPages {
    private final ShellModel model;
    private final MarkdownParser parser;
    private final java.util.Map<String, Page> quizPages = new java.util.HashMap<>();
    private Learner learner;
    private ProgressStore store;
    private Page progressPage;
    private CompletableFuture<org.gramscilens.map.ConceptMap> conceptMap;

    LearnerPages(ShellModel model, MarkdownParser parser) {
        this.model = model;
        this.parser = parser;
    }

    /** A course opened, or another learner chose: nothing built before is kept. */
    void reset(Learner learner) {
        this.learner = learner;
        this.store = learner.store();
        quizPages.clear();
        progressPage = null;
        conceptMap = null;
    }

    /** The course's concept map, read once in the background. */
    private synchronized CompletableFuture<org.gramscilens.map.ConceptMap> conceptMap() {
        if (conceptMap == null) {
            Course course = model.course();
            conceptMap = CompletableFuture.supplyAsync(
                    () -> org.gramscilens.map.ConceptMapLoader.load(course).map());
        }
        return conceptMap;
    }

    /** Pages for quizzes, review, progress and the concept map (the reader builds lessons and course pages). */
    Page page(Location loc) {
        if (loc.kind() == Location.Kind.MAP || loc.kind() == Location.Kind.EXERCISE) {
            return mapPage(loc);
        }
        QuizSessions sessions = learner.sessions().join();
        return switch (loc.kind()) {
            case QUIZ -> {
                Page cached = quizPages.get(loc.id());
                if (cached != null
                        && ((QuizView) cached.root().getProperties().get(QuizView.class))
                                        .session()
                                        .phase()
                                != QuizSession.Phase.FINISHED) {
                    yield cached;
                }
                Page p = quizPage(sessions.module(loc.id()));
                quizPages.put(loc.id(), p);
                yield p;
            }
            case REVIEW -> {
                QuizSession due = sessions.review();
                yield due.size() == 0 ? emptyReview() : quizPage(due);
            }
            case PROGRESS -> {
                if (progressPage == null) {
                    ProgressDashboard dash = new ProgressDashboard(
                            new DashboardModel(sessions.questions(), store, parser, java.time.Clock.systemUTC()),
                            () -> model.navigate(Location.review()));
                    dash.node().getStyleClass().add("fill-viewport");
                    dash.addCard(mapExercisesCard());
                    progressPage = new Page(dash.node(), java.util.Map.of(), List.of());
                }
                yield progressPage;
            }
            default -> throw new IllegalArgumentException("not a learner page: " + loc);
        };
    }

    private Page mapPage(Location loc) {
        org.gramscilens.map.ConceptMap map = conceptMap().join();
        if (loc.kind() == Location.Kind.EXERCISE) {
            var exercise = map.exercise(loc.id()).orElseThrow();
            var view = new org.gramscilens.ui.map.MapExerciseView(
                    map, org.gramscilens.map.ExerciseSheet.of(map, exercise), store);
            // Like the map, the exercise takes the visible height: its panel scrolls itself, never the page.
            view.node().getStyleClass().add("fill-viewport");
            return new Page(view.node(), java.util.Map.of(), List.of());
        }
        var actions = new org.gramscilens.ui.map.MapViewActions(
                this::openTarget,
                id -> model.navigate(Location.glossary(id)),
                org.gramscilens.ui.map.MapPositions.inProfile(store));
        var view = loc.id() == null
                ? new org.gramscilens.ui.map.MapView(model.course(), map, actions)
                : org.gramscilens.ui.map.MapView.forLesson(model.course(), map, loc.id(), actions);
        VBox box = new VBox(view.node(), exerciseLinks(map));
        box.getStyleClass().addAll("map-page", "fill-viewport");
        VBox.setVgrow(view.node(), javafx.scene.layout.Priority.ALWAYS);
        return new Page(box, java.util.Map.of(), List.of());
    }

    /**
     * The dashboard's card for concept-map exercises: each one tried, its latest and best score, and when it
     * is due again on the same SM-2 schedule as questions. Rebuilt each time the dashboard is shown.
     */
    private javafx.scene.Node mapExercisesCard() {
        VBox card = new VBox();
        card.getStyleClass().addAll("dash-card", "dash-maps");
        card.setId("dash-maps");
        javafx.scene.control.Label heading = new javafx.scene.control.Label(Messages.get("dash.maps.title"));
        heading.getStyleClass().add("card-heading");
        VBox rows = new VBox(4);
        card.getChildren().addAll(heading, rows);
        card.sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                fillMapExercises(rows);
            }
        });
        return card;
    }

    private void fillMapExercises(VBox rows) {
        rows.getChildren().clear();
        org.gramscilens.map.ConceptMap map = conceptMap().join();
        var review = org.gramscilens.review.MapReview.of(map.exercises(), store.view(), java.time.Instant.now());
        if (review.entries().isEmpty()) {
            javafx.scene.control.Label none = new javafx.scene.control.Label(Messages.get("dash.maps.none"));
            none.setWrapText(true);
            rows.getChildren().add(none);
        }
        var dates = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(DashboardModel.locale(model.course()))
                .withZone(java.time.ZoneId.systemDefault());
        for (var e : review.entries()) {
            javafx.scene.control.Hyperlink open = new javafx.scene.control.Hyperlink(e.title());
            open.getStyleClass().add("page-link");
            open.setOnAction(ev -> model.navigate(Location.exercise(e.exerciseId())));
            javafx.scene.control.Label detail = new javafx.scene.control.Label(Messages.get(
                    "dash.maps.entry",
                    Math.round(e.latest() * 100),
                    Math.round(e.best() * 100),
                    e.attempts(),
                    e.isDue()
                            ? Messages.get("dash.maps.dueNow")
                            : Messages.get("dash.maps.dueOn", dates.format(e.due()))));
            detail.getStyleClass().add("link-row-label");
            detail.setWrapText(true);
            rows.getChildren().add(new VBox(open, detail));
        }
    }

    /** Under the map: the build-the-map exercises, each a link. */
    private javafx.scene.Node exerciseLinks(org.gramscilens.map.ConceptMap map) {
        javafx.scene.layout.FlowPane row = new javafx.scene.layout.FlowPane();
        row.getStyleClass().add("link-row");
        javafx.scene.control.Label label = new javafx.scene.control.Label(Messages.get("map.exercises"));
        label.getStyleClass().add("link-row-label");
        row.getChildren().add(label);
        for (var e : map.exercises()) {
            javafx.scene.control.Hyperlink h = new javafx.scene.control.Hyperlink(e.title());
            h.getStyleClass().add("page-link");
            h.setOnAction(ev -> model.navigate(Location.exercise(e.id())));
            row.getChildren().add(h);
        }
        return row;
    }

    /** Review with nothing due: what Review is, and how questions come to it. */
    private Page emptyReview() {
        VBox page = new VBox();
        page.getStyleClass().add("lesson-page");
        page.setId("review-empty");
        javafx.scene.control.Label title = new javafx.scene.control.Label(Messages.get("review.empty.title"));
        title.setId("page-title");
        title.getStyleClass().add("lesson-title");
        page.getChildren().add(title);
        for (String key : List.of("review.empty.what", "review.empty.none")) {
            javafx.scene.control.Label text = new javafx.scene.control.Label(Messages.get(key));
            text.getStyleClass().add("lesson-summary");
            text.setWrapText(true);
            page.getChildren().add(text);
        }
        javafx.scene.control.Button quiz = new javafx.scene.control.Button(Messages.get("review.empty.quiz"));
        quiz.setId("review-empty-quiz");
        quiz.getStyleClass().add("quiz-primary");
        quiz.setOnAction(e -> model.quizForThisModule());
        page.getChildren().add(quiz);
        return new Page(page, java.util.Map.of(), List.of());
    }

    private Page quizPage(QuizSession session) {
        QuizView view = new QuizView(session, this::openTarget, this::leaveQuiz);
        view.node().getProperties().put(QuizView.class, view);
        // The quiz and the dashboard scroll themselves: they take the reader's visible height.
        view.node().getStyleClass().add("fill-viewport");
        return new Page(view.node(), java.util.Map.of(), List.of());
    }

    /** "lesson-id#heading-id" or "lesson-id", as the quiz's section links give them. */
    private void openTarget(String target) {
        int hash = target.indexOf('#');
        model.navigate(
                hash < 0
                        ? Location.lesson(target)
                        : Location.lesson(target.substring(0, hash), target.substring(hash + 1), null));
    }

    private void leaveQuiz() {
        if (model.canGoBackProperty().get()) {
            model.back();
        } else {
            model.course().firstLesson().ifPresent(l -> model.navigate(Location.lesson(l.id())));
        }
    }
}
