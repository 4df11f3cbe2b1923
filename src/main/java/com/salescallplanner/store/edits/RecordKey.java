package com.salescallplanner.store.edits;

import java.util.Locale;

/**
 * Which record of a rep's planner an edit or a version is about: the rep's settings (stage
 * model and ladder, one record), a prospect or a call.
 */
public record RecordKey(Kind kind, String id) {
    public enum Kind { SETTINGS, PROSPECT, CALL }

    public static final RecordKey SETTINGS = new RecordKey(Kind.SETTINGS, "");

    public static RecordKey prospect(String id) {
        return new RecordKey(Kind.PROSPECT, id);
    }

    public static RecordKey call(String id) {
        return new RecordKey(Kind.CALL, id);
    }

    /** {@code prospect:ID}, {@code call:ID} or {@code settings:}, as in the journal. */
    public String text() {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + id;
    }

    public static RecordKey parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("not a record key: " + text);
        }
        return new RecordKey(Kind.valueOf(text.substring(0, colon).toUpperCase(Locale.ROOT)), text.substring(colon + 1));
    }

    @Override
    public String toString() {
        return text();
    }
}
