package com.salescallplanner.ui;

import javafx.scene.Node;

/** One page of the main window: its node, and what happens when the rep leaves it. */
public interface PageView {
    Node node();

    /** Called before navigating away; false keeps the rep on the page (e.g. unsaved plan kept). */
    default boolean canLeave() {
        return true;
    }

    /** Called once the page is gone: drop listeners on the workspace, stop timers. */
    default void dispose() {
    }

    /** Gives the keyboard focus to the page's first field. */
    default void focusFirst() {
    }

    /**
     * A key typed anywhere in the window while this page shows, before the focused control sees
     * it; returns true when the page used it (e.g. 1 and 2 in call mode).
     */
    default boolean onKey(javafx.scene.input.KeyEvent event) {
        return false;
    }

    static PageView of(Node node) {
        return () -> node;
    }
}
