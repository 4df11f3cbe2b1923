package com.salescallplanner.domain.check;

import com.salescallplanner.domain.CommitmentKind;

/**
 * A verb the reader knows, with what it means for an objective.
 *
 * @param role     whether the action commits the buyer and how an imperative reads
 * @param fallback the ladder kind the action is when the buyer does it and no keyword says more, or null
 * @param nounLike the verb is also a common noun ("call", "review", "plan"): it counts as the verb only
 *                 at the start of a clause or right after its subject
 * @param bare     for {@link Role#CAUSE} verbs without "someone to do something": how the verb reads alone
 */
record Verb(String base, Role role, CommitmentKind fallback, boolean nounLike, Role bare) {

    enum Role {
        /** Something the rep does ("send", "present", "explain"); when the buyer is the subject it is the buyer's action. */
        SELLER,
        /** An action the buyer commits to ("meet", "sign", "review"); as an imperative the rep obtains it. */
        BUYER,
        /** Like BUYER, but an imperative needs no keyword: "book", "schedule" a meeting. */
        BOOK,
        /** Commits to whatever follows ("agree", "commit", "confirm"); no kind of its own. */
        GENERIC,
        /** Never a commitment: learning, hoping, thinking it over, following up. */
        NONCOMMIT,
        /** Makes someone else act: "get the CFO to sign", "ask Anna to introduce us". */
        CAUSE
    }

    /** Form of the word found in the text. */
    enum Form { BASE, THIRD, PAST, GERUND }

    record Found(Verb verb, Form form) {
    }
}
