package com.salescallplanner.store.team;

import com.salescallplanner.store.edits.RecordKey;

/**
 * An edit the server refused, with both versions kept until the rep chooses: theirs (the record
 * as the server has it, changed elsewhere, e.g. by the same rep on another machine) and mine.
 *
 * @param mineBody     my version's JSON, or null when my edit removed the record
 * @param theirBody    the server's JSON, or null when the record is gone there
 * @param theirVersion the server's version (0 when gone): the base of whatever the rep chooses
 */
public record Conflict(RecordKey key, String reason, String mineBody, String theirBody, long theirVersion,
                       String prospectId) {
}
