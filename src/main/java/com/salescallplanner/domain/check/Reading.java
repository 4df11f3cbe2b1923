package com.salescallplanner.domain.check;

import com.salescallplanner.domain.CommitmentKind;

import java.util.Objects;

/**
 * What {@link ObjectiveReader} reads from an objective's free text.
 *
 * @param kind          the rung of the ladder the buyer's commitment is on; NONE when the buyer commits to nothing
 * @param advance       the buyer (not the seller) commits to an action; false for seller actions and vague promises
 * @param owner         who on the buyer's side commits ("CFO", "Dana Kim"), or null
 * @param due           the date or dated event bounding the commitment, or null
 * @param understanding how the reader got there, for the rep to see and correct
 */
public record Reading(CommitmentKind kind, boolean advance, String owner, DateMention due, Understanding understanding) {
    public static final Reading EMPTY = new Reading(CommitmentKind.NONE, false, null, null, Understanding.NOTHING);

    public Reading {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(understanding, "understanding");
    }

    public Reading(CommitmentKind kind, boolean advance, String owner, DateMention due) {
        this(kind, advance, owner, due, Understanding.NOTHING);
    }
}
