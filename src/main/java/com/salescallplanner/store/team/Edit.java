package com.salescallplanner.store.team;

import com.salescallplanner.store.edits.RecordKey;

/**
 * One change to one record, as queued and sent: the whole new record (its JSON) or its removal,
 * and the version it was based on (0 for a new record). The server applies it only on that
 * version and sets the next; {@code seq} orders a planner's edits and makes sending twice harmless.
 *
 * @param body       the record's JSON, or null when the edit removes it
 * @param prospectId the prospect a call belongs to ("" for other records)
 */
public record Edit(long seq, RecordKey key, long baseVersion, String body, String prospectId) {
    public boolean removes() {
        return body == null;
    }

    /** The record's version once the edit is applied. */
    public long newVersion() {
        return baseVersion + 1;
    }
}
