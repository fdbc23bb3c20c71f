package org.gramscilens.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.testfx.api.FxToolkit;

/** Starts the toolkit once (through TestFX, so other TestFX tests can share it) and walks node trees. */
abstract class FxTestSupport {
    static final String THEME =
            FxTestSupport.class.getResource("test-theme.css").toExternalForm();

    private final List<Stage> stages = new ArrayList<>();

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeStages() throws Exception {
        List<Stage> open = List.copyOf(stages);
        stages.clear();
        fx(() -> {
            open.forEach(Stage::close);
            return null;
        });
    }

    /** Runs on the FX thread and waits for the result. */
    static <T> T fx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get(20, TimeUnit.SECONDS);
    }

    static void fxRun(Runnable work) throws Exception {
        fx(() -> {
            work.run();
            return null;
        });
    }

    /** Shows the node in a themed window of the given width, with CSS applied and laid out. */
    Stage show(Node node, double width) throws Exception {
        Stage stage = fx(() -> {
            StackPane root = new StackPane(node);
            Scene scene = new Scene(root, width, 800);
            scene.getStylesheets().add(THEME);
            Stage s = new Stage();
            s.setScene(scene);
            s.show();
            root.applyCss();
            root.layout();
            return s;
        });
        stages.add(stage);
        return stage;
    }

    /** Every node below (and including) root, looking into scroll panes' content. */
    static Stream<Node> descendants(Node root) {
        List<Node> all = new ArrayList<>();
        collect(root, all);
        return all.stream();
    }

    private static void collect(Node node, List<Node> into) {
        into.add(node);
        if (node instanceof ScrollPane scroll) {
            if (scroll.getContent() != null) {
                collect(scroll.getContent(), into);
            }
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, into));
        }
    }

    static List<Node> withClass(Node root, String styleClass) {
        return descendants(root)
                .filter(n -> n.getStyleClass().contains(styleClass))
                .toList();
    }

    static <T extends Node> List<T> ofType(Node root, Class<T> type) {
        return descendants(root).filter(type::isInstance).map(type::cast).toList();
    }

    static List<Text> texts(Node root) {
        return ofType(root, Text.class);
    }

    static Text textWithClass(Node root, String styleClass) {
        List<Node> found = withClass(root, styleClass);
        if (found.size() != 1) {
            throw new AssertionError("expected one node with class " + styleClass + ", found " + found);
        }
        return (Text) found.get(0);
    }
}
