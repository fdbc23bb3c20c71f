package org.gramscilens.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.gramscilens.map.ConceptMap;
import org.gramscilens.map.Proposition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Reveal mode: every concept at once, the links one per step in the map's order. */
@ExtendWith(ApplicationExtension.class)
class MapRevealPaneTest {
    private MapRevealPane pane;

    @Start
    void start(Stage stage) {
        pane = new MapRevealPane(BundledMap.map().forModule(firstModuleWithLinks()));
        BundledMap.show(stage, (Parent) pane.node(), 1100, 750);
    }

    private static String firstModuleWithLinks() {
        return BundledMap.course().modules().stream()
                .map(m -> m.id())
                .filter(id -> BundledMap.map().forModule(id).propositions().size() >= 3)
                .findFirst()
                .orElseThrow();
    }

    private long shownLinks(FxRobot robot) {
        return robot.lookup(".map-link").queryAll().stream()
                .filter(Node::isVisible)
                .count();
    }

    private List<Node> newest(FxRobot robot) {
        return robot.lookup(".map-link").queryAll().stream()
                .filter(n -> n.getPseudoClassStates().stream()
                        .anyMatch(p -> p.getPseudoClassName().equals("newest")))
                .toList();
    }

    @Test
    void stepsFromNoLinksToAllAndBackHighlightingTheNewest(FxRobot robot) {
        ConceptMap map = BundledMap.map().forModule(firstModuleWithLinks());
        List<Proposition> order = map.propositions();
        assertThat(pane.total()).isEqualTo(order.size());
        assertThat(pane.revealedProperty().get()).isZero();
        assertThat(shownLinks(robot)).isZero();
        assertThat(robot.lookup(".map-concept").queryAll())
                .hasSize(map.concepts().size())
                .allMatch(n -> ((Node) n).isVisible());

        for (int i = 1; i <= pane.total(); i++) {
            robot.interact(pane::revealNext);
            assertThat(pane.revealedProperty().get()).isEqualTo(i);
            assertThat(shownLinks(robot)).isEqualTo(i);
            Proposition p = order.get(i - 1);
            assertThat(newest(robot)).singleElement().extracting(Node::getId).isEqualTo("map-link-" + p.id());
            assertThat(robot.lookup("#map-reveal-caption").queryAs(Label.class).getText())
                    .contains(p.phrase());
        }
        robot.interact(pane::revealNext);
        assertThat(pane.revealedProperty().get()).as("stops at the last").isEqualTo(pane.total());
        assertThat(robot.lookup("#map-reveal-count").queryAs(Label.class).getText())
                .isEqualTo(pane.total() + " of " + pane.total());

        robot.interact(pane::revealPrevious);
        assertThat(shownLinks(robot)).isEqualTo(pane.total() - 1);
        assertThat(newest(robot))
                .singleElement()
                .extracting(Node::getId)
                .isEqualTo("map-link-" + order.get(pane.total() - 2).id());
        for (int i = pane.total() - 1; i > 0; i--) {
            robot.interact(pane::revealPrevious);
        }
        assertThat(pane.revealedProperty().get()).isZero();
        assertThat(shownLinks(robot)).isZero();
        assertThat(newest(robot)).isEmpty();
        robot.interact(pane::revealPrevious);
        assertThat(pane.revealedProperty().get()).isZero();
    }
}
