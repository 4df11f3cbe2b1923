package com.salescallplanner.ui.port;

/** What the rep can do when the data file cannot be opened. */
public enum RecoveryAction {
    RESTORE_BACKUP("Restore the newest backup"),
    OPEN_READ_ONLY("Open read-only"),
    QUIT("Quit");

    private final String label;

    RecoveryAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
