package com.salescallplanner.ui.shell;

import javafx.scene.input.KeyCombination;

/**
 * One keyboard shortcut of the window: what it is, what it does, and whether a text field
 * keeps it for itself (Shortcut+Z undoes typing inside a field).
 */
public record Shortcut(KeyCombination keys, String description, boolean yieldsToTextFields, Runnable action) {
    public String keysText() {
        return keys.getDisplayText();
    }
}
