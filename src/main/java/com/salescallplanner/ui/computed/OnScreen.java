package com.salescallplanner.ui.computed;

import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;

/**
 * Whether a view is on screen: in a scene and visible. Views tell their view model, which then
 * skips recomputing figures nobody is looking at.
 */
public final class OnScreen {
    private OnScreen() {
    }

    /**
     * Calls {@code onChange} now and whenever the node comes on or goes off screen.
     *
     * @return the binding, which the caller must keep (listeners do not keep it alive)
     */
    public static BooleanBinding track(Node node, Consumer<Boolean> onChange) {
        BooleanBinding showing = Bindings.createBooleanBinding(() -> node.getScene() != null && node.isVisible(),
                node.sceneProperty(), node.visibleProperty());
        showing.addListener((o, was, is) -> onChange.accept(is));
        onChange.accept(showing.get());
        return showing;
    }
}
