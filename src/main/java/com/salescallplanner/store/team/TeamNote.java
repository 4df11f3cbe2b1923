package com.salescallplanner.store.team;

import java.time.Instant;

/** A manager's coaching note on a rep's call, as the server has it. */
public record TeamNote(String rep, String callId, String author, String text, Instant writtenAt) {
}
