package org.gramscilens.ui.map;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.transform.Scale;
import javax.imageio.ImageIO;
import org.gramscilens.files.AtomicWrite;
import org.gramscilens.map.ConceptMap;
import org.gramscilens.map.Layout;

/**
 * Pictures of a whole map (not just the part in view) as PNG, at twice the screen's resolution so they
 * stay sharp on slides and handouts. A fresh canvas is drawn off screen with the given stylesheets, so
 * the picture never shows a hover, a selection or the current zoom. Very large maps are drawn at a
 * smaller scale so that neither side passes {@value #MAX_SIDE} pixels.
 *
 * <p>Callable from any thread: off the FX thread it starts the JavaFX toolkit if needed and waits.
 * Without a display the toolkit needs a headless platform (Monocle, as the tests use).</p>
 */
public final class MapPng {
    public static final double SCALE = 2;
    static final int MAX_SIDE = 8192;
    private static final double MARGIN = 24;

    private MapPng() {}

    /** The stylesheets of the light theme: theme, app.css, map.css. */
    public static List<String> lightTheme() {
        return theme("light");
    }

    /** @param name {@code light} or {@code dark} */
    public static List<String> theme(String name) {
        return List.of(
                resource("/org/gramscilens/ui/theme-" + name + ".css"),
                resource("/org/gramscilens/ui/app.css"),
                resource("/org/gramscilens/ui/map/map.css"));
    }

    /** What the canvas shows (its filtered part, where the learner put it), in the canvas's own theme. */
    public static void write(MapCanvas canvas, Path file) throws IOException {
        List<String> sheets =
                canvas.getScene() != null && !canvas.getScene().getStylesheets().isEmpty()
                        ? List.copyOf(canvas.getScene().getStylesheets())
                        : lightTheme();
        write(canvas.shownMap(), canvas.currentLayout(), sheets, file);
    }

    /** The map with concepts centred where {@code layout} says, in the light theme. */
    public static void write(ConceptMap map, Layout layout, Path file) throws IOException {
        write(map, layout, lightTheme(), file);
    }

    public static void write(ConceptMap map, Layout layout, List<String> stylesheets, Path file) throws IOException {
        Map<String, Point2D> at = new LinkedHashMap<>();
        layout.concepts().forEach((id, b) -> at.put(id, new Point2D(b.x(), b.y())));
        WritableImage image = onFx(() -> render(map, at, stylesheets));
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        AtomicWrite.write(file, out -> {
            if (!ImageIO.write(buffered, "png", out)) {
                throw new IOException("no PNG writer is available");
            }
        });
    }

    private static WritableImage render(ConceptMap map, Map<String, Point2D> at, List<String> stylesheets) {
        MapCanvas canvas = new MapCanvas(map);
        canvas.setFitOnLayout(false);
        canvas.applyPositions(at);
        Scene scene = new Scene(canvas, 400, 300);
        scene.getStylesheets().setAll(stylesheets);
        canvas.applyCss();
        canvas.layout();
        canvas.world().applyCss();
        canvas.world().layout();
        Bounds b = canvas.world().getBoundsInParent();
        double w = Math.max(1, b.getWidth() + 2 * MARGIN);
        double h = Math.max(1, b.getHeight() + 2 * MARGIN);
        double scale = Math.min(SCALE, MAX_SIDE / Math.max(w, h));
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(new Scale(scale, scale));
        params.setFill(background(canvas));
        params.setViewport(new Rectangle2D(
                (b.getMinX() - MARGIN) * scale,
                (b.getMinY() - MARGIN) * scale,
                Math.ceil(w * scale),
                Math.ceil(h * scale)));
        return canvas.world().snapshot(params, null);
    }

    private static Paint background(MapCanvas canvas) {
        if (canvas.getBackground() != null) {
            for (BackgroundFill fill : canvas.getBackground().getFills()) {
                return fill.getFill();
            }
        }
        return Color.WHITE;
    }

    interface FxWork<T> {
        T run() throws Exception;
    }

    static <T> T onFx(FxWork<T> work) throws IOException {
        try {
            if (Platform.isFxApplicationThread()) {
                return work.run();
            }
            startToolkit();
            CompletableFuture<T> result = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    result.complete(work.run());
                } catch (Exception | Error e) {
                    result.completeExceptionally(e);
                }
            });
            return result.get(2, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            throw new IOException("drawing the map failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while drawing the map", e);
        } catch (TimeoutException e) {
            throw new IOException("drawing the map took longer than two minutes", e);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("drawing the map failed: " + e, e);
        }
    }

    private static void startToolkit() {
        try {
            Platform.startup(() -> {});
        } catch (IllegalStateException alreadyRunning) {
            // The toolkit is up (the app, a test, or an earlier export): use it.
        }
    }

    private static String resource(String path) {
        return MapPng.class.getResource(path).toExternalForm();
    }
}
