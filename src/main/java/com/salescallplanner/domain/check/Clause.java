package com.salescallplanner.domain.check;

import com.salescallplanner.domain.CommitmentKind;
import com.salescallplanner.domain.check.ClauseReader.Actor;
import com.salescallplanner.domain.check.People.Person;

/**
 * One clause as read.
 *
 * @param subject     the acting person, kept so that "... and confirms the budget" inherits it
 * @param buyerAction the buyer commits to an action
 * @param owner       the buyer-side person who commits, or null
 * @param action      the action's name ("send", "sign off"), "" when the clause has no verb
 * @param flags       {@link ClauseFlags}: negated, hedged, a report, passive, an unknown verb, vague
 */
record Clause(Actor actor, Person subject, boolean buyerAction, CommitmentKind kind, Person owner, String action,
              int flags) {

    static Clause none(Actor actor, Person subject, String action, int flags) {
        return new Clause(actor, subject, false, CommitmentKind.NONE, null, action, flags);
    }

    boolean has(int flag) {
        return (flags & flag) != 0;
    }
}
