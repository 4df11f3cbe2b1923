package com.salescallplanner.ui.shell;

import com.salescallplanner.ui.KeyCatalogue;

import java.util.List;

import javafx.scene.input.KeyCombination;

/**
 * One keyboard shortcut of the window: what it is, what it does, and whether a text field
 * keeps it for itself (Shortcut+Z undoes typing inside a field).
 */
public record Shortcut(KeyCombination keys, String description, boolean yieldsToTextFields, Runnable action) {
    /** The catalogue's entry bound to an action, one shortcut per key of the entry. */
    static List<Shortcut> of(KeyCatalogue.Entry entry, boolean yieldsToTextFields, Runnable action) {
        return entry.keys().stream().map(k -> new Shortcut(k, entry.description(), yieldsToTextFields, action)).toList();
    }

    public String keysText() {
        return keys.getDisplayText();
    }
}
