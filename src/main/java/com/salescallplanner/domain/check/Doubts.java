package com.salescallplanner.domain.check;

/**
 * When the reader is unsure, and why: a verb it does not know in a clause that names no commitment, or a
 * buyer-side actor whose action it cannot place on the ladder. These are the readings the checker asks
 * about instead of giving a verdict.
 */
final class Doubts {
    private Doubts() {
    }

    /** Why the reading of clause {@code c} is unsure, or null when it is sure. */
    static String of(Sentence x, Clause c, boolean question) {
        if (question || c.has(ClauseFlags.NEGATED) || c.has(ClauseFlags.REPORTED) || c.has(ClauseFlags.VAGUE)
                || c.has(ClauseFlags.HEDGED)) {
            return null;
        }
        if (c.has(ClauseFlags.UNKNOWN_VERB) && !c.buyerAction()) {
            return "'" + c.action() + "' is a verb I do not know, so I cannot tell whether the buyer commits";
        }
        if (c.actor() == ClauseReader.Actor.BUYER && !c.buyerAction() && !c.action().isEmpty()
                && Verbs.find(c.action()) != null && Verbs.find(c.action()).verb().role() != Verb.Role.NONCOMMIT) {
            return "the buyer acts ('" + c.action() + "'), but I cannot tell which commitment that is";
        }
        if (c.buyerAction() && c.owner() == null && c.actor() == ClauseReader.Actor.THING && c.subject() == null
                && c.has(ClauseFlags.PASSIVE)) {
            return "I cannot tell who on the buyer's side does it";
        }
        return null;
    }
}
