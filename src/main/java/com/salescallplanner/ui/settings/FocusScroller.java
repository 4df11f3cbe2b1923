package com.salescallplanner.ui.settings;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/**
 * Scrolls a page so that the field the keyboard moves to is in view: JavaFX's ScrollPane does
 * not, and the Settings page is taller than the window (Tab through the ladder would otherwise
 * lose the field off screen).
 */
public final class FocusScroller {
    private static final double MARGIN = 12;

    private FocusScroller() {
    }

    /** Follows the focus within {@code pane}'s content for as long as the pane is in a scene. */
    public static void follow(ScrollPane pane) {
        ChangeListener<Node> onFocus = (obs, old, focused) -> {
            if (focused != null && isInside(focused, pane.getContent())) {
                reveal(pane, focused);
            }
        };
        pane.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(onFocus);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(onFocus);
            }
        });
        Scene now = pane.getScene();
        if (now != null) {
            now.focusOwnerProperty().addListener(onFocus);
        }
    }

    /** Scrolls vertically by the least amount that shows the whole node (or its top when taller). */
    static void reveal(ScrollPane pane, Node node) {
        Node content = pane.getContent();
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewHeight = pane.getViewportBounds().getHeight();
        double range = contentHeight - viewHeight;
        if (range <= 0) {
            return;
        }
        Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double offset = pane.getVvalue() * range;
        double target = offset;
        if (b.getMaxY() + MARGIN > offset + viewHeight) {
            target = b.getMaxY() + MARGIN - viewHeight;
        }
        if (b.getMinY() - MARGIN < target) {
            target = b.getMinY() - MARGIN;
        }
        pane.setVvalue(Math.max(0, Math.min(1, target / range)));
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
