package org.gramscilens.ui.map;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Mouse and keys on a {@link MapCanvas}, turned into the canvas's commands. A press on a concept that
 * moves less than a few pixels is a click (select); more is a drag that moves the box or, when link
 * drawing is on, stretches a rubber band to the concept it is dropped on (Shift+drag still moves).
 */
final class CanvasGestures {
    /** Moves shorter than this, in screen pixels, are clicks. */
    private static final double DRAG_SLOP = 4;

    private static final double PAN_STEP = 48;

    private final MapCanvas canvas;
    private BiConsumer<String, String> onLinkDrawn;
    private Consumer<String> onLinkClicked = id -> {};
    private Function<String, ContextMenu> linkMenu = id -> null;
    private ContextMenu shownMenu;

    private String pressedConcept;
    private Point2D pressAt;
    private Point2D pressCentre;
    private boolean dragging;
    private boolean drawing;
    private Point2D panFrom;

    CanvasGestures(MapCanvas canvas) {
        this.canvas = canvas;
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::backgroundPressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::backgroundDragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::backgroundReleased);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    /** Drawing links by dragging from concept to concept; null turns it off (dragging moves boxes). */
    void setOnLinkDrawn(BiConsumer<String, String> handler) {
        onLinkDrawn = handler;
    }

    void setOnLinkClicked(Consumer<String> handler) {
        onLinkClicked = handler;
    }

    /** A context menu for a link (null for none). */
    void setLinkMenu(Function<String, ContextMenu> menu) {
        linkMenu = menu;
    }

    void attach(ConceptNode node) {
        String id = node.conceptId();
        node.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> conceptPressed(id, e));
        node.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> conceptDragged(id, e));
        node.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> conceptReleased(id, e));
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> canvas.hover(id));
        node.addEventHandler(MouseEvent.MOUSE_EXITED, e -> canvas.hover(null));
        node.focusedProperty().addListener((o, was, now) -> focusChanged(id, now));
    }

    void attach(LinkNode node) {
        String id = node.proposition().id();
        node.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> linkClicked(id, e));
        node.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> linkMenuRequested(id, e));
    }

    // ---- concepts ----

    private void conceptPressed(String id, MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        e.consume();
        pressedConcept = id;
        pressAt = canvas.sceneToLocal(e.getSceneX(), e.getSceneY());
        pressCentre = canvas.centreOf(id);
        dragging = false;
        drawing = onLinkDrawn != null && !e.isShiftDown();
    }

    private void conceptDragged(String id, MouseEvent e) {
        if (!id.equals(pressedConcept) || pressCentre == null) {
            return;
        }
        e.consume();
        Point2D at = canvas.sceneToLocal(e.getSceneX(), e.getSceneY());
        Point2D delta = at.subtract(pressAt);
        if (!dragging && delta.magnitude() < DRAG_SLOP) {
            return;
        }
        dragging = true;
        if (drawing) {
            canvas.showRubberBand(id, canvas.model().toMap(at.getX(), at.getY()));
        } else {
            canvas.dragConceptTo(
                    id, pressCentre.add(delta.multiply(1 / canvas.model().zoom())));
        }
    }

    private void conceptReleased(String id, MouseEvent e) {
        if (!id.equals(pressedConcept)) {
            return;
        }
        e.consume();
        pressedConcept = null;
        if (!dragging) {
            canvas.selectByPointer(id);
        } else if (drawing) {
            canvas.hideRubberBand();
            Point2D at = canvas.sceneToLocal(e.getSceneX(), e.getSceneY());
            Optional<String> target = canvas.model().conceptAt(canvas.model().toMap(at.getX(), at.getY()));
            target.filter(t -> !t.equals(id)).ifPresent(t -> onLinkDrawn.accept(id, t));
        } else {
            canvas.conceptDropped(id);
        }
        dragging = false;
    }

    private void focusChanged(String id, boolean focused) {
        if (focused) {
            canvas.conceptFocused(id);
        }
    }

    // ---- links ----

    private void linkClicked(String id, MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY) {
            onLinkClicked.accept(id);
        }
    }

    private void linkMenuRequested(String id, ContextMenuEvent e) {
        ContextMenu menu = linkMenu.apply(id);
        if (menu != null) {
            if (shownMenu != null) {
                shownMenu.hide();
            }
            shownMenu = menu;
            menu.show(canvas, e.getScreenX(), e.getScreenY());
            e.consume();
        }
    }

    // ---- the background: pan and zoom ----

    private void backgroundPressed(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY) {
            canvas.requestFocus();
            panFrom = new Point2D(e.getX(), e.getY());
        }
    }

    private void backgroundDragged(MouseEvent e) {
        if (panFrom != null) {
            canvas.model().panBy(e.getX() - panFrom.getX(), e.getY() - panFrom.getY());
            panFrom = new Point2D(e.getX(), e.getY());
        }
    }

    private void backgroundReleased(MouseEvent e) {
        panFrom = null;
    }

    private void scrolled(ScrollEvent e) {
        canvas.model().zoomAt(Math.pow(1.0025, e.getDeltaY()), e.getX(), e.getY());
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        MapKeys.Command command = MapKeys.of(e);
        String focused = e.getTarget() instanceof ConceptNode n ? n.conceptId() : null;
        switch (command) {
            case ZOOM_IN -> canvas.zoomIn();
            case ZOOM_OUT -> canvas.zoomOut();
            case FIT -> canvas.fit();
            case ACTIVATE -> {
                if (focused == null) {
                    return;
                }
                canvas.selectAndFocus(focused);
            }
            case UP, DOWN, LEFT, RIGHT -> arrow(focused, command);
            case NONE -> {
                return;
            }
        }
        e.consume();
    }

    private void arrow(String focused, MapKeys.Command command) {
        MapNavigation.Direction d = MapNavigation.Direction.valueOf(command.name());
        if (focused != null) {
            canvas.navigate(focused, d);
            return;
        }
        switch (d) {
            case UP -> canvas.model().panBy(0, PAN_STEP);
            case DOWN -> canvas.model().panBy(0, -PAN_STEP);
            case LEFT -> canvas.model().panBy(PAN_STEP, 0);
            case RIGHT -> canvas.model().panBy(-PAN_STEP, 0);
        }
    }
}
