package com.salescallplanner.store.team;

/** How a rep's team database stands, for the status bar: reachable or not, edits waiting, conflicts. */
public record SyncStatus(boolean online, int waiting, int conflicts, String problem) {
    /** "Team database: all edits sent", "Offline: 3 edits waiting, 1 conflict to settle". */
    public String text() {
        String edits = waiting == 0 ? "all edits sent" : waiting + (waiting == 1 ? " edit" : " edits") + " waiting";
        String c = conflicts == 0 ? "" : ", " + conflicts + (conflicts == 1 ? " conflict" : " conflicts") + " to settle";
        return (online ? "Team database: " : "Offline: ") + edits + c;
    }
}
