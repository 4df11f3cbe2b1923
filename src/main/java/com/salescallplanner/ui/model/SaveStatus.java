package com.salescallplanner.ui.model;

/** The quiet indicator in the status bar. */
public enum SaveStatus {
    SAVED("Saved"),
    SAVING("Saving..."),
    FAILED_RETRYING("Save failed, retrying"),
    READ_ONLY("Read-only: changes are not saved");

    private final String text;

    SaveStatus(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
