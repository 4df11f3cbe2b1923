package com.salescallplanner.ui.port;

/** What the rep can do when the data file cannot be opened, or the last changes cannot be saved. */
public enum RecoveryAction {
    RESTORE_BACKUP("Restore the newest backup", false),
    /** Only when the file cannot be read and there is no backup: the file is kept aside, renamed. */
    START_AFRESH("Keep it aside and start a new planner", false),
    OPEN_READ_ONLY("Open read-only", false),
    QUIT("Quit", true),
    TRY_AGAIN("Try again", false),
    CLOSE_WITHOUT_SAVING("Close without saving", false),
    KEEP_OPEN("Keep the window open", true);

    private final String label;
    private final boolean cancels;

    RecoveryAction(String label, boolean cancels) {
        this.label = label;
        this.cancels = cancels;
    }

    public String label() {
        return label;
    }

    /** The choice a dismissed dialog (Escape, its close box) stands for. */
    public boolean cancels() {
        return cancels;
    }
}
