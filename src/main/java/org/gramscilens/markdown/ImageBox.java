package org.gramscilens.markdown;

import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Orientation;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;

/**
 * An image of the lesson, loaded in the background, shown at its natural size but never wider than
 * the column (scaled down with its proportions kept).
 */
final class ImageBox extends Region {
    private final ImageView view;
    private final String src;

    private ImageBox(Image image, String src, String alt) {
        this.src = src;
        view = new ImageView(image);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        view.setAccessibleText(alt);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setAccessibleText(alt);
        getStyleClass().add("md-image");
        getChildren().add(view);
        // Background loading reports on the FX thread.
        image.progressProperty().addListener((o, was, is) -> requestLayout());
        image.errorProperty().addListener((o, was, is) -> {
            if (is) {
                getChildren().setAll(missing(Messages.get("image.unreadable", src)));
            }
        });
    }

    /** The image if the file was found; otherwise a label naming the path. */
    static Node create(String src, String alt, Optional<Path> file) {
        if (file.isEmpty()) {
            return missing(Messages.get("image.missing", src));
        }
        Image image = new Image(file.get().toUri().toString(), true);
        return new ImageBox(image, src, alt == null ? "" : alt);
    }

    private static Label missing(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("md-image-missing");
        label.setWrapText(true);
        return label;
    }

    ImageView view() {
        return view;
    }

    String source() {
        return src;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    private double naturalWidth() {
        Image image = view.getImage();
        return image == null || image.isError() ? 0 : image.getWidth();
    }

    private double scaledHeight(double width) {
        Image image = view.getImage();
        if (image == null || image.getWidth() <= 0) {
            return 0;
        }
        double shown = width < 0 ? image.getWidth() : Math.min(width, image.getWidth());
        return image.getHeight() * shown / image.getWidth();
    }

    @Override
    protected double computePrefWidth(double height) {
        if (getChildren().get(0) != view) {
            return super.computePrefWidth(height);
        }
        return snappedLeftInset() + naturalWidth() + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        if (getChildren().get(0) != view) {
            return super.computePrefHeight(width);
        }
        double inner = width < 0 ? -1 : width - snappedLeftInset() - snappedRightInset();
        return snappedTopInset() + scaledHeight(inner) + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        Node child = getChildren().get(0);
        double inner = getWidth() - snappedLeftInset() - snappedRightInset();
        if (child == view) {
            view.setFitWidth(Math.max(0, Math.min(inner, naturalWidth())));
            view.relocate(snappedLeftInset(), snappedTopInset());
        } else {
            layoutInArea(
                    child,
                    snappedLeftInset(),
                    snappedTopInset(),
                    inner,
                    getHeight() - snappedTopInset() - snappedBottomInset(),
                    0,
                    javafx.geometry.HPos.LEFT,
                    javafx.geometry.VPos.TOP);
        }
    }
}
