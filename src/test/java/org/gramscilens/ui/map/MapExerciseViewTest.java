package org.gramscilens.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.gramscilens.map.ExerciseSheet;
import org.gramscilens.map.LearnerLink;
import org.gramscilens.map.Phrases;
import org.gramscilens.map.Proposition;
import org.gramscilens.progress.MapAttempt;
import org.gramscilens.progress.ProgressStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The build-the-map exercise "who-leads" of the bundled map, drawn by mouse and by keys, then marked. */
@ExtendWith(ApplicationExtension.class)
class MapExerciseViewTest {
    private static final String EXERCISE = "who-leads";
    private Path profile;
    private ProgressStore store;
    private final List<ProgressStore> others = new ArrayList<>();
    private Stage stage;
    private MapExerciseView view;
    private ExerciseSheet sheet;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        profile = Files.createTempDirectory("map-exercise-test").resolve("profile");
        store = ProgressStore.open(profile);
        show(store);
    }

    private void show(ProgressStore s) {
        sheet = ExerciseSheet.of(
                BundledMap.map(), BundledMap.map().exercise(EXERCISE).orElseThrow());
        view = new MapExerciseView(BundledMap.map(), sheet, s);
        BundledMap.show(stage, (Parent) view.node(), 1200, 780);
    }

    @AfterEach
    void close() {
        store.close();
        others.forEach(ProgressStore::close);
    }

    private Node box(String id) {
        return view.canvas().conceptBox(id).orElseThrow();
    }

    private Node link(String id) {
        return view.canvas().linkGroup(id).orElseThrow();
    }

    private static String phraseOf(Node link) {
        return ((Label) ((Parent) link).getChildrenUnmodifiable().get(2)).getText();
    }

    @SuppressWarnings("unchecked")
    private ListView<String> bank(FxRobot robot) {
        return robot.lookup("#map-bank").queryAs(ListView.class);
    }

    private void fitAll(FxRobot robot) {
        robot.interact(() -> view.canvas().fit());
    }

    @Test
    void oneLinkByMouseAndOneByKeysAreMarkedAndTheAttemptIsSaved(FxRobot robot) throws Exception {
        List<Proposition> expected = sheet.expected();
        Proposition first = expected.get(0);
        Proposition second = expected.stream()
                .filter(p -> !p.from().equals(first.from()) || !p.to().equals(first.to()))
                .skip(1)
                .findFirst()
                .orElseThrow();
        fitAll(robot);

        robot.drag(box(first.from())).dropTo(box(first.to()));
        assertThat(view.model().pendingProperty().get())
                .isEqualTo(new MapExerciseModel.Pending(first.from(), first.to()));
        assertThat(bank(robot).isFocused()).isTrue();
        assertThat(robot.lookup("#map-exercise-prompt").queryAs(Label.class).getText())
                .contains("pick a linking phrase");
        robot.clickOn(robot.lookup("#map-bank .list-cell")
                .match(n -> first.accepts(((ListCell<?>) n).getText() == null ? "" : ((ListCell<?>) n).getText()))
                .queryAs(Node.class));
        assertThat(view.model().learnerLinks())
                .containsExactly(new LearnerLink(first.from(), first.phrase().strip(), first.to()));
        assertThat(link("learner-1").isVisible()).isTrue();
        assertThat(link("learner-1").getStyleClass()).contains("map-learner");

        robot.interact(() -> box(second.from()).requestFocus());
        robot.type(KeyCode.L);
        assertThat(view.model().linkingFromProperty().get()).isEqualTo(second.from());
        for (int i = 0; i < 60 && stage.getScene().getFocusOwner() != box(second.to()); i++) {
            robot.type(KeyCode.TAB);
        }
        assertThat(stage.getScene().getFocusOwner()).isSameAs(box(second.to()));
        robot.type(KeyCode.ENTER);
        assertThat(view.model().pendingProperty().get())
                .isEqualTo(new MapExerciseModel.Pending(second.from(), second.to()));
        assertThat(bank(robot).isFocused()).isTrue();
        int index = indexOf(bank(robot).getItems(), second.phrase());
        for (int i = 0; i < index; i++) {
            robot.type(KeyCode.DOWN);
        }
        robot.type(KeyCode.ENTER);
        assertThat(view.model().learnerLinks()).hasSize(2);
        assertThat(view.model().learnerLinks().get(1))
                .extracting(LearnerLink::from, LearnerLink::to)
                .containsExactly(second.from(), second.to());

        robot.clickOn("#map-submit");
        long percent = Math.round(200.0 / expected.size());
        assertThat(robot.lookup("#map-score").queryAs(Label.class).getText()).isEqualTo("Score: " + percent + "%");
        for (String id : List.of("learner-1", "learner-2")) {
            assertThat(link(id).getStyleClass()).contains("map-verdict-correct");
            assertThat(phraseOf(link(id))).startsWith("\u2713 ");
            assertThat(link(id).getAccessibleText()).endsWith("(correct)");
        }
        List<Proposition> missed =
                expected.stream().filter(p -> p != first && p != second).toList();
        for (Proposition p : missed) {
            Node dashed = link("missing-" + p.id());
            assertThat(dashed.isVisible()).isTrue();
            assertThat(dashed.getStyleClass()).contains("map-verdict-missing");
        }
        assertThat(robot.lookup("#map-score-counts").queryAs(Label.class).getText())
                .startsWith("2 correct")
                .contains(missed.size() + " missing");
        assertThat(robot.lookup("#map-score-note").queryAs(Label.class).getText())
                .isEqualTo("Saved to your progress.");

        store.close();
        try (ProgressStore fresh = ProgressStore.open(profile)) {
            List<MapAttempt> attempts = fresh.view().mapAttempts(EXERCISE);
            assertThat(attempts).hasSize(1);
            assertThat(attempts.get(0).score()).isEqualTo(2.0 / expected.size());
            JsonNode links = attempts.get(0).payload().get("links");
            assertThat(links.size()).isEqualTo(2);
            assertThat(links.get(0).get(0).asText()).isEqualTo(first.from());
            assertThat(links.get(0).get(1).asText()).isEqualTo(first.phrase().strip());
            assertThat(links.get(0).get(2).asText()).isEqualTo(first.to());
            assertThat(links.get(1).get(2).asText()).isEqualTo(second.to());
        }
    }

    private static int indexOf(List<String> bank, String phrase) {
        for (int i = 0; i < bank.size(); i++) {
            if (Phrases.same(bank.get(i), phrase)) {
                return i;
            }
        }
        throw new AssertionError(phrase + " is not in the bank " + bank);
    }

    @Test
    void deleteUndoAndEscapeAndEachKindOfVerdict(FxRobot robot) {
        Proposition p = sheet.expected().get(0);
        Proposition q = sheet.expected().get(1);
        String otherPhrase = sheet.phraseBank().stream()
                .filter(b -> !q.accepts(b))
                .findFirst()
                .orElseThrow();
        robot.interact(() -> {
            view.model().drawn(p.to(), p.from());
            view.model().choosePhrase(p.phrase());
            view.model().drawn(q.from(), q.to());
            view.model().choosePhrase(otherPhrase);
        });
        assertThat(view.model().links()).hasSize(2);

        robot.interact(() -> robot.lookup("#map-learner-links")
                .queryListView()
                .getSelectionModel()
                .select(0));
        robot.interact(() -> robot.lookup("#map-learner-links").query().requestFocus());
        robot.type(KeyCode.DELETE);
        assertThat(view.model().links()).hasSize(1);
        assertThat(view.canvas().linkGroup("learner-1")).isEmpty();
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(view.model().links())
                .extracting(MapExerciseModel.DrawnLink::id)
                .containsExactly("learner-1", "learner-2");
        assertThat(view.canvas().linkGroup("learner-1")).isPresent();

        robot.interact(() -> box(p.from()).requestFocus());
        robot.type(KeyCode.L);
        robot.type(KeyCode.ESCAPE);
        assertThat(view.model().isDrawing()).isFalse();
        assertThat(view.canvas().rubberBandShown()).isFalse();

        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        assertThat(link("learner-1").getStyleClass()).contains("map-verdict-partial");
        assertThat(phraseOf(link("learner-1"))).startsWith("\u21c4 ");
        assertThat(link("learner-2").getStyleClass()).contains("map-verdict-partial");
        assertThat(phraseOf(link("learner-2"))).startsWith("\u00bd ");
        assertThat(view.model().scoreProperty().get().fraction())
                .isEqualTo(1.0 / sheet.expected().size());

        robot.clickOn("#map-retry");
        assertThat(link("learner-1").getStyleClass()).doesNotContain("map-verdict-partial");
        assertThat(view.canvas().linkGroup("missing-" + sheet.expected().get(2).id()))
                .isEmpty();
        robot.interact(() -> {
            view.model()
                    .drawn(sheet.concepts().get(0).id(), sheet.concepts().get(0).id());
        });
        assertThat(robot.lookup("#map-exercise-prompt").queryAs(Label.class).getText())
                .isEqualTo("A link needs two different concepts.");
    }

    @Test
    void anExtraLinkIsShownForDiscussionAndNeverLowersTheScore(FxRobot robot) {
        Proposition p = sheet.expected().get(0);
        String a = sheet.concepts().get(0).id();
        String b = sheet.concepts().get(sheet.concepts().size() - 1).id();
        robot.interact(() -> {
            view.model().drawn(p.from(), p.to());
            view.model().choosePhrase(p.phrase());
            view.model().drawn(b, a);
            view.model().choosePhrase("commands");
            view.model().submit();
        });
        assertThat(link("learner-2").getStyleClass()).contains("map-verdict-extra");
        assertThat(phraseOf(link("learner-2"))).isEqualTo("+ commands");
        assertThat(view.model().scoreProperty().get().fraction())
                .isEqualTo(1.0 / sheet.expected().size());
    }

    @Test
    void aReadOnlyProfileStillMarksButSaysTheAttemptWasNotSaved(FxRobot robot) {
        ProgressStore second = ProgressStore.open(profile);
        others.add(second);
        assertThat(second.isReadOnly()).isTrue();
        robot.interact(() -> show(second));
        Proposition p = sheet.expected().get(0);
        robot.interact(() -> {
            view.model().drawn(p.from(), p.to());
            view.model().choosePhrase(p.phrase());
        });
        robot.clickOn("#map-submit");
        assertThat(link("learner-1").getStyleClass()).contains("map-verdict-correct");
        assertThat(robot.lookup("#map-score-note").queryAs(Label.class).getText())
                .startsWith("Marked, but not saved: ")
                .contains(second.readOnlyReason().orElseThrow());
        assertThat(store.view().mapAttempts(EXERCISE)).isEmpty();
    }

    @Test
    void inASmallWindowTabReachesTheConceptsWithFocusShownAndSubmitAndTheScoreStayInView(FxRobot robot) {
        robot.interact(() -> {
            view = new MapExerciseView(BundledMap.map(), sheet, store);
            BundledMap.show(stage, (Parent) view.node(), 780, 540);
        });
        robot.interact(() -> bank(robot).requestFocus());
        Node focused = null;
        for (int i = 0; i < 30 && !(focused instanceof ConceptNode); i++) {
            robot.type(KeyCode.TAB);
            focused = stage.getScene().getFocusOwner();
        }
        assertThat(focused).as("Tab reaches a concept").isInstanceOf(ConceptNode.class);
        robot.interact(() -> stage.getScene().getRoot().applyCss());
        javafx.scene.paint.Paint ring = ((javafx.scene.layout.Region) focused)
                .getBackground()
                .getFills()
                .get(0)
                .getFill();
        assertThat(ring).as("the focused concept shows a ring").isNotEqualTo(javafx.scene.paint.Color.TRANSPARENT);
        for (String id : sheet.concepts().stream().map(c -> c.id()).toList()) {
            Node b = box(id);
            javafx.geometry.Bounds in = view.canvas().sceneToLocal(b.localToScene(b.getLayoutBounds()));
            assertThat(in.getMinX() >= 0
                            && in.getMinY() >= 0
                            && in.getMaxX() <= view.canvas().getWidth()
                            && in.getMaxY() <= view.canvas().getHeight())
                    .as("%s is on the canvas", id)
                    .isTrue();
        }
        assertThat(view.canvas().model().zoom()).isGreaterThanOrEqualTo(MapCanvasModel.READABLE_ZOOM - 1e-9);

        String from = ((ConceptNode) focused).conceptId();
        robot.type(KeyCode.L).type(KeyCode.TAB);
        Node to = stage.getScene().getFocusOwner();
        assertThat(to).isInstanceOf(ConceptNode.class).isNotSameAs(focused);
        robot.type(KeyCode.ENTER);
        assertThat(bank(robot).isFocused()).isTrue();
        robot.type(KeyCode.ENTER);
        assertThat(view.model().links()).hasSize(1);
        assertThat(view.model().links().get(0).link().from()).isEqualTo(from);

        Node submit = robot.lookup("#map-submit").query();
        assertThat(inWindow(submit)).as("Submit in view without scrolling").isTrue();
        robot.clickOn(submit);
        Node score = robot.lookup("#map-score").query();
        assertThat(score.isVisible()).isTrue();
        assertThat(inWindow(score)).as("the score in view without scrolling").isTrue();
    }

    private boolean inWindow(Node n) {
        javafx.geometry.Bounds b = n.localToScene(n.getLayoutBounds());
        return b.getMinY() >= 0
                && b.getMaxY() <= stage.getScene().getHeight()
                && b.getMinX() >= 0
                && b.getMaxX() <= stage.getScene().getWidth();
    }
}
