package com.salescallplanner.domain;

/**
 * The rungs of the commitment ladder, from the smallest buyer commitment to the order.
 * Their rank, label and earliest stage are data ({@link CommitmentLadder}) the rep can edit;
 * the kinds themselves are fixed because the checker's reading of free text is keyed on them.
 */
public enum CommitmentKind {
    NEXT_MEETING,
    SHARE_INFORMATION,
    INTRODUCE_STAKEHOLDER,
    AGREE_CRITERIA,
    EVALUATE,
    MUTUAL_PLAN,
    PROPOSAL_REVIEW,
    START_PROCUREMENT,
    AGREE_TERMS,
    SIGN,
    /** No buyer commitment at all: a continuation. */
    NONE;

    /** "Next meeting", "Share information", ... for chips and lists. */
    public String displayName() {
        String s = name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
