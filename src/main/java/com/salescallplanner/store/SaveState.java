package com.salescallplanner.store;

/**
 * Where saving stands, as the status bar shows it: the one save state of the planner, reported by
 * the {@link AutoSaver} (local folder and team database alike) and shown by the window.
 * {@code detail} says what went wrong when a save failed, or adds to "Saved" (the team
 * database's "all edits sent"). The storage reports all kinds but {@link Kind#READ_ONLY}, which
 * the window knows from how the data was opened.
 */
public record SaveState(Kind kind, String detail) {
    public enum Kind {
        SAVING("Saving..."),
        SAVED("Saved"),
        /** The saver tries again by itself after a pause. */
        FAILED_RETRYING("Save failed, retrying"),
        /** Not retried by waiting (e.g. the file became read-only); the next edit tries again. */
        FAILED("Not saved: the next change tries again"),
        READ_ONLY("Read-only: nothing can be changed here");

        private final String text;

        Kind(String text) {
            this.text = text;
        }

        /** What the status bar says. */
        public String text() {
            return text;
        }
    }

    public static final SaveState SAVING = new SaveState(Kind.SAVING, "");
    public static final SaveState SAVED = new SaveState(Kind.SAVED, "");

    public SaveState {
        detail = detail == null ? "" : detail;
    }

    /** A failed save: {@code retrying} when the saver tries again by itself. */
    public static SaveState failed(String detail, boolean retrying) {
        return new SaveState(retrying ? Kind.FAILED_RETRYING : Kind.FAILED, detail);
    }

    public boolean failed() {
        return kind == Kind.FAILED || kind == Kind.FAILED_RETRYING;
    }
}
