package org.gramscilens.ui.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Line;
import javafx.stage.Stage;
import org.gramscilens.map.Concept;
import org.gramscilens.map.ConceptMap;
import org.gramscilens.map.Proposition;
import org.gramscilens.progress.ProgressStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The map page on the bundled course's map, driven by mouse and keys. */
@ExtendWith(ApplicationExtension.class)
class MapViewTest {
    private final List<String> lessons = new ArrayList<>();
    private final List<String> glossary = new ArrayList<>();
    private Path dataDir;
    private ProgressStore store;
    private Stage stage;
    private MapView view;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        dataDir = Files.createTempDirectory("map-view-test");
        store = ProgressStore.open(dataDir.resolve("profile"));
        view = new MapView(BundledMap.course(), BundledMap.map(), actions(store));
        BundledMap.show(stage, (Parent) view.node(), 1200, 800);
    }

    @AfterEach
    void closeAll(FxRobot robot) {
        robot.interact(() -> new ArrayList<>(javafx.stage.Window.getWindows())
                .stream().filter(w -> w != stage).forEach(javafx.stage.Window::hide));
        store.close();
    }

    private MapViewActions actions(ProgressStore s) {
        return new MapViewActions(lessons::add, glossary::add, MapPositions.inProfile(s));
    }

    private MapCanvas canvas() {
        return view.canvas();
    }

    private Node box(String id) {
        return canvas().conceptBox(id).orElseThrow();
    }

    /** Centre of a concept's box on the canvas, in the canvas's coordinates. */
    private Point2D onCanvas(String id) {
        Bounds b = canvas().sceneToLocal(box(id).localToScene(box(id).getBoundsInLocal()));
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    @Test
    void everyConceptAndLinkHasANodeThatSaysWhatItIs(FxRobot robot) {
        ConceptMap map = BundledMap.map();
        for (Concept c : map.concepts()) {
            Node n = box(c.id());
            String group = map.group(c.group()).orElseThrow().label();
            assertThat(n.getAccessibleText()).isEqualTo("Concept: " + c.label() + ", " + group);
            assertThat(n.isFocusTraversable()).isTrue();
        }
        assertThat(box("hegemony").getAccessibleText()).isEqualTo("Concept: Hegemony, Gramsci, and Therborn's cadres");
        for (Proposition p : map.propositions()) {
            Node link = canvas().linkGroup(p.id()).orElseThrow();
            assertThat(link.getAccessibleText())
                    .isEqualTo(map.concept(p.from()).orElseThrow().label() + " \u2014 " + p.phrase() + " \u2014 "
                            + map.concept(p.to()).orElseThrow().label());
        }
        assertThat(robot.lookup(".map-concept").queryAll())
                .hasSize(map.concepts().size());
        assertThat(robot.lookup("#map-broken").tryQuery()).isEmpty();
    }

    @Test
    void clickingOrEnterChoosesAConceptAndItsLessonOpensFromThePanel(FxRobot robot) {
        robot.interact(() -> canvas().centreOn("cadres"));
        robot.clickOn(box("cadres"));
        assertThat(canvas().selectedConceptProperty().get().id()).isEqualTo("cadres");
        assertThat(robot.lookup("#map-panel-title").queryAs(Label.class).getText())
                .isEqualTo("Cadres");
        assertThat(robot.lookup("#map-panel-definition").queryAs(Label.class).getText())
                .isEqualTo(BundledMap.map().concept("cadres").orElseThrow().definition());
        assertThat(box("cadres").getPseudoClassStates())
                .extracting(Object::toString)
                .contains("selected");

        robot.interact(() -> box("hegemony").requestFocus());
        robot.type(KeyCode.ENTER);
        assertThat(canvas().selectedConceptProperty().get().id()).isEqualTo("hegemony");
        assertThat(robot.lookup("#map-panel-title").queryAs(Label.class).getText())
                .isEqualTo("Hegemony");

        robot.clickOn("#map-open-lesson");
        assertThat(lessons).containsExactly("gramscis-vocabulary#hegemony-as-common-sense");
        String lessonId = lessons.get(0).substring(0, lessons.get(0).indexOf('#'));
        assertThat(BundledMap.course().lesson(lessonId))
                .as("a lesson the course has")
                .isPresent();
        robot.clickOn("#map-open-glossary");
        assertThat(glossary).containsExactly("hegemony");
        assertThat(BundledMap.course().term("hegemony")).isPresent();
    }

    @Test
    void thePanelShowsEachLinksBasisUnderIt(FxRobot robot) {
        robot.interact(() -> canvas().selectAndFocus("cadres"));
        List<String> bases = robot.lookup(".map-panel-basis").queryAllAs(Label.class).stream()
                .filter(Node::isVisible)
                .map(Label::getText)
                .toList();
        // cadres: trusted by practitioners (Therborn, pages from the deck), prone to failings (deck S13),
        // echoed by credibility (the course's reading)
        assertThat(bases)
                .contains(
                        "Source: Therborn 1980, pp. 58-59",
                        "Source: the deck, S13",
                        "The course\u2019s interpretation (no source states it)");
    }

    private static boolean has(Node n, String pseudoClass) {
        return n.getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals(pseudoClass));
    }

    @Test
    void hoveringAConceptHighlightsItsNeighboursAndDimsTheRest(FxRobot robot) {
        robot.interact(() -> canvas().centreOn("hegemony"));
        robot.moveTo(box("hegemony"));
        java.util.Set<String> near = canvas().model().neighbours("hegemony");
        assertThat(near).isNotEmpty();
        for (Concept c : BundledMap.map().concepts()) {
            boolean close = c.id().equals("hegemony") || near.contains(c.id());
            assertThat(has(box(c.id()), "dimmed")).as(c.id()).isEqualTo(!close);
            assertThat(has(box(c.id()), "neighbour")).as(c.id()).isEqualTo(near.contains(c.id()));
        }
        for (Proposition p : BundledMap.map().propositions()) {
            Node link = canvas().linkGroup(p.id()).orElseThrow();
            assertThat(has(link, "highlight")).as(p.id()).isEqualTo(p.touches("hegemony"));
            assertThat(has(link, "dimmed")).as(p.id()).isEqualTo(!p.touches("hegemony"));
        }
        robot.moveTo("#map-status");
        assertThat(BundledMap.map().concepts()).noneMatch(c -> has(box(c.id()), "dimmed"));
    }

    @Test
    void filteringByGroupHidesTheOtherConceptsAndTheirLinks(FxRobot robot) {
        robot.clickOn("#map-group");
        robot.clickOn(robot.lookup(".list-cell")
                .match(n -> "Gramsci, and Therborn's cadres".equals(((javafx.scene.control.ListCell<?>) n).getText()))
                .queryAs(Node.class));
        ConceptMap map = BundledMap.map();
        for (Concept c : map.concepts()) {
            assertThat(box(c.id()).isVisible()).as(c.id()).isEqualTo("gramsci".equals(c.group()));
        }
        for (Proposition p : map.propositions()) {
            boolean inside = "gramsci"
                            .equals(map.concept(p.from()).orElseThrow().group())
                    && "gramsci".equals(map.concept(p.to()).orElseThrow().group());
            assertThat(canvas().linkGroup(p.id()).orElseThrow().isVisible())
                    .as(p.id())
                    .isEqualTo(inside);
        }
        assertThat(robot.lookup("#map-status").queryAs(Label.class).getText())
                .startsWith(map.forGroup("gramsci").concepts().size() + " of "
                        + map.concepts().size());
    }

    @Test
    void findSelectsAndCentresTheConceptAndEnterGoesToTheNextMatch(FxRobot robot) {
        robot.clickOn("#map-find").write("subaltern");
        assertThat(canvas().selectedConceptProperty().get().id()).isEqualTo("subaltern-status");
        Point2D at = onCanvas("subaltern-status");
        assertThat(at.getX()).isCloseTo(canvas().getWidth() / 2, within(2.0));
        assertThat(at.getY()).isCloseTo(canvas().getHeight() / 2, within(2.0));

        robot.interact(() -> robot.lookup("#map-find").queryTextInputControl().clear());
        robot.clickOn("#map-find").write("sense");
        assertThat(canvas().selectedConceptProperty().get().id()).isEqualTo("common-sense");
        robot.type(KeyCode.ENTER);
        assertThat(canvas().selectedConceptProperty().get().id()).isEqualTo("good-sense");
        assertThat(onCanvas("good-sense").getX()).isCloseTo(canvas().getWidth() / 2, within(2.0));
        robot.type(KeyCode.ENTER);
        assertThat(canvas().selectedConceptProperty().get().id()).isEqualTo("common-sense");
    }

    @Test
    void draggingAConceptMovesItsBoxAndArrowsAndIsRememberedForTheProfile(FxRobot robot) throws Exception {
        robot.interact(() -> canvas().centreOn("cadres"));
        Node cadres = box("cadres");
        Proposition incident = BundledMap.map().propositions().stream()
                .filter(p -> p.touches("cadres"))
                .findFirst()
                .orElseThrow();
        Proposition elsewhere = BundledMap.map().propositions().stream()
                .filter(p -> !p.touches("cadres"))
                .findFirst()
                .orElseThrow();
        Line arrow = line(incident);
        Line other = line(elsewhere);
        double[] before = {
            cadres.getLayoutX(),
            cadres.getLayoutY(),
            arrow.getStartX() + arrow.getEndX(),
            other.getStartX(),
            other.getEndX()
        };
        Point2D centreBefore = canvas().positions().get("cadres");
        double zoom = canvas().model().zoom();

        robot.drag(cadres).moveBy(30, 20).moveBy(50, 20).drop();

        assertThat(cadres.getLayoutX() - before[0]).isCloseTo(80 / zoom, within(2.0));
        assertThat(cadres.getLayoutY() - before[1]).isCloseTo(40 / zoom, within(2.0));
        assertThat(arrow.getStartX() + arrow.getEndX()).as("the arrow follows").isNotCloseTo(before[2], within(1.0));
        assertThat(new double[] {other.getStartX(), other.getEndX()})
                .as("other arrows stay")
                .containsExactly(before[3], before[4]);
        Point2D centre = canvas().positions().get("cadres");
        assertThat(centre.getX() - centreBefore.getX()).isCloseTo(80 / zoom, within(2.0));
        assertThat(canvas().selectedConceptProperty().get())
                .as("a drag is not a click")
                .isNull();

        var saved = MapPositions.inProfile(store).load("course");
        assertThat(saved).containsOnlyKeys("cadres");
        assertThat(saved.get("cadres").getX()).isCloseTo(centre.getX(), within(0.1));

        robot.interact(() -> {
            view = new MapView(BundledMap.course(), BundledMap.map(), actions(store));
            BundledMap.show(stage, (Parent) view.node(), 1200, 800);
        });
        assertThat(canvas().positions().get("cadres").getX())
                .as("the next visit finds it there")
                .isCloseTo(centre.getX(), within(0.1));
    }

    private Line line(Proposition p) {
        return (Line) ((Parent) canvas().linkGroup(p.id()).orElseThrow())
                .getChildrenUnmodifiable()
                .get(0);
    }

    @Test
    void arrowKeysMoveTheSelectionToTheNearestConceptThatWay(FxRobot robot) {
        robot.interact(() -> canvas().selectAndFocus("hegemony"));
        Map<String, Point2D> at = canvas().positions();
        Point2D start = at.get("hegemony");
        robot.type(KeyCode.RIGHT);
        String right = canvas().selectedConceptProperty().get().id();
        assertThat(right).isNotEqualTo("hegemony");
        assertThat(at.get(right).getX()).isGreaterThan(start.getX());
        assertThat(box(right).isFocused()).isTrue();
        robot.type(KeyCode.LEFT);
        String back = canvas().selectedConceptProperty().get().id();
        assertThat(at.get(back).getX()).isLessThan(at.get(right).getX());
        assertThat(canvas().model().neighbours(right))
                .as("a linked concept comes first")
                .contains(back);
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#map-panel-title").queryAs(Label.class).getText())
                .isEqualTo(BundledMap.map().concept(back).orElseThrow().label());
    }

    @Test
    void theMapOpensWholeOrAtAReadableScaleWithTheToolbarOnOneLineAndAClickDoesNotPan(FxRobot robot) {
        for (double[] size : new double[][] {{780, 540}, {1000, 700}, {1270, 790}}) {
            robot.interact(() -> {
                view = new MapView(BundledMap.course(), BundledMap.map(), MapViewActions.none());
                BundledMap.show(stage, (Parent) view.node(), size[0], size[1]);
            });
            assertFramedReadably();
            Node bar = robot.lookup(".map-toolbar").query();
            Node find = robot.lookup("#map-find").query();
            Node more = robot.lookup("#map-more").query();
            assertThat(more.localToScene(more.getLayoutBounds()).getMinY())
                    .as("one line at %s px", size[0])
                    .isLessThan(find.localToScene(find.getLayoutBounds()).getMaxY());
            assertThat(more.localToScene(more.getLayoutBounds()).getMaxX())
                    .isLessThanOrEqualTo(bar.localToScene(bar.getLayoutBounds()).getMaxX());
            // The panel (270 px), the divider and the padding take the rest; at 1270 px that measured
            // 928 px in a full run and 990 px alone, so the bound leaves room for that difference.
            assertThat(canvas().getWidth())
                    .as("the canvas takes the room beside the panel")
                    .isGreaterThan(size[0] - 360);
        }
        Node phrase = robot.lookup(".map-link-phrase").query();
        double font = ((Label) phrase).getFont().getSize() * canvas().model().zoom();
        assertThat(font).as("link labels at least 11 px on screen").isGreaterThanOrEqualTo(11 - 1e-6);

        Node shown = canvas().conceptNodes().stream()
                .filter(n -> inCanvas(n))
                .findFirst()
                .orElseThrow();
        double panX = canvas().model().panXProperty().get();
        double panY = canvas().model().panYProperty().get();
        robot.clickOn(shown);
        assertThat(shown.isFocused()).isTrue();
        assertThat(canvas().selectedConceptProperty().get()).isNotNull();
        assertThat(canvas().model().panXProperty().get())
                .as("a click selects, never pans")
                .isEqualTo(panX);
        assertThat(canvas().model().panYProperty().get()).isEqualTo(panY);
    }

    private boolean inCanvas(Node n) {
        Bounds b = canvas().sceneToLocal(n.localToScene(n.getLayoutBounds()));
        return b.getMinX() > 40
                && b.getMinY() > 40
                && b.getMaxX() < canvas().getWidth() - 40
                && b.getMaxY() < canvas().getHeight() - 40;
    }

    /** Every concept inside the canvas, or the smallest readable zoom with the top of the map in view. */
    private void assertFramedReadably() {
        double z = canvas().model().zoom();
        assertThat(z).as("never below a readable scale").isGreaterThanOrEqualTo(MapCanvasModel.READABLE_ZOOM - 1e-9);
        Bounds all = canvas().sceneToLocal(
                        canvas().world().localToScene(canvas().world().getBoundsInLocal()));
        if (z > MapCanvasModel.READABLE_ZOOM + 1e-9) {
            assertThat(all.getMinX()).isGreaterThanOrEqualTo(0);
            assertThat(all.getMinY()).isGreaterThanOrEqualTo(0);
            assertThat(all.getMaxX()).isLessThanOrEqualTo(canvas().getWidth());
            assertThat(all.getMaxY()).isLessThanOrEqualTo(canvas().getHeight());
        } else {
            assertThat(all.getMinY()).as("the top of the map shows").isBetween(0.0, 60.0);
        }
    }

    @Test
    void tabWalksTheConceptsAndCtrlZeroFitsTheWholeMap(FxRobot robot) {
        robot.interact(() -> box("hegemony").requestFocus());
        robot.type(KeyCode.TAB);
        Node focused = stage.getScene().getFocusOwner();
        assertThat(focused.getStyleClass()).contains("map-concept");
        assertThat(focused).isSameAs(box("common-sense"));
        robot.interact(() -> canvas().model().zoomAt(0.3, 0, 0));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        assertFramedReadably();
        double fitted = canvas().model().zoom();
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        assertThat(canvas().model().zoom()).isGreaterThan(fitted);
    }

    @Test
    void pngExportWritesAPictureOfTheWholeMapAtTwiceTheSize(FxRobot robot) throws Exception {
        Path png = dataDir.resolve("out/map.png");
        robot.interact(() -> view.exportPng(png));
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
        assertThat(bytes.length).isGreaterThan(50_000);
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        Bounds world = canvas().world().getBoundsInLocal();
        assertThat((double) image.getWidth()).isCloseTo(2 * world.getWidth(), within(2 * 48.0 + 4));
        assertThat(robot.lookup("#map-status").queryAs(Label.class).getText()).isEqualTo("Saved map.png");
    }

    @Test
    void aPngCanBeWrittenFromAnyThreadWithoutAView() throws Exception {
        Path png = dataDir.resolve("plain.png");
        ConceptMap map = BundledMap.map().forLesson("cadres");
        MapView.writePng(map, new org.gramscilens.map.MapLayout().layout(map), png);
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThan(300);
        assertThat(image.getHeight()).isGreaterThan(200);
    }

    @Test
    void importingAFileThatIsNotCxlShowsWhyAndKeepsTheMap(FxRobot robot) throws Exception {
        Path bad = dataDir.resolve("broken.cxl");
        Files.writeString(bad, "<?xml version=\"1.0\"?>\n<cmap>\n  <map>\n    <concept-list>\n</cmap>\n");
        robot.interact(() -> view.importCxl(bad));
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> robot.lookup("#map-error-dialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#map-error-dialog").queryAs(DialogPane.class);
        assertThat(dialog.getContentText())
                .contains("broken.cxl")
                .containsPattern(":\\d+: ")
                .doesNotContain("Exception");
        assertThat(dialog.getHeaderText()).isEqualTo("This is not a concept map Gramsci Lens can read");
        assertThat(view.showingImport()).isFalse();
        assertThat(robot.lookup(".map-concept").queryAll())
                .hasSize(BundledMap.map().concepts().size());
    }

    @Test
    void aCxlExportImportsBackAndBackReturnsToTheCourseMap(FxRobot robot) throws Exception {
        Path cxl = dataDir.resolve("map.cxl");
        robot.interact(() -> view.exportCxl(cxl));
        robot.interact(() -> view.importCxl(cxl));
        assertThat(view.showingImport()).isTrue();
        assertThat(robot.lookup(".map-concept").queryAll())
                .hasSize(BundledMap.map().concepts().size());
        assertThat(robot.lookup("#map-back").query().isVisible()).isTrue();
        assertThat(robot.lookup("#map-module").query().isVisible())
                .as("modules mean nothing in an import")
                .isFalse();
        robot.clickOn("#map-back");
        assertThat(view.showingImport()).isFalse();
        assertThat(robot.lookup("#map-module").query().isVisible()).isTrue();
    }

    @Test
    void aMapWithBrokenPartsDrawsTheRestAndListsThem(FxRobot robot) {
        robot.interact(() -> {
            view = new MapView(BundledMap.course(), BundledMap.withBrokenLink(), MapViewActions.none());
            BundledMap.show(stage, (Parent) view.node(), 1200, 800);
        });
        Label badge = robot.lookup("#map-broken").queryAs(Label.class);
        assertThat(badge.isVisible()).isTrue();
        assertThat(badge.getText())
                .contains("1 link of the map cannot be drawn")
                .contains("hegemony \u2014 haunts \u2014 ghost")
                .contains("no concept \u201cghost\u201d");
        assertThat(robot.lookup(".map-concept").queryAll())
                .hasSize(BundledMap.map().concepts().size());
        assertThat(robot.lookup(".map-link").queryAll())
                .hasSize(BundledMap.map().propositions().size());
    }

    @Test
    void aLessonShowsItsPartOfTheMapWithoutTheModuleFilter(FxRobot robot) {
        robot.interact(() -> {
            view = MapView.forLesson(BundledMap.course(), BundledMap.map(), "cadres", MapViewActions.none());
            BundledMap.show(stage, (Parent) view.node(), 1000, 700);
        });
        ConceptMap part = BundledMap.map().forLesson("cadres");
        assertThat(part.concepts())
                .isNotEmpty()
                .hasSizeLessThan(BundledMap.map().concepts().size());
        assertThat(robot.lookup(".map-concept").queryAll())
                .hasSize(part.concepts().size());
        assertThat(robot.lookup("#map-module").query().isVisible()).isFalse();
        assertThat(view.toolbar().moreItems())
                .filteredOn(i -> "map-import-cxl".equals(i.getId()))
                .singleElement()
                .matches(i -> !i.isVisible(), "import hidden in a lesson");
        @SuppressWarnings("unchecked")
        ComboBox<MapViewModel.Choice> group = robot.lookup("#map-group").queryAs(ComboBox.class);
        assertThat(group.getItems()).isNotEmpty();
    }
}
