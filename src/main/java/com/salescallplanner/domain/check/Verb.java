package com.salescallplanner.domain.check;

import com.salescallplanner.domain.CommitmentKind;

/**
 * A verb the reader knows, with what it means for an objective.
 *
 * @param base     the word's own dictionary form ("emails" has the base "email")
 * @param action   the action it stands for: a synonym reads as the same action ("email", "forward" are "send")
 * @param role     whether the action commits the buyer and how an imperative reads
 * @param fallback the ladder kind the action is when the buyer does it and no keyword says more, or null
 * @param nounLike the verb is also a common noun ("call", "review", "plan"): it counts as the verb only
 *                 at the start of a clause or right after its subject
 * @param bare     for {@link Role#CAUSE} verbs without "someone to do something": how the verb reads alone
 */
record Verb(String base, String action, Role role, CommitmentKind fallback, boolean nounLike, Role bare) {

    Verb(String base, Role role, CommitmentKind fallback, boolean nounLike, Role bare) {
        this(base, base, role, fallback, nounLike, bare);
    }

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
        /** An opinion or a report, not an action: "says", "feels", "seems". */
        REPORT,
        /** A refusal or a step back: "declines", "postpones", "cancels". */
        REFUSE,
        /** The rep aims for what follows: "try to get", "aim for", "push for". */
        HEDGE,
        /** Makes someone else act: "get the CFO to sign", "ask Anna to introduce us". */
        CAUSE
    }

    /** Form of the word found in the text. */
    enum Form { BASE, THIRD, PAST, GERUND }

    record Found(Verb verb, Form form) {
    }

    Verb withRole(Role newRole) {
        return new Verb(base, action, newRole, fallback, nounLike, newRole);
    }
}
