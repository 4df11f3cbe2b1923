package com.salescallplanner.ui.shell;

/**
 * What the rep asked for while the data was read, run once it is in: a shortcut, or a prospect
 * opened from the list shown before the calls ({@link ListFirst}). The last request wins. An open
 * is dropped when the reading fails: the rows it was chosen from are gone, and whatever the rep
 * then picks (a backup, a new planner) is other data.
 */
final class WaitingAction {
    private Runnable action;
    private boolean opensProspect;

    void shortcut(Runnable run) {
        action = run;
        opensProspect = false;
    }

    void openProspect(Runnable open) {
        action = open;
        opensProspect = true;
    }

    /** The reading failed after the list showed. */
    void readingFailed() {
        if (opensProspect) {
            action = null;
            opensProspect = false;
        }
    }

    /** The action waiting, once (then nothing waits), or null. */
    Runnable take() {
        Runnable taken = action;
        action = null;
        opensProspect = false;
        return taken;
    }
}
