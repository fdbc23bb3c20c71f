package org.gramscilens.ui.present;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.gramscilens.course.Course;
import org.gramscilens.markdown.TextBlock;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Starts a real presentation (windows, keys, speaker view) and reads what it shows. */
final class PresentFixture {
    final Presenter presenter;
    final MutableClock clock;

    private PresentFixture(Presenter presenter, MutableClock clock) {
        this.presenter = presenter;
        this.clock = clock;
    }

    /**
     * Call in {@code @Start}: the presentation opens not full screen on the only (headless) screen, with
     * the speaker view in the same window (S).
     */
    static PresentFixture present(Stage owner, Course course, String lessonId) {
        return present(owner, course, lessonId, Presenter.Options.defaults());
    }

    static PresentFixture present(Stage owner, Course course, String lessonId, Presenter.Options options) {
        MutableClock clock = new MutableClock();
        Presenter p = Presenter.present(
                owner,
                course,
                course.lesson(lessonId).orElseThrow(),
                options.withFullScreen(false).withDark(true).withClock(clock));
        return new PresentFixture(p, clock);
    }

    PresentationModel model() {
        return presenter.model();
    }

    PresentationWindow window() {
        return presenter.window();
    }

    /** The view of the slide on the projected page. */
    SlideView slide() {
        return window().current();
    }

    /** Visible text under {@code root}: labels and lesson text blocks, one per line. */
    static String text(Node root) {
        StringBuilder b = new StringBuilder();
        for (Node n : root.lookupAll("*")) {
            if (!visible(n, root)) {
                continue;
            }
            if (n instanceof TextBlock t) {
                b.append(t.plainText()).append('\n');
            } else if (n instanceof Label l) {
                b.append(l.getText()).append('\n');
            }
        }
        return b.toString();
    }

    /** Whether {@code n} and everything between it and {@code root} is visible. */
    static boolean visible(Node n, Node root) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
            if (p == root) {
                return true;
            }
        }
        return true;
    }

    static <T extends Node> List<T> all(Node root, String selector, Class<T> type) {
        List<T> out = new ArrayList<>();
        root.lookupAll(selector).forEach(n -> out.add(type.cast(n)));
        return out;
    }

    void close(FxRobot robot) {
        robot.interact(presenter::close);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
