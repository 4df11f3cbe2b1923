package com.salescallplanner.ui.model;

/** The quiet indicator in the status bar. */
public enum SaveStatus {
    SAVED("Saved"),
    SAVING("Saving..."),
    FAILED_RETRYING("Save failed, retrying"),
    /** Not retried by waiting (e.g. the file became read-only); the next edit tries again. */
    FAILED("Not saved: the next change tries again"),
    READ_ONLY("Read-only: changes are not saved");

    private final String text;

    SaveStatus(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
